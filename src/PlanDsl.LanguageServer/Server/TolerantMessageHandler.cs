using System.Buffers;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PlanDsl.LanguageServer.Server;

/// <summary>
/// Content-Length framing that survives bad input instead of dropping the connection or answering
/// ParseError forever as the base handler does. Headers are read by <see cref="FrameScanner"/>: a
/// garbled, misspelt or missing <c>Content-Length</c>, a line that is no header, or text before a
/// header is skipped up to the next <c>Content-Length:</c>; bare LF line ends are accepted. A body that
/// is not JSON is answered with ParseError (id null); when it holds a <c>Content-Length:</c> header
/// (its length was too long and it swallowed the start of the next message), reading resumes at that
/// header. Each resynchronisation is logged as one line to the log (standard error), without a trace.
/// Writing is the base handler's.
/// </summary>
public sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly TextWriter _log;
    private long _skipped;
    private bool _answered;

    public TolerantMessageHandler(Stream writer, Stream reader, IJsonRpcMessageFormatter formatter, TextWriter? log = null)
        : base(writer, reader, formatter)
    {
        _log = log ?? TextWriter.Null;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("the handler has no reader");
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCanceled) throw new OperationCanceledException(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.IsEmpty && result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                Resynchronised();
                return null;
            }
            var head = buffer.Slice(0, Math.Min(buffer.Length, FrameScanner.MaxHeaderBytes)).ToArray();
            switch (FrameScanner.Scan(head, result.IsCompleted))
            {
                case FrameScan.Skip skip:
                    reader.AdvanceTo(buffer.GetPosition(skip.Count));
                    await SkippedAsync(head.AsSpan(0, skip.Count).ToArray(), skip.Reason, cancellationToken).ConfigureAwait(false);
                    break;
                case FrameScan.Frame frame:
                    var total = frame.HeaderLength + (long)frame.ContentLength;
                    if (buffer.Length < total)
                    {
                        if (result.IsCompleted)
                        {
                            reader.AdvanceTo(buffer.End);
                            Log($"the input ended {total - buffer.Length} byte(s) before the end of a message");
                            return null;
                        }
                        reader.AdvanceTo(buffer.Start, buffer.End);
                        break;
                    }
                    var body = buffer.Slice(frame.HeaderLength, frame.ContentLength).ToArray();
                    if (JsonProblem(body) is not { } problem)
                    {
                        reader.AdvanceTo(buffer.GetPosition(total));
                        Resynchronised();
                        try
                        {
                            return Formatter.Deserialize(new ReadOnlySequence<byte>(body));
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            await ParseErrorAsync("parse error: " + e.Message, cancellationToken).ConfigureAwait(false);
                            break;
                        }
                    }
                    var header = FrameScanner.IndexOfHeader(body, 0);
                    if (header >= 0)
                    {
                        // The length was too long: the body runs into the next message's header.
                        var swallowing = buffer.Slice(0, frame.HeaderLength + header).ToArray();
                        reader.AdvanceTo(buffer.GetPosition(swallowing.Length));
                        await SkippedAsync(swallowing, $"a body of {frame.ContentLength} bytes that is not JSON ({problem}) and holds a Content-Length header at byte {header}", cancellationToken).ConfigureAwait(false);
                        break;
                    }
                    reader.AdvanceTo(buffer.GetPosition(total));
                    Resynchronised();
                    Log($"a body of {frame.ContentLength} bytes is not JSON ({problem}); answered ParseError");
                    await ParseErrorAsync("parse error: the message body is not JSON: " + problem, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    break;
            }
        }
    }

    /// <summary>The first of a run of skips logs why and answers ParseError (unless only white space was skipped).</summary>
    private async Task SkippedAsync(byte[] skipped, string reason, CancellationToken cancellationToken)
    {
        if (_skipped == 0) Log($"framing lost: {reason}; skipping to the next Content-Length header");
        _skipped += skipped.Length;
        if (!_answered && skipped.Any(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')))
        {
            _answered = true;
            await ParseErrorAsync("parse error: " + reason, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Resynchronised()
    {
        if (_skipped > 0) Log($"framing resynchronised after skipping {_skipped} byte(s)");
        _skipped = 0;
        _answered = false;
    }

    private static string? JsonProblem(byte[] body)
    {
        if (body.Length == 0) return "the body is empty";
        try
        {
            var json = new Utf8JsonReader(body);
            while (json.Read()) { }
            return null;
        }
        catch (JsonException e)
        {
            return e.Message;
        }
    }

    private ValueTask ParseErrorAsync(string message, CancellationToken cancellationToken) =>
        WriteAsync(new JsonRpcError
        {
            RequestId = RequestId.Null,
            Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = message },
        }, cancellationToken);

    private void Log(string line) => _log.WriteLine("plandsl-language-server: " + line);
}
