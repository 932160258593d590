using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Entitlements;

/// <summary>
/// PD0850 and PD0851: a version that states an entitlement worse than the value it inherits — from the plan
/// it extends, or from the plan's previous version — lists it in <c>lowers:</c>; a name in <c>lowers:</c>
/// that the version does not lower is reported too. Better and worse are <c>plandsl diff</c>'s
/// (<see cref="CatalogDiff"/>): a lower count, a limit instead of <c>unlimited</c>, <c>no</c> instead of
/// <c>yes</c>, <c>-</c> instead of a value, an earlier member of a <c>one of</c>, fewer list items. A change
/// the diff calls unclear needs no marker and accepts one.
/// </summary>
internal static class LoweredOverrides
{
    public static void Check(AnalysisContext context)
    {
        var catalog = context.Catalog;
        var sources = context.Sources;
        foreach (var plan in catalog.Plans)
        for (var v = 0; v < plan.Versions.Length; v++)
        {
            var version = plan.Versions[v];
            var from = sources.InheritsFrom(plan.Id, v);
            var basePlan = from is { } f ? catalog.FindPlan(f.Plan) : null;
            var basis = basePlan is not null && from!.Value.Version < basePlan.Versions.Length ? basePlan.Versions[from.Value.Version] : null;
            var lowers = sources.Lowers(plan.Id, v);
            var name = PlanNames.Version(plan, v);
            var baseName = basePlan is null ? "" : PlanNames.Version(basePlan, from!.Value.Version);
            var relation = basePlan?.Id == plan.Id ? "the version after it" : "which extends it";

            foreach (var entitlement in catalog.Entitlements)
            {
                var stated = sources.StatesEntitlement(plan.Id, v, entitlement.Id);
                var value = version.Entitlement(entitlement.Id);
                var inherited = basis?.Entitlement(entitlement.Id);
                var marked = lowers.TryGetValue(entitlement.Id, out var markSpan);
                if (!stated || value is null || inherited is null || basePlan is null)
                {
                    if (marked)
                        context.Report(DiagnosticCodes.LowersNothing, markSpan, entitlement.Id,
                            !stated || value is null ? $"{name} does not state it" : $"{name} inherits no value of it to lower");
                    continue;
                }
                if (value.Describe() == inherited.Describe())
                {
                    if (marked) context.Report(DiagnosticCodes.LowersNothing, markSpan, entitlement.Id, $"{name} states the value it inherits ({PlanNames.Value(value)})");
                    continue;
                }
                var (impact, reason) = CatalogDiff.ClassifyEntitlement(inherited, value, entitlement.Type);
                if (impact == Impact.Worse && !marked)
                {
                    var related = new[] { new RelatedLocation(sources.Entitlement(basePlan.Id, from!.Value.Version, entitlement.Id), $"{PlanNames.Value(inherited)} in {baseName}") };
                    context.Report(DiagnosticCodes.EntitlementLoweredSilently, sources.Entitlement(plan.Id, v, entitlement.Id), related,
                        entitlement.Id, PlanNames.Value(inherited), baseName, PlanNames.Value(value), name, relation);
                }
                else if (marked && impact is Impact.Better or Impact.Neutral)
                    context.Report(DiagnosticCodes.LowersNothing, markSpan, entitlement.Id,
                        $"{PlanNames.Value(value)} in {name} is not lower than {PlanNames.Value(inherited)} in {baseName} ({reason})");
            }
        }
    }
}
