using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// Reads the ticket file pipelines send to <c>plandsl eval</c>:
/// <c>{"severity", "opened", "kind"?, "channel"?, "attributes"?: {…}, "events"?: [{"at", "type", "severity"?}], "asOf"?}</c>.
/// Every problem names the field.
/// </summary>
public static class TicketJson
{
    private static readonly string[] Fields = { "severity", "opened", "kind", "channel", "attributes", "events", "asOf" };

    public static Ticket Parse(string json)
    {
        var root = JsonInput.ParseObject(json, "ticket");
        foreach (var (name, _) in root)
            if (!Fields.Contains(name)) throw new CliError($"{name}: unknown field; the ticket's fields are {string.Join(", ", Fields)}");

        var events = new List<TicketEvent>();
        if (root["events"] is { } eventsNode)
        {
            if (eventsNode is not JsonArray array) throw new CliError("events: must be an array");
            for (var i = 0; i < array.Count; i++)
            {
                var field = $"events[{i}]";
                if (array[i] is not JsonObject e) throw new CliError($"{field}: must be an object");
                var type = Text(e, "type", field) switch
                {
                    "responded" => TicketEventType.Responded,
                    "updated" => TicketEventType.Updated,
                    "paused" => TicketEventType.Paused,
                    "resumed" => TicketEventType.Resumed,
                    "severity" => TicketEventType.SeverityChanged,
                    "resolved" => TicketEventType.Resolved,
                    var other => throw new CliError($"{field}.type: '{other}' is not one of responded, updated, paused, resumed, severity, resolved"),
                };
                var severity = type == TicketEventType.SeverityChanged ? SeverityText(e["severity"], $"{field}.severity") : null;
                events.Add(new TicketEvent(JsonFormats.ParseInstant(Text(e, "at", field), $"{field}.at"), type, severity));
            }
        }
        return new Ticket(
            SeverityText(root["severity"], "severity"),
            JsonFormats.ParseInstant(Text(root, "opened", "ticket"), "opened"),
            OptionalText(root, "kind"),
            OptionalText(root, "channel"),
            Attributes(root["attributes"]),
            events,
            root["asOf"] is null ? null : JsonFormats.ParseInstant(Text(root, "asOf", "ticket"), "asOf"));
    }

    private static string? SeverityText(JsonNode? node, string field) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<int>(out var n) => n.ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => throw new CliError($"{field}: {v.ToJsonString()} is not a severity number"),
        _ => throw new CliError($"{field}: must be a severity name, number or alias"),
    };

    private static string Text(JsonObject o, string name, string owner)
    {
        if (o[name] is JsonValue v && v.TryGetValue<string>(out var s)) return s;
        throw new CliError(o[name] is null ? $"{name}: required in {owner}" : $"{name}: must be a text");
    }

    private static string? OptionalText(JsonObject o, string name) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new CliError($"{name}: must be a text"),
    };

    /// <summary>Attribute values as JSON gives them: bool, decimal or string (typed later against the catalog).</summary>
    private static IReadOnlyDictionary<string, object?> Attributes(JsonNode? node)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (node is null) return result;
        if (node is not JsonObject o) throw new CliError("attributes: must be an object");
        foreach (var (name, value) in o)
        {
            result[name] = value switch
            {
                null => null,
                JsonValue v when v.TryGetValue<bool>(out var b) => b,
                JsonValue v when v.TryGetValue<decimal>(out var d) => d,
                JsonValue v when v.GetValueKind() == JsonValueKind.Number => throw new CliError($"attributes.{name}: {v.ToJsonString()} is too large (at most {decimal.MaxValue})"),
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => throw new CliError($"attributes.{name}: must be true/false, a number or a text"),
            };
        }
        return result;
    }
}
