'use strict';
// Finds the command that starts the PlanDsl language server. No `vscode` import here, so that the
// logic is unit-tested with plain Node (test/unit/serverCommand.test.js).

const fs = require('fs');
const os = require('os');
const path = require('path');

const SERVER_NAME = 'PlanDsl.LanguageServer';
const SERVER_DLL = SERVER_NAME + '.dll';

/**
 * @typedef {object} ServerSettings
 * @property {string} [serverPath]  `plandsl.server.path`: an executable or a .dll; empty for the default
 * @property {string[]} [serverArgs] `plandsl.server.args`
 * @property {string} [dotnetPath]  `plandsl.server.dotnetPath`, default `dotnet`
 * @property {string} extensionPath  the extension's folder (holds a bundled `server/` when packaged with one)
 * @property {string[]} [workspaceFolders] file-system paths of the open workspace folders
 * @property {boolean} [workspaceTrusted] false: never run a server built inside the workspace
 * @property {NodeJS.ProcessEnv} [env]
 * @property {NodeJS.Platform} [platform]
 */

/**
 * @typedef {{ ok: true, command: string, args: string[], serverFile: string, searched: string[] }
 *         | { ok: false, message: string, searched: string[] }} ServerCommand
 */

/** @param {ServerSettings} settings @returns {ServerCommand} */
function resolveServerCommand(settings) {
  const env = settings.env || process.env;
  const platform = settings.platform || process.platform;
  const folders = settings.workspaceFolders || [];
  const extraArgs = (settings.serverArgs || []).filter((a) => typeof a === 'string');
  const dotnet = (settings.dotnetPath || '').trim() || 'dotnet';
  const configured = expandVariables((settings.serverPath || '').trim(), folders, env);
  const searched = [];

  let serverFile;
  if (configured) {
    if (isBareCommand(configured)) {
      // e.g. "plandsl-language-server": an executable on PATH
      const found = findOnPath(configured, env, platform);
      searched.push(`${configured} on PATH`);
      if (!found) {
        return fail(
          `PlanDsl language server not found: '${configured}' (setting plandsl.server.path) is not on PATH.`,
          searched,
        );
      }
      serverFile = found;
    } else {
      serverFile = path.resolve(folders[0] || process.cwd(), configured);
      searched.push(serverFile);
      if (!isFile(serverFile)) {
        return fail(
          `PlanDsl language server not found: '${serverFile}' (setting plandsl.server.path) does not exist.`,
          searched,
        );
      }
    }
  } else {
    const trusted = settings.workspaceTrusted !== false;
    serverFile = findDefaultServer(settings.extensionPath, trusted ? folders : [], searched);
    if (!serverFile) {
      return fail(
        'PlanDsl language server not found. Build it (dotnet build src/PlanDsl.LanguageServer) and set ' +
          `plandsl.server.path to ${SERVER_DLL} or to the server executable` +
          (trusted ? '.' : ', or trust this workspace to use the server built in it.'),
        searched,
      );
    }
  }

  if (/\.dll$/i.test(serverFile)) {
    const dotnetCommand = isBareCommand(dotnet) ? findOnPath(dotnet, env, platform) : dotnet;
    if (!dotnetCommand || !isFile(dotnetCommand)) {
      return fail(
        `Cannot start the PlanDsl language server: '${dotnet}' was not found. Install the .NET runtime ` +
          '(https://dotnet.microsoft.com/download) or set plandsl.server.dotnetPath.',
        searched,
      );
    }
    return { ok: true, command: dotnetCommand, args: [serverFile, ...extraArgs], serverFile, searched };
  }
  return { ok: true, command: serverFile, args: extraArgs, serverFile, searched };
}

/** The bundled server, else the newest build of src/PlanDsl.LanguageServer in a workspace folder. */
function findDefaultServer(extensionPath, folders, searched) {
  if (extensionPath) {
    const bundled = path.join(extensionPath, 'server', SERVER_DLL);
    searched.push(bundled);
    if (isFile(bundled)) return bundled;
  }
  let best;
  let bestTime = -1;
  for (const folder of folders) {
    const bin = path.join(folder, 'src', SERVER_NAME, 'bin');
    searched.push(path.join(bin, '<configuration>', '<framework>', SERVER_DLL));
    for (const configuration of readDirs(bin)) {
      for (const framework of readDirs(path.join(bin, configuration))) {
        const dll = path.join(bin, configuration, framework, SERVER_DLL);
        const time = mtime(dll);
        if (time > bestTime) {
          best = dll;
          bestTime = time;
        }
      }
    }
  }
  return best;
}

/** ${workspaceFolder}, ${userHome}, ${env:NAME} and a leading ~, as in VS Code settings. */
function expandVariables(value, folders, env) {
  if (!value) return value;
  let result = value
    .replace(/\$\{workspaceFolder\}/g, folders[0] || '')
    .replace(/\$\{userHome\}/g, os.homedir())
    .replace(/\$\{env:([^}]+)\}/g, (_, name) => env[name] || '');
  if (result === '~' || result.startsWith('~/') || result.startsWith('~\\')) {
    result = path.join(os.homedir(), result.slice(1));
  }
  return result;
}

function isBareCommand(value) {
  return !value.includes('/') && !value.includes('\\') && !/\.dll$/i.test(value);
}

function findOnPath(command, env, platform) {
  const pathVar = env.PATH || env.Path || '';
  const separator = platform === 'win32' ? ';' : ':';
  const extensions =
    platform === 'win32' ? ['', ...(env.PATHEXT || '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : [''];
  for (const dir of pathVar.split(separator)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = path.join(dir, command + ext);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function mtime(file) {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.mtimeMs : -1;
  } catch {
    return -1;
  }
}

function readDirs(dir) {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

function fail(message, searched) {
  return { ok: false, message, searched };
}

module.exports = { resolveServerCommand, expandVariables, findOnPath, SERVER_DLL };
