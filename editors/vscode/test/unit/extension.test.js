'use strict';
// extension.js against a stubbed `vscode` API and a stubbed vscode-languageclient: activation
// never throws, a missing server is reported to the user, a found server is started over stdio.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const test = require('node:test');

const extensionFile = require.resolve('../../extension.js');

function makeStubs(settings) {
  const calls = { errors: [], lines: [], clients: [], commands: new Map(), disposed: 0 };
  const vscode = {
    window: {
      createOutputChannel: (name) => ({ name, appendLine: (l) => calls.lines.push(l), show() {}, dispose() {} }),
      showErrorMessage: async (message, ...items) => {
        calls.errors.push({ message, items });
        return undefined;
      },
    },
    workspace: {
      workspaceFolders: settings.folders.map((f) => ({ uri: { scheme: 'file', fsPath: f } })),
      getConfiguration: () => ({ get: (key, fallback) => (key in settings.config ? settings.config[key] : fallback) }),
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
      onDidGrantWorkspaceTrust: () => ({ dispose() {} }),
      isTrusted: settings.trusted !== false,
    },
    commands: {
      registerCommand: (id, fn) => {
        calls.commands.set(id, fn);
        return { dispose() {} };
      },
      executeCommand: async () => undefined,
    },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      calls.clients.push(this);
    }
    async start() {
      this.started = true;
    }
    async stop() {
      this.stopped = true;
    }
    async dispose() {}
  }
  const languageClient = { LanguageClient, TransportKind: { stdio: 0 } };
  return { vscode, languageClient, calls };
}

async function activateWith(settings) {
  const stubs = makeStubs(settings);
  const originalLoad = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === 'vscode') return stubs.vscode;
    if (request === 'vscode-languageclient/node') return stubs.languageClient;
    return originalLoad.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[extensionFile];
    const extension = require(extensionFile);
    const context = { extensionPath: settings.extensionPath, subscriptions: [] };
    extension.activate(context);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the server starts in the background
    return { extension, context, ...stubs };
  } finally {
    Module._load = originalLoad;
  }
}

test('no server: activation succeeds and the user sees a clear error', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plandsl-ext-'));
  const { calls, context, extension } = await activateWith({ folders: [root], extensionPath: path.join(root, 'ext'), config: {} });
  assert.equal(calls.clients.length, 0);
  assert.equal(calls.errors.length, 1);
  assert.match(calls.errors[0].message, /PlanDsl language server not found/);
  assert.deepEqual(calls.errors[0].items, ['Open Settings', 'Show Output']);
  assert.ok(calls.lines.some((l) => l.includes('Looked for the server at')));
  assert.ok(calls.commands.has('plandsl.restartServer'));
  assert.ok(context.subscriptions.length >= 4);
  await extension.deactivate();
});

test('a configured server: started over stdio for plandsl documents, stopped on deactivate', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plandsl-ext-'));
  const exe = path.join(root, 'PlanDsl.LanguageServer');
  fs.writeFileSync(exe, '');
  const { calls, extension } = await activateWith({
    folders: [root],
    extensionPath: path.join(root, 'ext'),
    config: { 'server.path': exe, 'server.args': ['--stdio'] },
  });
  assert.equal(calls.errors.length, 0);
  assert.equal(calls.clients.length, 1);
  const client = calls.clients[0];
  assert.equal(client.id, 'plandsl');
  assert.deepEqual(client.serverOptions.run, { command: exe, args: ['--stdio'], transport: 0 });
  assert.deepEqual(client.clientOptions.documentSelector[0], { scheme: 'file', language: 'plandsl' });
  assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/*.plan');
  assert.ok(client.started);
  await extension.deactivate();
  assert.ok(client.stopped);
});
