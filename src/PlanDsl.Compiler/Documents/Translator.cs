using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Documents;

/// <summary>
/// Picks a catalog text in the document's language, falling back to the catalog's default language,
/// and remembers every text that had to fall back although the catalog provides the language.
/// </summary>
public sealed class Translator
{
    private readonly SortedSet<string> _missing = new(StringComparer.Ordinal);

    public Translator(ResolvedCatalog catalog, string language)
    {
        Catalog = catalog;
        Language = language;
        Provides = catalog.Languages.Contains(language);
    }

    public ResolvedCatalog Catalog { get; }

    public string Language { get; }

    /// <summary>Whether the catalog says it provides its texts in <see cref="Language"/>.</summary>
    public bool Provides { get; }

    /// <summary>The default-language versions of the texts that have no version in <see cref="Language"/> (only when the catalog provides it).</summary>
    public IReadOnlyCollection<string> Missing => _missing;

    /// <summary>The text in the document's language, else the catalog's default language, else any.</summary>
    public string T(LocalizedText text)
    {
        if (text.IsEmpty) return "";
        // A text without letters (such as "24/7") reads the same in every language.
        if (!text.Has(Language) && Provides && text.Get(Catalog.DefaultLanguage).Any(char.IsLetter))
            _missing.Add(text.Get(Catalog.DefaultLanguage));
        return text.Get(Language, Catalog.DefaultLanguage);
    }

    /// <summary>The text, or <paramref name="fallback"/> (an identifier) when the text is empty.</summary>
    public string T(LocalizedText text, string fallback) => text.IsEmpty ? fallback : T(text);
}
