using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PlanDsl.LanguageServer.Server;

/// <summary>
/// Content-Length framing that survives a message whose body is not JSON-RPC: it answers with a
/// ParseError (id null) and reads on, instead of dropping the connection as the base handler does.
/// </summary>
public sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
{
    public TolerantMessageHandler(Stream writer, Stream reader, IJsonRpcMessageFormatter formatter)
        : base(writer, reader, formatter)
    {
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not EndOfStreamException && e is not ObjectDisposedException && e is not IOException)
            {
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "parse error: " + e.Message },
                };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
