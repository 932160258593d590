using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace PlanDsl.LanguageServer.Server;

/// <summary>Wires the server to a pair of streams: LSP framing (Content-Length headers), JSON, camelCase.</summary>
public static class ServerHost
{
    public static JsonSerializerOptions ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNameCaseInsensitive = true;
        return options;
    }

    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        ConfigureJson(formatter.JsonSerializerOptions);
        return formatter;
    }

    /// <summary>
    /// Starts listening; the returned server's <see cref="PlanLanguageServer.Exited"/> completes on 'exit'.
    /// Framing problems of the input (see <see cref="TolerantMessageHandler"/>) are logged to <paramref name="log"/>.
    /// </summary>
    public static (PlanLanguageServer Server, JsonRpc Rpc) Start(Stream input, Stream output, TimeSpan debounce, TextWriter? log = null)
    {
        var server = new PlanLanguageServer(debounce);
        var handler = new TolerantMessageHandler(output, input, CreateFormatter(), log);
        var rpc = new JsonRpc(handler);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, AllowNonPublicInvocation = false });
        rpc.Disconnected += (_, e) => server.ConnectionLost();
        server.Attach(rpc);
        rpc.StartListening();
        return (server, rpc);
    }
}
