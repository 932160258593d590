using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace PlanDsl.Compiler.Documents;

/// <summary>
/// The fixed words of the documents in one language, from the embedded <c>Documents/Labels/&lt;lang&gt;.json</c>:
/// a flat object of strings (and a few arrays: day and month names).
/// </summary>
public sealed class Labels
{
    private readonly ImmutableSortedDictionary<string, string> _texts;
    private readonly ImmutableSortedDictionary<string, ImmutableArray<string>> _lists;

    private Labels(string language, ImmutableSortedDictionary<string, string> texts, ImmutableSortedDictionary<string, ImmutableArray<string>> lists)
    {
        Language = language;
        _texts = texts;
        _lists = lists;
    }

    public string Language { get; }

    public IReadOnlyDictionary<string, string> Texts => _texts;

    public string Get(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"label '{key}' is missing in {Language}.json");

    /// <summary>A label with <c>{0}</c>, <c>{1}</c> filled in.</summary>
    public string Format(string key, params string[] args)
    {
        var text = Get(key);
        for (var i = 0; i < args.Length; i++) text = text.Replace("{" + i + "}", args[i], StringComparison.Ordinal);
        return text;
    }

    public IReadOnlyList<string> List(string key) =>
        _lists.TryGetValue(key, out var list) ? list : throw new KeyNotFoundException($"label list '{key}' is missing in {Language}.json");

    public static Labels Load(string language)
    {
        var name = $"PlanDsl.Documents.Labels.{language}.json";
        using var stream = typeof(Labels).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"no labels for language '{language}'; documents are written in {string.Join(", ", LanguageFormat.Supported)}");
        return Parse(language, stream);
    }

    public static Labels Parse(string language, Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var texts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var lists = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
                lists[property.Name] = property.Value.EnumerateArray().Select(e => e.GetString() ?? "").ToImmutableArray();
            else
                texts[property.Name] = property.Value.GetString() ?? "";
        }
        return new Labels(language, texts.ToImmutable(), lists.ToImmutable());
    }

    /// <summary>The names of the embedded label files' languages.</summary>
    public static IReadOnlyList<string> EmbeddedLanguages() => typeof(Labels).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("PlanDsl.Documents.Labels.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n["PlanDsl.Documents.Labels.".Length..^".json".Length])
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToList();

    internal static Assembly Assembly => typeof(Labels).Assembly;
}
