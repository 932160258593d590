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
        return new LocalizedText(builder.ToImmutable());
    }

    /// <summary>A single-language text for a value that is a text (e.g. an alias).</summary>
    public LocalizedText Bind(TextValueSyntax value) => Bind(value.Text);

    public static bool IsLanguageTag(string tag) => LanguageTag().IsMatch(tag);

    [GeneratedRegex("^[a-z]{2}(-[A-Z]{2})?$")]
    private static partial Regex LanguageTag();
}
