'use strict';
// Unit tests of the server lookup: node --test test/unit
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const test = require('node:test');
const { resolveServerCommand, expandVariables } = require('../../lib/serverCommand');

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'plandsl-vscode-'));
}

function touch(file, content = '') {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** A fake `dotnet` on a PATH of its own. */
function fakeDotnet(root) {
  const bin = path.join(root, 'bin');
  const dotnet = touch(path.join(bin, process.platform === 'win32' ? 'dotnet.exe' : 'dotnet'));
  return { PATH: bin, PATHEXT: '.EXE', dotnet };
}

test('no server anywhere: a clear "not found" error, with the places searched', () => {
  const root = tempDir();
  const result = resolveServerCommand({ extensionPath: path.join(root, 'ext'), workspaceFolders: [root], env: { PATH: '' } });
  assert.equal(result.ok, false);
  assert.match(result.message, /PlanDsl language server not found/);
  assert.match(result.message, /plandsl\.server\.path/);
  assert.ok(result.searched.some((p) => p.endsWith(path.join('ext', 'server', 'PlanDsl.LanguageServer.dll'))));
});

test('the bundled server is run with dotnet', () => {
  const root = tempDir();
  const { PATH, PATHEXT, dotnet } = fakeDotnet(root);
  const dll = touch(path.join(root, 'ext', 'server', 'PlanDsl.LanguageServer.dll'));
  const result = resolveServerCommand({ extensionPath: path.join(root, 'ext'), serverArgs: ['--verbose'], env: { PATH, PATHEXT } });
  assert.equal(result.ok, true);
  assert.equal(result.command, dotnet);
  assert.deepEqual(result.args, [dll, '--verbose']);
});

test('without a bundled server, the newest build in the workspace is used', () => {
  const root = tempDir();
  const { PATH, PATHEXT } = fakeDotnet(root);
  const bin = path.join(root, 'repo', 'src', 'PlanDsl.LanguageServer', 'bin');
  const older = touch(path.join(bin, 'Debug', 'net10.0', 'PlanDsl.LanguageServer.dll'));
  const newer = touch(path.join(bin, 'Release', 'net10.0', 'PlanDsl.LanguageServer.dll'));
  fs.utimesSync(older, new Date(2020, 0, 1), new Date(2020, 0, 1));
  const result = resolveServerCommand({ extensionPath: path.join(root, 'ext'), workspaceFolders: [path.join(root, 'repo')], env: { PATH, PATHEXT } });
  assert.equal(result.ok, true);
  assert.deepEqual(result.args, [newer]);
});

test('a configured .dll that does not exist is reported with its full path', () => {
  const root = tempDir();
  const result = resolveServerCommand({ serverPath: 'out/PlanDsl.LanguageServer.dll', workspaceFolders: [root], env: { PATH: '' } });
  assert.equal(result.ok, false);
  assert.ok(result.message.includes(path.join(root, 'out', 'PlanDsl.LanguageServer.dll')), result.message);
  assert.match(result.message, /does not exist/);
});

test('a configured executable is run directly with the configured arguments', () => {
  const root = tempDir();
  const exe = touch(path.join(root, 'server', 'PlanDsl.LanguageServer'));
  const result = resolveServerCommand({ serverPath: '${workspaceFolder}/server/PlanDsl.LanguageServer', serverArgs: ['--log', 'x.log'], workspaceFolders: [root], env: { PATH: '' } });
  assert.equal(result.ok, true);
  assert.equal(result.command, exe);
  assert.deepEqual(result.args, ['--log', 'x.log']);
});

test('a bare command name is looked up on PATH', () => {
  const root = tempDir();
  const exe = touch(path.join(root, 'tools', process.platform === 'win32' ? 'plandsl-lsp.exe' : 'plandsl-lsp'));
  const env = { PATH: path.join(root, 'tools'), PATHEXT: '.EXE' };
  assert.equal(resolveServerCommand({ serverPath: 'plandsl-lsp', env }).command, exe);
  const missing = resolveServerCommand({ serverPath: 'no-such-server', env });
  assert.equal(missing.ok, false);
  assert.match(missing.message, /'no-such-server' .* is not on PATH/);
});

test('a .dll without dotnet: the error names dotnet and the setting to change', () => {
  const root = tempDir();
  touch(path.join(root, 'PlanDsl.LanguageServer.dll'));
  const result = resolveServerCommand({ serverPath: path.join(root, 'PlanDsl.LanguageServer.dll'), env: { PATH: path.join(root, 'empty') } });
  assert.equal(result.ok, false);
  assert.match(result.message, /'dotnet' was not found/);
  assert.match(result.message, /plandsl\.server\.dotnetPath/);
});

test('settings variables are expanded', () => {
  assert.equal(expandVariables('${workspaceFolder}/a', ['/w'], {}), '/w/a');
  assert.equal(expandVariables('${env:HOME_X}/b', [], { HOME_X: '/h' }), '/h/b');
  assert.equal(expandVariables('~/c', [], {}), path.join(os.homedir(), 'c'));
});

test('an untrusted workspace: a server built inside it is not run', () => {
  const root = tempDir();
  const { PATH, PATHEXT } = fakeDotnet(root);
  touch(path.join(root, 'repo', 'src', 'PlanDsl.LanguageServer', 'bin', 'Debug', 'net10.0', 'PlanDsl.LanguageServer.dll'));
  const settings = { extensionPath: path.join(root, 'ext'), workspaceFolders: [path.join(root, 'repo')], env: { PATH, PATHEXT } };
  assert.equal(resolveServerCommand({ ...settings, workspaceTrusted: true }).ok, true);
  const untrusted = resolveServerCommand({ ...settings, workspaceTrusted: false });
  assert.equal(untrusted.ok, false);
  assert.match(untrusted.message, /trust this workspace/);
});
