namespace PlanDsl.LanguageServer.Server;

/// <summary>What <see cref="FrameScanner.Scan"/> found at the start of the unread input.</summary>
public abstract record FrameScan
{
    private FrameScan() { }

    /// <summary>A header block of <paramref name="HeaderLength"/> bytes announcing a body of <paramref name="ContentLength"/> bytes.</summary>
    public sealed record Frame(int HeaderLength, int ContentLength) : FrameScan;

    /// <summary><paramref name="Count"/> bytes that are no message; the next header may follow them.</summary>
    public sealed record Skip(int Count, string Reason) : FrameScan;

    /// <summary>Too little input yet to tell.</summary>
    public sealed record NeedMore : FrameScan;
}

/// <summary>
/// Reads LSP header blocks tolerantly and finds the next one after input that is none. A block is lines
/// of <c>Name: value</c> ended by an empty line (CRLF or bare LF); it must hold one
/// <c>Content-Length</c> of digits. Anything else — a garbled or missing length, a line that is no
/// header, text before a header on its line — is skipped up to the next <c>Content-Length:</c>.
/// </summary>
public static class FrameScanner
{
    /// <summary>The longest header block read; a longer one is garbage.</summary>
    public const int MaxHeaderBytes = 8192;

    /// <summary>The largest body accepted (64 MiB); a larger length is garbage.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    private static ReadOnlySpan<byte> ContentLengthName => "content-length:"u8;

    /// <param name="head">The first bytes of the unread input, at most <see cref="MaxHeaderBytes"/>.</param>
    /// <param name="complete">No more input will come.</param>
    public static FrameScan Scan(ReadOnlySpan<byte> head, bool complete)
    {
        var position = 0;
        int? length = null;
        string? problem = null;
        while (true)
        {
            var rest = head[position..];
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (head.Length >= MaxHeaderBytes) return Resync(head, "a header block longer than 8 KB", complete);
                if (!LooksLikeHeaderStart(rest)) return Resync(head, $"'{Shown(rest)}' is not a header", complete);
                return complete ? Resync(head, "the input ended inside a header", complete) : new FrameScan.NeedMore();
            }
            var line = rest[..newline];
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            var next = position + newline + 1;
            if (line.Length == 0)
            {
                if (problem is null && length is null) problem = position == 0 ? "an empty line where a header should be" : "a header block without Content-Length";
                return problem is null ? new FrameScan.Frame(next, length!.Value) : Resync(head, problem, complete);
            }
            if (!IsHeaderLine(line)) return Resync(head, $"'{Shown(line)}' is not a header", complete);
            if (StartsWithIgnoringCase(line, ContentLengthName))
            {
                var value = line[ContentLengthName.Length..].Trim(" \t"u8);
                if (length is not null) problem ??= "two Content-Length headers";
                else if (ParseLength(value) is { } parsed) length = parsed;
                else problem ??= $"Content-Length '{Shown(value)}' is not a length of 0 to {MaxContentLength} bytes";
            }
            position = next;
        }
    }

    /// <summary>The index of the first <c>Content-Length:</c> (any case) at or after <paramref name="from"/>, else -1.</summary>
    public static int IndexOfHeader(ReadOnlySpan<byte> bytes, int from)
    {
        for (var i = from; i + ContentLengthName.Length <= bytes.Length; i++)
            if (StartsWithIgnoringCase(bytes[i..], ContentLengthName)) return i;
        return -1;
    }

    /// <summary>
    /// Skips to the next <c>Content-Length:</c> after the start; without one in sight, skips all but a
    /// tail that could be the start of one (all of it when the input is complete).
    /// </summary>
    private static FrameScan Resync(ReadOnlySpan<byte> head, string reason, bool complete)
    {
        var header = IndexOfHeader(head, 1);
        if (header > 0) return new FrameScan.Skip(header, reason);
        var skip = complete ? head.Length : head.Length - (ContentLengthName.Length - 1);
        return skip > 0 ? new FrameScan.Skip(skip, reason) : new FrameScan.NeedMore();
    }

    private static int? ParseLength(ReadOnlySpan<byte> digits)
    {
        if (digits.Length is 0 or > 9) return null;
        var value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9') return null;
            value = value * 10 + (b - '0');
        }
        return value <= MaxContentLength ? value : null;
    }

    private static bool IsHeaderLine(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        if (colon <= 0) return false;
        foreach (var b in line[..colon])
            if (!IsTokenByte(b)) return false;
        foreach (var b in line[(colon + 1)..])
            if (b < 0x20 && b != '\t' || b == 0x7f) return false;
        return true;
    }

    /// <summary>Whether an unfinished line can still become a header line (or the empty line).</summary>
    private static bool LooksLikeHeaderStart(ReadOnlySpan<byte> partial)
    {
        if (partial.Length > 0 && partial[^1] == '\r') partial = partial[..^1];
        if (partial.IndexOf((byte)':') >= 0) return IsHeaderLine(partial);
        foreach (var b in partial)
            if (!IsTokenByte(b)) return false;
        return true;
    }

    private static bool IsTokenByte(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_';

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lowerPrefix)
    {
        if (bytes.Length < lowerPrefix.Length) return false;
        for (var i = 0; i < lowerPrefix.Length; i++)
            if ((bytes[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(bytes[i] | 0x20) : bytes[i]) != lowerPrefix[i]) return false;
        return true;
    }

    /// <summary>A short, printable rendering of some input for a log line.</summary>
    internal static string Shown(ReadOnlySpan<byte> bytes)
    {
        var chars = new System.Text.StringBuilder();
        foreach (var b in bytes[..Math.Min(bytes.Length, 40)])
            chars.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
        if (bytes.Length > 40) chars.Append('…');
        return chars.ToString();
    }
}
