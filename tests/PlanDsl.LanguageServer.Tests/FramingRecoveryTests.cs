using System.Text;
using System.Text.Json.Nodes;

namespace PlanDsl.LanguageServer.Tests;

/// <summary>
/// Bad Content-Length framing, sent as raw bytes to the real server process: the server answers
/// ParseError, logs one line to standard error, finds the next valid header and answers the requests
/// after it, and 'shutdown' then 'exit' still end it.
/// </summary>
public sealed class FramingRecoveryTests : IDisposable
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);
    private readonly TestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    /// <summary>A request the server would answer, as the body of the broken message.</summary>
    private const string Lost = """{"jsonrpc":"2.0","id":99,"method":"workspace/symbol","params":{"query":""}}""";

    private static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);

    public static TheoryData<string, string> BrokenFrames() => new()
    {
        { "a length that is not a number", $"Content-Length: abc\r\n\r\n{Lost}" },
        { "a length 40 bytes too long", $"Content-Length: {Lost.Length + 40}\r\n\r\n{Lost}" },
        { "a length 40 bytes too short", $"Content-Length: {Lost.Length - 40}\r\n\r\n{Lost}" },
        { "a misspelt header", $"Content-Lenght: 5\r\n\r\n{Lost}" },
        { "no header at all", $"{Lost}\r\n\r\n" },
        { "a header after text on its line", $"garbage Content-Length: {Lost.Length}\r\n\r\n{Lost}" },
        { "a length over the limit", $"Content-Length: 999999999999\r\n\r\n{Lost}" },
    };

    private async Task<LspClient> StartAsync()
    {
        var client = LspClient.Start();
        var init = await client.RequestAsync("initialize", new { processId = (int?)null, rootUri = _workspace.RootUri, capabilities = new { } });
        Assert.NotNull(init["result"]?["capabilities"]);
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    private static async Task AnswersAndStopsAsync(LspClient client)
    {
        var symbols = await client.RequestAsync("workspace/symbol", new { query = "" }, Quick);
        Assert.True(symbols["result"] is JsonArray, symbols.ToJsonString());

        var shutdown = await client.RequestAsync("shutdown", null, Quick);
        Assert.True(shutdown.ContainsKey("result") && !shutdown.ContainsKey("error"), shutdown.ToJsonString());
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync(Quick));
    }

    [Theory]
    [MemberData(nameof(BrokenFrames))]
    public async Task After_broken_framing_the_server_answers_the_next_request_and_shutdown_and_exit_end_it(string what, string bytes)
    {
        await using var client = await StartAsync();

        // The next request goes right after: a length too long can only be told from the bytes that follow.
        await client.SendBytesAsync(Ascii(bytes));
        var (_, next) = await client.SendRequestAsync("workspace/symbol", new { query = "premium" });

        var answer = await next.WaitAsync(Quick);
        Assert.True(answer["result"] is JsonArray, answer.ToJsonString());
        var parseError = await client.ResponseTo("null");
        Assert.Equal(-32700, (int)parseError["error"]!["code"]!);
        await AnswersAndStopsAsync(client);
        Assert.Contains("plandsl-language-server: framing lost: ", client.Stderr);
        Assert.Contains("plandsl-language-server: framing resynchronised after skipping ", client.Stderr);
        Assert.DoesNotContain("   at ", client.Stderr);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public async Task Bare_line_feeds_after_the_header_are_read_as_a_header_end()
    {
        await using var client = await StartAsync();
        var request = """{"jsonrpc":"2.0","id":"lf","method":"workspace/symbol","params":{"query":""}}""";

        await client.SendBytesAsync(Ascii($"Content-Length: {request.Length}\n\n{request}"));

        var answer = await client.ResponseTo("lf");
        Assert.True(answer["result"] is JsonArray, answer.ToJsonString());
        await AnswersAndStopsAsync(client);
        Assert.DoesNotContain("framing", client.Stderr);
    }

    [Fact]
    public async Task Several_broken_messages_in_a_row_and_stray_blank_lines_are_all_skipped()
    {
        await using var client = await StartAsync();

        foreach (var (_, bytes) in BrokenFrames().Select(row => ((string)row[0], (string)row[1])))
            await client.SendBytesAsync(Ascii("\r\n\n" + bytes));

        await AnswersAndStopsAsync(client);
        Assert.DoesNotContain("   at ", client.Stderr);
    }

    [Fact]
    public async Task Exit_after_a_broken_header_with_no_body_ends_the_process()
    {
        await using var client = await StartAsync();

        await client.SendBytesAsync(Ascii("Content-Length: abc\r\n\r\n"));
        await client.NotifyAsync("exit", null);

        Assert.Equal(1, await client.WaitForExitAsync(Quick));
    }
}
