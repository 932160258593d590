using System.Text.Json.Nodes;
using PlanDsl.Runtime.Billing;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// Reads an outages file: <c>{"outages": [{"start": "2026-10-05T09:00:00+02:00", "end": "…", "planned": false}]}</c>.
/// Instants are ISO-8601 with an offset (or Z); <c>planned</c> is optional (default false: unplanned).
/// </summary>
public static class OutagesFile
{
    public static IReadOnlyList<Outage> Read(string? path, string? baseDirectory) => Parse(JsonFieldReader.ReadObject(path, "--outages", baseDirectory));

    public static IReadOnlyList<Outage> Parse(JsonObject root)
    {
        JsonFieldReader.RejectUnknown(root, "", "outages");
        if (root["outages"] is not JsonArray array) throw new CliError(root["outages"] is null ? "outages: required" : "outages: must be an array");
        var outages = new List<Outage>();
        for (var i = 0; i < array.Count; i++)
        {
            var field = $"outages[{i}]";
            if (array[i] is not JsonObject o) throw new CliError($"{field}: must be an object with start, end and planned");
            JsonFieldReader.RejectUnknown(o, field, "start", "end", "planned");
            var start = JsonFormats.ParseInstant(JsonFieldReader.Text(o["start"], $"{field}.start"), $"{field}.start");
            var end = JsonFormats.ParseInstant(JsonFieldReader.Text(o["end"], $"{field}.end"), $"{field}.end");
            if (end < start) throw new CliError($"{field}.end: before its start");
            var planned = o["planned"] is { } p && JsonFieldReader.Flag(p, $"{field}.planned");
            outages.Add(new Outage(start, end, planned));
        }
        return outages;
    }
}
