using PlanDsl.Compiler.Binding;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Analysis;

/// <summary>
/// The level of each analysis for one catalog: its default, then the config file beside the catalog
/// (<see cref="LintConfigFile"/>), then the catalog's own <c>lint { … }</c> section, each overriding the
/// one before. A setting names a rule (<c>tier-dominance</c>, also written <c>tier dominance</c>) or one
/// code (<c>PD0811</c>); a code's setting wins over its rule's.
/// </summary>
public sealed class LintSettings
{
    private readonly Dictionary<string, LintLevel> _levels = new(StringComparer.Ordinal);

    public static LintSettings Default { get; } = new();

    /// <summary>The severity a finding gets, or null when its rule is off.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor, AnalysisRule rule)
    {
        if (!_levels.TryGetValue(descriptor.Code, out var level) && !_levels.TryGetValue(rule.Id, out level))
            return descriptor.Severity;
        return level switch
        {
            LintLevel.Off => null,
            LintLevel.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Error,
        };
    }

    /// <summary>Sets a rule or code; reports PD0801/PD0802 for unknown names and levels.</summary>
    internal void Set(string name, string level, SourceSpan nameSpan, SourceSpan levelSpan, DiagnosticBag diagnostics)
    {
        var key = Normalize(name);
        if (!CatalogChecks.IsKnown(key))
        {
            diagnostics.Report(DiagnosticCodes.LintUnknownRule, nameSpan, name, NameSuggester.DidYouMean(key, CatalogChecks.RuleIds));
            return;
        }
        LintLevel? parsed = level.ToLowerInvariant() switch
        {
            "off" => LintLevel.Off,
            "warning" or "warn" => LintLevel.Warning,
            "error" => LintLevel.Error,
            _ => null,
        };
        if (parsed is null) diagnostics.Report(DiagnosticCodes.LintBadLevel, levelSpan, level);
        else _levels[key] = parsed.Value;
    }

    /// <summary>Reads <c>lint { tier dominance: off; PD0842: error }</c>.</summary>
    internal void Read(SectionSyntax section, DiagnosticBag diagnostics)
    {
        var reader = BlockReader.Read(section.Body, "lint", diagnostics, Array.Empty<string>(), keepUnknown: true);
        foreach (var property in reader.UnknownProperties)
        {
            if (property.Values.Length == 1 && property.Values[0] is WordsValueSyntax { IsSingleName: true } word)
                Set(property.KeyText, word.Text, property.KeySpan, word.Span, diagnostics);
            else
                diagnostics.Report(DiagnosticCodes.LintBadLevel, property.Values.FirstOrDefault()?.Span ?? property.KeySpan,
                    property.Values.Length == 0 ? "" : ValueReader.Describe(property.Values[0]));
        }
    }

    /// <summary>Rule ids are kebab-case; <c>tier dominance</c> and <c>tier_dominance</c> name the same rule. Codes are upper case.</summary>
    public static string Normalize(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("PD", StringComparison.OrdinalIgnoreCase) && trimmed.Length == 6 && trimmed[2..].All(char.IsAsciiDigit))
            return trimmed.ToUpperInvariant();
        return string.Join('-', trimmed.ToLowerInvariant().Split(new[] { ' ', '_', '-' }, StringSplitOptions.RemoveEmptyEntries));
    }
}
