using System.Collections.Immutable;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>The plan versions that share one list of coverage rules (the same rules, deciding the same), checked once.</summary>
internal sealed record RuleTable(List<PlanVersionRef> Versions, ImmutableArray<CoverageRule> Rules)
{
    /// <summary>"plan 'gold'", or "plans 'silver', 'gold'" for versions that share their rules.</summary>
    public string Label => Versions.Count == 1 ? Versions[0].Label : "plans " + string.Join(", ", Versions.Select(v => v.Label["plan ".Length..]));

    /// <summary>The versions with rules, grouped by their rules (where each is written and what it decides), in the catalog's order.</summary>
    public static IReadOnlyList<RuleTable> Of(AnalysisContext context)
    {
        var tables = new List<RuleTable>();
        var byKey = new Dictionary<string, RuleTable>(StringComparer.Ordinal);
        foreach (var version in PlanVersionRef.All(context.Catalog))
        {
            var rules = version.Version.Coverage;
            if (rules.Length == 0) continue;
            var key = string.Join("\n", rules.Select(r => context.Sources.Rule(r) + " " + DecisionTable.Decision(r.Outcome)));
            if (byKey.TryGetValue(key, out var table)) table.Versions.Add(version);
            else tables.Add(byKey[key] = new RuleTable(new List<PlanVersionRef> { version }, rules));
        }
        return tables;
    }
}
