using System.Collections.Immutable;

namespace PlanDsl.Runtime.Model;

/// <summary>A display text in one or more languages, keyed by language tag (en, pl, fr).</summary>
public sealed record LocalizedText(ImmutableSortedDictionary<string, string> Translations)
{
    public static LocalizedText Empty { get; } = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    public static LocalizedText Of(string language, string text) =>
        new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(language, text));

    public bool IsEmpty => Translations.Count == 0;

    /// <summary>The text in the language, else in the fallback language, else any text there is.</summary>
    public string Get(string language, string? fallback = null)
    {
        if (Translations.TryGetValue(language, out var text)) return text;
        if (fallback is not null && Translations.TryGetValue(fallback, out text)) return text;
        return Translations.Values.FirstOrDefault() ?? "";
    }

    public bool Has(string language) => Translations.ContainsKey(language);

    public bool Equals(LocalizedText? other) => other is not null && Translations.SequenceEqual(other.Translations);

    public override int GetHashCode() => Translations.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));
}
