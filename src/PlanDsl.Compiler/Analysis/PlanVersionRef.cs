using System.Globalization;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis;

/// <summary>
/// One version of a plan (its index in <see cref="PlanModel.Versions"/>), with what it was flattened
/// from: the previous version of the same plan, or for a first version the parent's version in force on
/// its effective date. An analysis reports a finding at the first version that has it, and not again
/// at the versions and plans that inherit it unchanged.
/// </summary>
public readonly record struct PlanVersionRef(PlanModel Plan, int Index)
{
    public PlanVersion Version => Plan.Versions[Index];

    public string Id => Plan.Id;

    /// <summary>"plan 'gold'", or "plan 'gold' from 2026-01-01" when the plan has several versions.</summary>
    public string Label => Plan.Versions.Length == 1 ? $"plan '{Plan.Id}'"
        : Version.EffectiveFrom is { } day ? $"plan '{Plan.Id}' from {day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}"
        : $"plan '{Plan.Id}' (first version)";

    /// <summary>Every version of every plan, in the catalog's order.</summary>
    public static IEnumerable<PlanVersionRef> All(ResolvedCatalog catalog) =>
        catalog.Plans.SelectMany(p => Enumerable.Range(0, p.Versions.Length).Select(i => new PlanVersionRef(p, i)));

    /// <summary>The version this one starts from, or null for a first version that extends no plan.</summary>
    public PlanVersionRef? Basis(ResolvedCatalog catalog)
    {
        if (Index > 0) return new PlanVersionRef(Plan, Index - 1);
        if (Version.Extends is not { } parentId || catalog.FindPlan(parentId) is not { } parent || parent.Versions.Length == 0) return null;
        var index = 0;
        if (Version.EffectiveFrom is { } day)
            for (var i = 0; i < parent.Versions.Length; i++)
                if (parent.Versions[i].EffectiveFrom is null || parent.Versions[i].EffectiveFrom <= day) index = i;
        return new PlanVersionRef(parent, index);
    }
}
