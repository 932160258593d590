using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// Reads the fields of the small JSON files the billing commands take, strictly: unknown fields,
/// wrong types and negative quantities are <see cref="CliError"/>s naming the field (<c>units.OCI</c>,
/// <c>outages[1].end</c>).
/// </summary>
public static class JsonFieldReader
{
    /// <summary>Reads a file (relative to <paramref name="baseDirectory"/>) that must hold a JSON object.</summary>
    public static JsonObject ReadObject(string? path, string option, string? baseDirectory)
    {
        if (string.IsNullOrEmpty(path)) throw new CliError($"{option} is required");
        var full = System.IO.Path.GetFullPath(path, baseDirectory ?? Directory.GetCurrentDirectory());
        if (!File.Exists(full)) throw new CliError($"{option}: cannot find '{path}'");
        try
        {
            return JsonNode.Parse(File.ReadAllText(full), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) as JsonObject
                ?? throw new CliError($"{option}: '{path}' must hold a JSON object");
        }
        catch (JsonException e)
        {
            throw new CliError($"{option}: '{path}' is not valid JSON: {e.Message}");
        }
    }

    public static void RejectUnknown(JsonObject o, string owner, params string[] fields)
    {
        foreach (var (name, _) in o)
            if (!fields.Contains(name, StringComparer.Ordinal))
                throw new CliError($"{Path(owner, name)}: unknown field (the fields of {(owner.Length == 0 ? "the file" : owner)} are {string.Join(", ", fields)}){CatalogLoader.Suggest(name, fields)}");
    }

    public static string Path(string owner, string name) => owner.Length == 0 ? name : $"{owner}.{name}";

    public static string Text(JsonNode? node, string field) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s
        : throw new CliError(node is null ? $"{field}: required" : $"{field}: must be a text");

    public static bool Flag(JsonNode? node, string field) =>
        node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : throw new CliError($"{field}: must be true or false");

    /// <summary>A number that is not negative.</summary>
    public static decimal Quantity(JsonNode? node, string field)
    {
        if (node is not JsonValue v || !v.TryGetValue<decimal>(out var d)) throw new CliError($"{field}: must be a number");
        if (d < 0) throw new CliError($"{field}: {d} is negative");
        return d;
    }

    /// <summary>A whole number that is not negative.</summary>
    public static long Count(JsonNode? node, string field)
    {
        var d = Quantity(node, field);
        if (d != decimal.Truncate(d) || d > long.MaxValue) throw new CliError($"{field}: {d} is not a whole number");
        return (long)d;
    }

    /// <summary>An object of names to values, or an empty one when absent.</summary>
    public static Dictionary<string, T> Map<T>(JsonNode? node, string field, Func<JsonNode?, string, T> read)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        if (node is null) return map;
        if (node is not JsonObject o) throw new CliError($"{field}: must be an object of names to numbers");
        foreach (var (name, value) in o) map[name] = read(value, $"{field}.{name}");
        return map;
    }
}
