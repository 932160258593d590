using System.Collections.Immutable;
using NodaTime;

namespace PlanDsl.Runtime.Model;

/// <summary>How a plan offers a channel.</summary>
public sealed record ChannelAccess(string Channel, bool Available, bool BestEffort, string? Calendar)
{
    public string Describe() => !Available ? "no" : (BestEffort ? "best effort on " : "on ") + (Calendar ?? "-");
}

/// <summary>A plan's value of an entitlement, and whether it was inherited.</summary>
public sealed record EntitlementGrant(string Entitlement, EntitlementValue Value, bool Inherited);

/// <summary>
/// One version of a plan, flattened: everything inherited from its parent and earlier versions is
/// spelt out, with targets for every severity (and kind).
/// </summary>
public sealed record PlanVersion(
    LocalDate? EffectiveFrom,
    LocalizedText Title,
    LocalizedText Description,
    ImmutableArray<LocalizedText> Notes,
    ImmutableArray<LocalizedText> Assumptions,
    string? Extends,
    string? Hours,
    decimal? UptimeTarget,
    ImmutableArray<ChannelAccess> Channels,
    ImmutableArray<EntitlementGrant> Entitlements,
    ImmutableArray<PriceModel> Prices,
    ImmutableArray<TargetRow> Targets,
    CreditLadder? Credits,
    ImmutableArray<string> IncludedWork,
    ImmutableArray<string> ExcludedWork,
    ImmutableArray<string> BillableWork,
    ImmutableArray<CoverageRule> Coverage)
{
    public TargetRow? FindTargets(string? severity, string? kind) =>
        Targets.FirstOrDefault(t => t.Severity == severity && t.Kind == kind);

    public EntitlementValue? Entitlement(string id) => Entitlements.FirstOrDefault(e => e.Entitlement == id)?.Value;
}

/// <summary>A plan with its versions, oldest first.</summary>
public sealed record PlanModel(string Id, int TierRank, ImmutableArray<PlanVersion> Versions)
{
    /// <summary>The version in force on a day: the latest whose effective date is on or before it.</summary>
    public PlanVersion? InForceOn(LocalDate day)
    {
        PlanVersion? found = null;
        foreach (var version in Versions)
            if (version.EffectiveFrom is null || version.EffectiveFrom <= day) found = version;
        return found;
    }

    public PlanVersion Current => Versions[^1];
}
