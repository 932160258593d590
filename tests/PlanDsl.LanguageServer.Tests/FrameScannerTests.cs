using System.Text;
using PlanDsl.LanguageServer.Server;

namespace PlanDsl.LanguageServer.Tests;

/// <summary>The header reader on its own: what it takes as a frame, what it skips and how far.</summary>
public sealed class FrameScannerTests
{
    private static FrameScan Scan(string input, bool complete = false) => FrameScanner.Scan(Encoding.ASCII.GetBytes(input), complete);

    [Theory]
    [InlineData("Content-Length: 2\r\n\r\n{}", 21, 2)]
    [InlineData("content-length:2\n\n{}", 18, 2)]
    [InlineData("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 10\r\n\r\n", 79, 10)]
    public void A_header_block_is_a_frame(string input, int headerLength, int contentLength)
    {
        Assert.Equal(new FrameScan.Frame(headerLength, contentLength), Scan(input));
    }

    [Theory]
    [InlineData("Content-Length: abc\r\n\r\n{}Content-Length: 2\r\n\r\n{}", 25, "Content-Length 'abc' is not a length")]
    [InlineData("Content-Lenght: 5\r\n\r\nhelloContent-Length: 2\r\n\r\n{}", 26, "a header block without Content-Length")]
    [InlineData("\"}}Content-Length: 2\r\n\r\n{}", 3, "'\"}}Content-Length: 2' is not a header")]
    [InlineData("\r\n\nContent-Length: 2\r\n\r\n{}", 3, "an empty line where a header should be")]
    [InlineData("Content-Length: 1\r\nContent-Length: 2\r\n\r\nContent-Length: 2\r\n\r\n{}", 19, "two Content-Length headers")]
    public void Anything_else_is_skipped_up_to_the_next_content_length(string input, int count, string reason)
    {
        var skip = Assert.IsType<FrameScan.Skip>(Scan(input));
        Assert.Equal(count, skip.Count);
        Assert.StartsWith(reason, skip.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Content-Len")]
    [InlineData("Content-Length: 12\r")]
    [InlineData("Content-Length: 12\r\n")]
    public void An_unfinished_header_waits_for_more(string input)
    {
        Assert.IsType<FrameScan.NeedMore>(Scan(input));
    }

    [Fact]
    public void Garbage_without_a_header_in_sight_is_skipped_but_for_a_tail_that_could_start_one()
    {
        var input = "{\"text\": \"" + new string('x', 100) + "Content-Leng";
        var skip = Assert.IsType<FrameScan.Skip>(Scan(input));
        Assert.Equal(input.Length - 14, skip.Count);

        var atEnd = Assert.IsType<FrameScan.Skip>(Scan(input, complete: true));
        Assert.Equal(input.Length, atEnd.Count);
    }
}
