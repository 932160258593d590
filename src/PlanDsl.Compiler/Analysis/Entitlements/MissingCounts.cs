using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Entitlements;

/// <summary>
/// PD0852: with a tier order, a plan that says nothing of a count or quota that the tier below it grants
/// (a number, or <c>unlimited</c>) leaves the reader to guess: no limit, or none at all? 'unlimited' is a
/// value; write it, or <c>-</c>. Judged on each plan's current version against the nearest lower tier
/// that states the entitlement.
/// </summary>
internal static class MissingCounts
{
    public static void Check(AnalysisContext context)
    {
        var catalog = context.Catalog;
        var tiers = catalog.Tiers.Select(catalog.FindPlan).ToList();
        for (var i = 1; i < tiers.Count; i++)
        {
            if (tiers[i] is not { } plan) continue;
            foreach (var entitlement in catalog.Entitlements)
            {
                if (entitlement.Type.Kind is not (ValueTypeKind.Count or ValueTypeKind.Quota)) continue;
                if (plan.Current.Entitlement(entitlement.Id) is not null) continue;
                for (var j = i - 1; j >= 0; j--)
                {
                    if (tiers[j] is not { } lower || lower.Current.Entitlement(entitlement.Id) is not { } value) continue;
                    if (value.Kind == EntitlementValueKind.Unlimited || value.Kind == EntitlementValueKind.Count && value.Count > 0)
                    {
                        var related = new[] { new RelatedLocation(context.Sources.Entitlement(lower.Id, lower.Versions.Length - 1, entitlement.Id), $"{value.Describe()} in {lower.Id}") };
                        context.Report(DiagnosticCodes.CountMissingAboveLowerTier, context.Sources.Plan(plan.Id, plan.Versions.Length - 1), related,
                            entitlement.Id, plan.Id, lower.Id, value.Describe());
                    }
                    break;
                }
            }
        }
    }
}
