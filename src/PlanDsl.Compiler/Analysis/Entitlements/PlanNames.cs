using System.Globalization;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Entitlements;

/// <summary>How entitlement findings name plan versions and values.</summary>
internal static class PlanNames
{
    /// <summary>"basic"; "basic from 2026-07-01" when the plan has several versions; "the first version of basic" without a date.</summary>
    public static string Version(PlanModel plan, int version)
    {
        if (plan.Versions.Length == 1) return plan.Id;
        return plan.Versions[version].EffectiveFrom is { } from
            ? $"{plan.Id} from {from.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}"
            : $"the first version of {plan.Id}";
    }

    /// <summary>A value as a message shows it: <c>-</c> reads "not provided".</summary>
    public static string Value(EntitlementValue value) =>
        value.Kind == EntitlementValueKind.NotProvided ? "not provided" : value.Describe();

    /// <summary>The entitlements each version states itself (in a plan block, its entitlements section or a matrix), in declaration order.</summary>
    public static IEnumerable<(PlanModel Plan, int Version, EntitlementModel Entitlement, EntitlementValue Value)> Stated(AnalysisContext context)
    {
        foreach (var plan in context.Catalog.Plans)
        for (var v = 0; v < plan.Versions.Length; v++)
        foreach (var entitlement in context.Catalog.Entitlements)
        {
            if (!context.Sources.StatesEntitlement(plan.Id, v, entitlement.Id)) continue;
            if (plan.Versions[v].Entitlement(entitlement.Id) is { } value) yield return (plan, v, entitlement, value);
        }
    }
}
