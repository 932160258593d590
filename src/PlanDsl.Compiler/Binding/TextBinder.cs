using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Turns written texts into localized texts: the untagged part is in the catalog's language.</summary>
internal sealed partial class TextBinder
{
    private readonly DiagnosticBag _diagnostics;

    public TextBinder(string defaultLanguage, DiagnosticBag diagnostics)
    {
        DefaultLanguage = defaultLanguage;
        _diagnostics = diagnostics;
    }

    public string DefaultLanguage { get; }

    /// <summary>The languages the catalog declares with <c>languages:</c> (empty when it declares none).</summary>
    public IReadOnlyList<string> DeclaredLanguages { get; init; } = Array.Empty<string>();

    /// <summary>Every language a text of the catalog uses.</summary>
    public SortedSet<string> LanguagesSeen { get; } = new(StringComparer.Ordinal);

    public LocalizedText Bind(TextSyntax? text)
    {
        if (text is null) return LocalizedText.Empty;
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Parts)
        {
            var language = part.Language ?? DefaultLanguage;
            if (part.Language is not null && !IsLanguageTag(part.Language))
            {
                _diagnostics.Report(DiagnosticCodes.UnknownLanguage, part.Span, part.Language);
                continue;
            }
            if (builder.ContainsKey(language))
            {
                _diagnostics.Report(DiagnosticCodes.DuplicateTranslation, part.Span, language);
                continue;
            }
            builder[language] = part.Text;
            LanguagesSeen.Add(language);
        }
        if (builder.Count > 0 && !builder.ContainsKey(DefaultLanguage))
            _diagnostics.Report(DiagnosticCodes.MissingTranslation, text.Span, DefaultLanguage);
        // A text translated into some of the declared languages but not all: a translation was forgotten.
        // (A text in one language only is left untranslated on purpose; `plandsl docs` reports it.)
        if (builder.Count > 1)
            foreach (var language in DeclaredLanguages.Where(l => !builder.ContainsKey(l)))
                _diagnostics.Report(DiagnosticCodes.DocumentTranslationMissing, text.Span,
                    "text \"" + Documents.DocumentGenerator.Shorten(builder.TryGetValue(DefaultLanguage, out var d) ? d : builder.Values.First()) + "\"", language, DefaultLanguage);
        return new LocalizedText(builder.ToImmutable());
    }

    /// <summary>A single-language text for a value that is a text (e.g. an alias).</summary>
    public LocalizedText Bind(TextValueSyntax value) => Bind(value.Text);

    public static bool IsLanguageTag(string tag) => LanguageTag().IsMatch(tag);

    [GeneratedRegex("^[a-z]{2}(-[A-Z]{2})?$")]
    private static partial Regex LanguageTag();
}
