using PlanDsl.Compiler.Binding;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis;

/// <summary>
/// Runs every analysis on a catalog that bound without errors, then applies the lint settings (a
/// rule's level, or off) and the suppression comments, and reports what remains.
/// </summary>
public static class CatalogAnalyzer
{
    public static void Run(ResolvedCatalog catalog, SourceMap sources, LintSettings settings, DiagnosticBag diagnostics)
    {
        var context = new AnalysisContext(catalog, sources);
        foreach (var check in CatalogChecks.All)
        {
            if (IsOff(check.Rule, settings)) continue;
            check.Run(context);
        }

        var suppressions = sources.Files.SelectMany(Suppression.Find).ToList();
        var used = new HashSet<Suppression>(ReferenceEqualityComparer.Instance);
        foreach (var finding in context.Findings)
        {
            var rule = CatalogChecks.RuleOf(finding.Code);
            var descriptor = rule?.Descriptors.First(d => d.Code == finding.Code);
            var severity = rule is null ? finding.Severity : settings.SeverityOf(descriptor!, rule);
            if (severity is null) continue;
            var suppression = suppressions.FirstOrDefault(s => s.Span.Path == finding.Span.Path && s.TargetLine == finding.Span.Line
                && s.Names.Any(n => n == finding.Code || n == rule?.Id));
            if (suppression is not null)
            {
                used.Add(suppression);
                continue;
            }
            diagnostics.Add(finding with { Severity = severity.Value });
        }

        foreach (var suppression in suppressions)
        {
            foreach (var name in suppression.Names.Where(n => !CatalogChecks.IsKnown(n)))
                diagnostics.Report(DiagnosticCodes.LintUnknownRule, suppression.Span, name, NameSuggester.DidYouMean(name, CatalogChecks.RuleIds));
            if (suppression.Reason.Length == 0) diagnostics.Report(DiagnosticCodes.SuppressionWithoutReason, suppression.Span);
            // A suppression of rules the settings turn off is not stale: it applies again when they are on.
            if (!used.Contains(suppression) && suppression.Names.All(CatalogChecks.IsKnown) && !suppression.Names.All(n => IsOff(n, settings)))
                diagnostics.Report(DiagnosticCodes.SuppressionUnused, suppression.Span, string.Join(", ", suppression.Names));
        }
    }

    private static bool IsOff(AnalysisRule rule, LintSettings settings) =>
        rule.Descriptors.All(d => settings.SeverityOf(d, rule) is null);

    /// <summary>Whether a known rule id or code is turned off.</summary>
    private static bool IsOff(string name, LintSettings settings)
    {
        if (CatalogChecks.All.Select(c => c.Rule).FirstOrDefault(r => r.Id == name) is { } rule) return IsOff(rule, settings);
        return CatalogChecks.RuleOf(name) is { } owner && settings.SeverityOf(owner.Descriptors.First(d => d.Code == name), owner) is null;
    }
}
