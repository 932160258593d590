using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Analysis.Versions;

/// <summary>Where a change is written in a version: the row, entitlement, channel, ladder or property; else the version's declaration.</summary>
internal static class ChangeSpans
{
    public static SourceSpan Of(SourceMap sources, string plan, int version, Change change) => change.Kind switch
    {
        ChangeKind.TargetChanged => sources.Target(plan, version, change.Severity, change.RequestKind),
        ChangeKind.EntitlementChanged when change.ItemId is { } id => sources.Entitlement(plan, version, id),
        ChangeKind.ChannelChanged when change.ItemId is { } id => sources.Channel(plan, version, id),
        ChangeKind.CreditChanged => sources.Credits(plan, version),
        ChangeKind.HoursChanged => sources.PlanProperty(plan, version, "hours"),
        ChangeKind.UptimeTargetChanged => sources.PlanProperty(plan, version, "uptime target"),
        ChangeKind.WorkChanged when change.New is "included" or "excluded" or "billable" => sources.PlanProperty(plan, version, change.New),
        _ => sources.Plan(plan, version),
    };
}
