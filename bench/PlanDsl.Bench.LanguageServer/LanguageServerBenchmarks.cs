using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PlanDsl.LanguageServer.Protocol;
using PlanDsl.LanguageServer.Server;
using StreamJsonRpc;

namespace PlanDsl.Bench.LanguageServer;

/// <summary>
/// An in-process server on in-memory pipes, a real JSON-RPC client, a 5,000-line catalog open.
/// Debounce 0: measures from the didChange to the publishDiagnostics of that version, and the
/// completion round trip in a targets table.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LanguageServerBenchmarks
{
    private const string Uri = "file:///bench/catalog.plan";
    private JsonRpc _client = null!;
    private JsonRpc _serverRpc = null!;
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _waiting = new();
    private string[] _texts = null!;
    private string[] _lineAdded = null!;
    private string[] _syntaxError = null!;
    private int _version = 1;
    private Position _completionAt = null!;

    private const string FirstPlanDescription = "  description: \"Generated plan number 0.\"\n";

    public int Lines { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = new[] { CatalogGenerator.Generate(devices: 5), CatalogGenerator.Generate(devices: 6) };
        // Enter pressed in the first plan: every declaration below moves down a line.
        _lineAdded = new[] { _texts[0], _texts[0].Replace(FirstPlanDescription, FirstPlanDescription + "\n", StringComparison.Ordinal) };
        // A colon deleted in the first plan: a syntax error in one version out of two.
        _syntaxError = new[] { _texts[0], _texts[0].Replace(FirstPlanDescription, FirstPlanDescription.Replace(":", "", StringComparison.Ordinal), StringComparison.Ordinal) };
        Lines = _texts[0].Split('\n').Length;
        var toServer = new Pipe();
        var toClient = new Pipe();
        (_, _serverRpc) = ServerHost.Start(toServer.Reader.AsStream(), toClient.Writer.AsStream(), TimeSpan.Zero);
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(toServer.Writer.AsStream(), toClient.Reader.AsStream(), ServerHost.CreateFormatter()));
        _client.AddLocalRpcMethod(typeof(LanguageServerBenchmarks).GetMethod(nameof(OnPublish))!, this, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        _client.StartListening();
        _client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, capabilities = new { } }).GetAwaiter().GetResult();
        var opened = Expect(1);
        _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new TextDocumentItem(Uri, "plandsl", 1, _texts[0]) }).GetAwaiter().GetResult();
        opened.Wait(TimeSpan.FromSeconds(30));
        var lines = _texts[0].Split('\n');
        var line = Array.FindLastIndex(lines, l => l.Contains("| major    | 2 h", StringComparison.Ordinal));
        _completionAt = new Position(line, 6);
        Console.WriteLine($"// catalog: {Lines} lines");
    }

    public void OnPublish(JsonElement p)
    {
        if (p.GetProperty("uri").GetString() != Uri || !p.TryGetProperty("version", out var v)) return;
        if (_waiting.TryRemove(v.GetInt32(), out var tcs)) tcs.TrySetResult();
    }

    private Task Expect(int version)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[version] = tcs;
        return tcs.Task;
    }

    [Benchmark(Description = "didChange → publishDiagnostics (5,000 lines)")]
    public Task DidChangeToDiagnostics() => ChangeAndWait(_texts);

    [Benchmark(Description = "didChange adding a line → publishDiagnostics (5,000 lines)")]
    public Task LineAddedToDiagnostics() => ChangeAndWait(_lineAdded);

    [Benchmark(Description = "didChange with a syntax error → publishDiagnostics (5,000 lines)")]
    public Task SyntaxErrorToDiagnostics() => ChangeAndWait(_syntaxError);

    private async Task ChangeAndWait(string[] texts)
    {
        var version = ++_version;
        var published = Expect(version);
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange", new
        {
            textDocument = new VersionedTextDocumentIdentifier(Uri, version),
            contentChanges = new[] { new { text = texts[version % 2] } },
        });
        await published.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Benchmark(Description = "completion in a targets table (5,000 lines)")]
    public async Task<int> Completion()
    {
        var result = await _client.InvokeWithParameterObjectAsync<CompletionList>("textDocument/completion",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), _completionAt));
        return result.Items.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _serverRpc.Dispose();
    }
}
