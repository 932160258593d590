'use strict';
// PlanDsl for VS Code: starts the PlanDsl language server (LSP over stdio) for .plan files.

const vscode = require('vscode');
const { resolveServerCommand } = require('./lib/serverCommand');

const CLIENT_ID = 'plandsl';
const CLIENT_NAME = 'PlanDsl Language Server';

/** @type {import('vscode-languageclient/node').LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel | undefined} */
let outputChannel;
/** @type {vscode.FileSystemWatcher | undefined} */
let planWatcher;
/** Serializes start, stop and restart. */
let pending = Promise.resolve();

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  outputChannel = vscode.window.createOutputChannel(CLIENT_NAME);
  planWatcher = vscode.workspace.createFileSystemWatcher('**/*.plan');
  context.subscriptions.push(
    outputChannel,
    planWatcher,
    vscode.commands.registerCommand('plandsl.restartServer', () => queue(() => restart(context))),
    vscode.commands.registerCommand('plandsl.showOutput', () => outputChannel && outputChannel.show(true)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => queue(() => restart(context))),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('plandsl.server')) {
        log('Server settings changed: restarting the language server.');
        queue(() => restart(context));
      }
    }),
  );
  // Not awaited: activation finishes at once; the server starts in the background.
  void queue(() => startClient(context));
}

function deactivate() {
  return queue(stopClient);
}

function queue(action) {
  pending = pending.then(action, action).catch((error) => log(`Unexpected error: ${describe(error)}`));
  return pending;
}

async function restart(context) {
  await stopClient();
  await startClient(context);
}

/** @param {vscode.ExtensionContext} context */
async function startClient(context) {
  const config = vscode.workspace.getConfiguration('plandsl');
  const server = resolveServerCommand({
    serverPath: config.get('server.path', ''),
    serverArgs: config.get('server.args', []),
    dotnetPath: config.get('server.dotnetPath', 'dotnet'),
    extensionPath: context.extensionPath,
    workspaceFolders: (vscode.workspace.workspaceFolders || [])
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => folder.uri.fsPath),
    workspaceTrusted: vscode.workspace.isTrusted,
  });

  if (!server.ok) {
    log(server.message);
    if (server.searched.length > 0) log(`Looked for the server at:\n  ${server.searched.join('\n  ')}`);
    log('Syntax highlighting works without the server; diagnostics, completion and the rest need it.');
    void reportError(server.message);
    return;
  }

  log(`Starting: ${[server.command, ...server.args].map(quote).join(' ')}`);

  // Required only now: vscode-languageclient is not loaded when no server is found.
  const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

  /** @type {import('vscode-languageclient/node').Executable} */
  const executable = { command: server.command, args: server.args, transport: TransportKind.stdio };
  /** @type {import('vscode-languageclient/node').LanguageClientOptions} */
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plandsl' },
      { scheme: 'untitled', language: 'plandsl' },
    ],
    synchronize: { fileEvents: planWatcher },
    outputChannel,
    initializationFailedHandler: (error) => {
      log(`The language server failed to initialize: ${describe(error)}`);
      void reportError(`The PlanDsl language server failed to initialize: ${describe(error)}`);
      return false;
    },
  };

  const candidate = new LanguageClient(CLIENT_ID, CLIENT_NAME, { run: executable, debug: executable }, clientOptions);
  try {
    await candidate.start();
    client = candidate;
    log('The language server is running.');
  } catch (error) {
    // vscode-languageclient has already shown "couldn't create connection to server" with a link here.
    log(`The language server could not be started (${server.command}): ${describe(error)}`);
    try {
      await candidate.dispose();
    } catch {
      // already stopped
    }
  }
}

async function stopClient() {
  const running = client;
  client = undefined;
  if (!running) return;
  try {
    await running.stop();
  } catch (error) {
    log(`Stopping the language server: ${describe(error)}`);
  }
}

async function reportError(message) {
  const choice = await vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output');
  if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'plandsl.server');
  } else if (choice === 'Show Output' && outputChannel) {
    outputChannel.show(true);
  }
}

function log(message) {
  if (outputChannel) outputChannel.appendLine(`[${new Date().toISOString()}] ${message}`);
}

function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

function quote(arg) {
  return /\s/.test(arg) ? `"${arg}"` : arg;
}

module.exports = { activate, deactivate };
