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
        return JsonInput.ParseObject(JsonInput.ReadFile(full, path, option), $"{option}: '{path}'");
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

    /// <summary>The largest quantity read (units, hours, metered amounts): a billion billion, far above any bill, far below decimal overflow when multiplied by a price.</summary>
    public const decimal MaxQuantity = 1_000_000_000_000_000_000m;

    /// <summary>A number that is not negative, at most <see cref="MaxQuantity"/>.</summary>
    public static decimal Quantity(JsonNode? node, string field)
    {
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number) throw new CliError($"{field}: must be a number");
        if (!v.TryGetValue<decimal>(out var d))
            throw new CliError(v.ToJsonString().StartsWith('-') ? $"{field}: {v.ToJsonString()} is negative" : $"{field}: {v.ToJsonString()} is too large (at most {MaxQuantity})");
        return Checked(d, field);
    }

    /// <summary>A quantity given on the command line or in a file: not negative, at most <see cref="MaxQuantity"/>.</summary>
    public static decimal Checked(decimal d, string field)
    {
        if (d < 0) throw new CliError($"{field}: {d} is negative");
        if (d > MaxQuantity) throw new CliError($"{field}: {d} is too large (at most {MaxQuantity})");
        return d;
    }

    /// <summary>A whole number that is not negative, at most <see cref="MaxQuantity"/>.</summary>
    public static long Count(JsonNode? node, string field)
    {
        var d = Quantity(node, field);
        if (d != decimal.Truncate(d)) throw new CliError($"{field}: {d} is not a whole number");
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
