using System.Collections.Immutable;

namespace PlanDsl.Compiler.Analysis;

/// <summary>Every analysis, in the order they run. Add a check here to have it run on every catalog.</summary>
public static class CatalogChecks
{
    public static ImmutableArray<ICatalogCheck> All { get; } = ImmutableArray.Create<ICatalogCheck>(
        new Tiers.TierDominanceCheck(),
        new Versions.VersionChangesCheck(),
        new Ladders.CreditLadderCheck(),
        new Completeness.ResponseCompletenessCheck(),
        new Coverage.CoverageRulesCheck(),
        new Feasibility.FeasibilityCheck(),
        new Entitlements.EntitlementsCheck()
    );

    public static IEnumerable<string> RuleIds => All.Select(c => c.Rule.Id);

    /// <summary>A rule id or the code of one of the rules' diagnostics (normalized, see <see cref="LintSettings.Normalize"/>).</summary>
    public static bool IsKnown(string name) =>
        All.Any(c => c.Rule.Id == name || c.Rule.Reports(name));

    public static AnalysisRule? RuleOf(string code) => All.Select(c => c.Rule).FirstOrDefault(r => r.Reports(code));
}
