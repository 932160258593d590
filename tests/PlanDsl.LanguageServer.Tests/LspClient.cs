using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanDsl.LanguageServer.Tests;

/// <summary>
/// A minimal LSP client: starts the server as a process (<c>dotnet PlanDsl.LanguageServer.dll</c>) and
/// speaks JSON-RPC over its stdin/stdout with Content-Length framing. Every wait has a timeout.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private readonly SemaphoreSlim _notified = new(0);
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
    }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public Process Process => _process;

    public static LspClient Start(string? extraArgs = null)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{ServerPath()}\" {extraArgs}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return new LspClient(Process.Start(info)!);
    }

    /// <summary>The built server: next to the tests, or in the server project's own output folder.</summary>
    public static string ServerPath()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "PlanDsl.LanguageServer.dll");
        if (File.Exists(local) && File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json"))) return local;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = dir.Parent?.Name ?? "Debug"; // …/bin/<Configuration>/net10.0/
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PlanDsl.sln"))) dir = dir.Parent;
        if (dir is null) throw new FileNotFoundException("PlanDsl.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "src", "PlanDsl.LanguageServer", "bin", configuration, "net10.0", "PlanDsl.LanguageServer.dll");
    }

    public async Task<JsonObject> RequestAsync(string method, object? parameters, TimeSpan? timeout = null)
    {
        var (id, task) = await SendRequestAsync(method, parameters);
        return await WaitAsync(task, timeout, $"response to {method} (id {id})");
    }

    public async Task<(int Id, Task<JsonObject> Response)> SendRequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id.ToString()] = tcs;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = JsonSerializer.SerializeToNode(parameters);
        await SendRawAsync(message.ToJsonString());
        return (id, tcs.Task);
    }

    /// <summary>Waits for the response to a request sent as raw text with the given id.</summary>
    public Task<JsonObject> ResponseTo(string id)
    {
        var tcs = _pending.GetOrAdd(id, _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously));
        return WaitAsync(tcs.Task, null, "response to id " + id);
    }

    public Task NotifyAsync(string method, object? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null) message["params"] = JsonSerializer.SerializeToNode(parameters);
        return SendRawAsync(message.ToJsonString());
    }

    public async Task SendRawAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n");
        await _input.WriteAsync(header);
        await _input.WriteAsync(bytes);
        await _input.FlushAsync();
    }

    /// <summary>Sends bytes as they are, with no framing added (for testing how the server reads bad framing).</summary>
    public async Task SendBytesAsync(byte[] bytes)
    {
        await _input.WriteAsync(bytes);
        await _input.FlushAsync();
    }

    /// <summary>Waits for a notification that matches; notifications already received count.</summary>
    public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        var seen = 0;
        while (true)
        {
            lock (_notifications)
            {
                for (; seen < _notifications.Count; seen++)
                {
                    var n = _notifications[seen];
                    if ((string?)n["method"] == method && (match is null || match(n["params"]!.AsObject()))) return n["params"]!.AsObject();
                }
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _notified.WaitAsync(left))
                throw new TimeoutException($"no {method} notification within {(timeout ?? Timeout).TotalSeconds} s; stderr: {Stderr}");
        }
    }

    public void ClearNotifications() { lock (_notifications) _notifications.Clear(); }

    private async Task<JsonObject> WaitAsync(Task<JsonObject> task, TimeSpan? timeout, string what)
    {
        var done = await Task.WhenAny(task, Task.Delay(timeout ?? Timeout));
        if (done != task) throw new TimeoutException($"no {what} within {(timeout ?? Timeout).TotalSeconds} s; stderr: {Stderr}");
        return await task;
    }

    private async Task ReadLoopAsync()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = await ReadLineAsync(stream);
                    if (line is null) return;
                    if (line.Length == 0) break;
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim());
                }
                var buffer = new byte[length];
                await stream.ReadExactlyAsync(buffer);
                var message = JsonNode.Parse(buffer)!.AsObject();
                if (message.ContainsKey("method") && !message.ContainsKey("id"))
                {
                    lock (_notifications) _notifications.Add(message);
                    _notified.Release();
                }
                else if (message.ContainsKey("method"))
                {
                    // A request from the server (none expected): answer null so it does not wait.
                    await SendRawAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = null }.ToJsonString());
                }
                else
                {
                    var id = message["id"] is { } node && node.GetValueKind() != JsonValueKind.Null ? node.ToString() : "null";
                    _pending.GetOrAdd(id, _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
                }
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException) { }
    }

    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) return bytes.Count == 0 ? null : Encoding.ASCII.GetString(bytes.ToArray());
            if (one[0] == '\n') break;
            if (one[0] != '\r') bytes.Add(one[0]);
        }
        return Encoding.ASCII.GetString(bytes.ToArray());
    }

    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            try { await _process.WaitForExitAsync(new CancellationTokenSource(Timeout).Token); } catch (OperationCanceledException) { }
        }
        await Task.WhenAny(_reader, Task.Delay(Timeout));
        _process.Dispose();
    }
}
