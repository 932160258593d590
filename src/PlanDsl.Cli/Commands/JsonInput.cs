using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// The one reader of the JSON files the commands take (tickets, outages, usage): at most
/// <see cref="MaxBytes"/> of UTF-8, nested at most <see cref="MaxDepth"/> deep, and stricter than
/// <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/>: a field given twice and a
/// text that is not valid UTF-16 (a lone surrogate such as <c>"\ud800"</c>) are <see cref="CliError"/>s
/// naming the field (<c>attributes.tier: given twice</c>), never exceptions later on.
/// </summary>
public static class JsonInput
{
    /// <summary>The largest JSON input read: 16 MiB.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public const int MaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file as UTF-8 text; <paramref name="option"/> names it in errors.</summary>
    public static string ReadFile(string fullPath, string shownPath, string option)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            bytes = ReadAtMost(stream, MaxBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{option}: cannot read '{shownPath}': {e.Message}");
        }
        if (bytes.Length > MaxBytes) throw new CliError($"{option}: '{shownPath}' is larger than {MaxBytes / 1024 / 1024} MB");
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new CliError($"{option}: '{shownPath}' is not UTF-8 text");
        }
    }

    /// <summary>Reads standard input (or another reader) to its end, up to <see cref="MaxBytes"/> characters.</summary>
    public static string ReadAll(TextReader reader, string option)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxBytes) throw new CliError($"{option}: standard input is larger than {MaxBytes / 1024 / 1024} MB");
        }
        return text.ToString();
    }

    /// <summary>Parses JSON text that must hold one object; <paramref name="what"/> (<c>ticket</c>, <c>--usage: 'u.json'</c>) starts the errors about the text as a whole.</summary>
    public static JsonObject ParseObject(string json, string what)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            throw new CliError($"{what}: not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new CliError($"{what}: must hold a JSON object, not {Kind(document.RootElement.ValueKind)}");
            return (JsonObject)Node(document.RootElement, "")!;
        }
    }

    private static JsonNode? Node(JsonElement element, string field)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var o = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    var name = Text(() => property.Name, field.Length == 0 ? "a field name" : $"{field}: a field name");
                    var path = field.Length == 0 ? name : $"{field}.{name}";
                    if (o.ContainsKey(name)) throw new CliError($"{path}: given twice");
                    o[name] = Node(property.Value, path);
                }
                return o;
            case JsonValueKind.Array:
                var a = new JsonArray();
                var i = 0;
                foreach (var item in element.EnumerateArray()) a.Add(Node(item, $"{field}[{i++}]"));
                return a;
            case JsonValueKind.String:
                return JsonValue.Create(Text(element.GetString, field));
            case JsonValueKind.Number:
                return JsonValue.Create(element.Clone());
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            default:
                return null;
        }
    }

    private static string Text(Func<string?> read, string field)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new CliError($"{field}: not valid text (a lone UTF-16 surrogate such as \\ud800 without its pair)");
        }
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static byte[] ReadAtMost(Stream stream, int limit)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (memory.Length < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - memory.Length))) > 0)
            memory.Write(buffer, 0, read);
        return memory.ToArray();
    }
}
