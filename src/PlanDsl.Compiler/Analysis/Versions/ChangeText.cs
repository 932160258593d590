using PlanDsl.Compiler.Comparison;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Versions;

/// <summary>
/// A change of <see cref="CatalogDiff"/> as the version findings show it: "failure response 1 h → 2 h",
/// "entitlement limit_zgloszen 15 per month → 10 per month (less included)". A target on the same
/// calendar shows its durations only; every other change adds the diff's reason in parentheses.
/// </summary>
internal sealed record ChangeText(string Subject, string Old, string New, string Reason)
{
    public static ChangeText Of(Change change, PlanVersion older, PlanVersion newer)
    {
        var subject = change.Kind switch
        {
            ChangeKind.EntitlementChanged => "entitlement " + change.Subject,
            ChangeKind.ChannelChanged => "channel " + change.Subject,
            ChangeKind.PriceChanged => "price " + change.Subject,
            ChangeKind.WorkChanged => "work " + change.Subject,
            _ => change.Subject,
        };
        if (change is { Kind: ChangeKind.TargetChanged, Metric: { } metric })
        {
            var x = older.FindTargets(change.Severity, change.RequestKind)?.Get(metric);
            var y = newer.FindTargets(change.Severity, change.RequestKind)?.Get(metric);
            if (x is { Commitment: Commitment.Due } && y is { Commitment: Commitment.Due } && x.Calendar == y.Calendar)
                return new ChangeText(subject, x.Duration.ToString(), y.Duration.ToString(), "");
        }
        return new ChangeText(subject, change.Old, change.New, " (" + change.Reason + ")");
    }

    /// <summary>"failure response 1 h → 2 h", without the reason.</summary>
    public string Short => $"{Subject} {Old} → {New}";

    /// <summary>The first of several changes, and how many more: "failure response 1 h → 2 h, and 2 more".</summary>
    public static string Summary(IReadOnlyList<ChangeText> changes) =>
        changes[0].Short + (changes.Count > 1 ? $", and {changes.Count - 1} more" : "");
}
