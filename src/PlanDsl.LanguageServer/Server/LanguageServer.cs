using System.Text.Json;
using PlanDsl.LanguageServer.Features;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PlanDsl.LanguageServer.Server;

/// <summary>
/// The JSON-RPC target: one method per LSP request or notification. Each method checks the state
/// (requests after 'shutdown' are refused with InvalidRequest) and hands the work to a feature.
/// </summary>
public sealed partial class PlanLanguageServer
{
    private readonly PlanWorkspace _workspace = new();
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? _rpc;
    private volatile bool _shutdown;

    public PlanLanguageServer(TimeSpan debounce)
    {
        Analyzer = new Analyzer(_workspace, debounce, PublishAsync);
    }

    internal Analyzer Analyzer { get; }

    internal PlanWorkspace Workspace => _workspace;

    /// <summary>Completes with the process exit code when the client sends 'exit'.</summary>
    internal Task<int> Exited => _exit.Task;

    /// <summary>Called after diagnostics are sent (for the benchmark). Not an RPC event: internal.</summary>
    internal Action<PublishDiagnosticsParams>? Published { get; set; }

    internal void Attach(JsonRpc rpc) => _rpc = rpc;

    private async Task PublishAsync(string path, int? version, IReadOnlyList<Compiler.Diagnostics.Diagnostic> diagnostics)
    {
        var message = DiagnosticsFeature.ToPublish(path, version, diagnostics);
        if (_rpc is { IsDisposed: false } rpc)
        {
            try { await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", message).ConfigureAwait(false); }
            catch (Exception e) when (e is ObjectDisposedException or ConnectionLostException or IOException) { }
        }
        Published?.Invoke(message);
    }

    private void EnsureRunning()
    {
        if (_shutdown)
            throw new LocalRpcException("the server is shut down: only 'exit' is accepted") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
    }

    private Document DocumentOf(TextDocumentIdentifier? id)
    {
        if (id?.Uri is null)
            throw new LocalRpcException("textDocument.uri is required") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        return _workspace.GetByUri(id.Uri)
            ?? throw new LocalRpcException($"unknown document '{id.Uri}': open it first") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
    }

    /// <summary>Reads a request's parameters; what does not fit the LSP shape is InvalidParams.</summary>
    private T Params<T>(JsonElement raw) where T : class
    {
        try
        {
            return raw.Deserialize<T>(_json) ?? throw new JsonException("no parameters");
        }
        catch (JsonException e)
        {
            throw new LocalRpcException("invalid parameters: " + e.Message) { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        }
    }

    private readonly JsonSerializerOptions _json = ServerHost.ConfigureJson(new JsonSerializerOptions());

    private static void Require(object? value, string name)
    {
        if (value is null)
            throw new LocalRpcException($"'{name}' is required") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
    }

    // ------------------------------------------------------------------ lifecycle

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams? parameters)
    {
        EnsureRunning();
        var folders = new List<string>();
        if (parameters?.WorkspaceFolders is { } workspaceFolders)
            folders.AddRange(workspaceFolders.Select(f => DocumentUris.ToPath(f.Uri)));
        else if (parameters?.RootUri is { } rootUri) folders.Add(DocumentUris.ToPath(rootUri));
        else if (parameters?.RootPath is { } rootPath) folders.Add(DocumentUris.Normalize(rootPath));
        _workspace.LoadFolders(folders);
        return new InitializeResult(Capabilities.Server, new ServerInfo("plandsl-language-server", "0.1.0"));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement? parameters = null)
    {
        // Diagnostics for the whole workspace, so that the problems view shows every file.
        Analyzer.Schedule(_workspace.Documents.Select(d => d.Path).ToList());
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        EnsureRunning();
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_shutdown ? 0 : 1);

    /// <summary>Ends the server as 'exit' would without 'shutdown' (the client went away).</summary>
    internal void ConnectionLost() => _exit.TrySetResult(_shutdown ? 0 : 1);

    // ------------------------------------------------------------------ documents

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (_shutdown || parameters?.TextDocument?.Uri is null) return;
        var document = _workspace.Open(parameters.TextDocument.Uri, parameters.TextDocument.Text ?? "", parameters.TextDocument.Version);
        Analyzer.Schedule(new[] { document.Path });
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (_shutdown || parameters?.TextDocument?.Uri is null || parameters.ContentChanges is null) return;
        var current = _workspace.GetByUri(parameters.TextDocument.Uri);
        var text = current?.Text ?? "";
        foreach (var change in parameters.ContentChanges)
        {
            if (change.Range is null) { text = change.Text ?? ""; continue; }
            var lines = new LineIndex(text);
            var start = lines.OffsetOf(change.Range.Start);
            var end = Math.Max(start, lines.OffsetOf(change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }
        var document = _workspace.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, text);
        if (document is not null) Analyzer.Schedule(new[] { document.Path });
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (_shutdown || parameters?.TextDocument?.Uri is null) return;
        _workspace.Close(parameters.TextDocument.Uri);
        Analyzer.Schedule(new[] { DocumentUris.ToPath(parameters.TextDocument.Uri) });
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (_shutdown || parameters?.TextDocument?.Uri is null) return;
        if (parameters.Text is { } text)
        {
            var current = _workspace.GetByUri(parameters.TextDocument.Uri);
            _workspace.Change(parameters.TextDocument.Uri, current?.Version, text);
        }
        Analyzer.Schedule(new[] { DocumentUris.ToPath(parameters.TextDocument.Uri) });
    }
}
