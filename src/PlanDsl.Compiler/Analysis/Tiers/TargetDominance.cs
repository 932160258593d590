using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// (a) Targets: for every severity, request kind and metric, the higher tier commits at least as much
/// (a time &gt; best effort or when done &gt; none) and, where both commit a time, is due no later for any
/// opening of the reference week (every half hour), each measured on its own calendar.
/// </summary>
internal static class TargetDominance
{
    private static readonly Metric[] Metrics = { Metric.Response, Metric.StatusUpdate, Metric.FollowUp, Metric.Resolution };

    public static void Check(AnalysisContext context, TierPair pair, ReferenceClock clock, TierNames names)
    {
        var severityRank = context.Catalog.Severities.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var kindRank = context.Catalog.Kinds.Select((k, i) => (k.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var keys = pair.L.Targets.Concat(pair.H.Targets).Select(t => (t.Severity, t.Kind)).Distinct()
            .OrderBy(k => k.Severity is null ? -1 : severityRank.GetValueOrDefault(k.Severity, int.MaxValue))
            .ThenBy(k => k.Kind is null ? -1 : kindRank.GetValueOrDefault(k.Kind, int.MaxValue))
            .ToList();
        foreach (var (severity, kind) in keys)
        {
            var lowerRow = pair.L.FindTargets(severity, kind);
            var higherRow = pair.H.FindTargets(severity, kind);
            foreach (var metric in Metrics)
            {
                var lower = lowerRow?.Get(metric) ?? TargetValue.None;
                var higher = higherRow?.Get(metric) ?? TargetValue.None;
                if (lower.Commitment == Commitment.None) continue;
                var span = context.Sources.Target(pair.Higher.Id, pair.HigherVersion, severity, kind);
                var related = new[] { pair.Below(context.Sources.Target(pair.Lower.Id, pair.LowerVersion, severity, kind)) };
                var dimension = names.Target(pair.HigherName, severity, kind, metric);
                if (Rank(higher.Commitment) < Rank(lower.Commitment))
                {
                    context.Report(DiagnosticCodes.TierTargetWeaker, span, related, dimension, Phrase(higher), pair.LowerName, Describe(lower), pair.Suffix);
                    continue;
                }
                if (lower.Commitment != Commitment.Due || higher.Commitment != Commitment.Due) continue;
                if (Later(lower, higher, clock) is not { } opening) continue;
                var zone = clock.Week.Zone;
                var shown = InstantText.Show(zone, clock.Openings[opening.Index], opening.HigherDue, opening.LowerDue);
                context.Report(DiagnosticCodes.TierTargetLater, span, related, dimension, shown[0], shown[1], pair.LowerName, shown[2], pair.Suffix);
            }
        }
    }

    private readonly record struct Opening(int Index, NodaTime.Instant HigherDue, NodaTime.Instant LowerDue);

    /// <summary>The opening at which the higher tier is due latest after the lower (the earliest such opening on a tie); null when it never is.</summary>
    private static Opening? Later(TargetValue lower, TargetValue higher, ReferenceClock clock)
    {
        // On the same clock a duration no longer than the lower tier's is never due later.
        if (clock.SameClock(lower.Calendar, higher.Calendar) && lower.Duration.IsBusinessDays == higher.Duration.IsBusinessDays
            && (lower.Duration.IsBusinessDays ? higher.Duration.BusinessDays <= lower.Duration.BusinessDays : higher.Duration.Elapsed <= lower.Duration.Elapsed))
            return null;
        var lowerDue = clock.DueTimes(lower.Calendar, lower.Duration);
        var higherDue = clock.DueTimes(higher.Calendar, higher.Duration);
        if (lowerDue is null || higherDue is null) return null;
        Opening? worst = null;
        var largest = NodaTime.Duration.Zero;
        for (var i = 0; i < lowerDue.Length; i++)
        {
            var late = higherDue[i] - lowerDue[i];
            if (late <= largest) continue;
            largest = late;
            worst = new Opening(i, higherDue[i], lowerDue[i]);
        }
        return worst;
    }

    private static int Rank(Commitment commitment) => commitment switch { Commitment.Due => 2, Commitment.None => 0, _ => 1 };

    private static string Phrase(TargetValue value) => value.Commitment == Commitment.None ? "has no target" : "is " + Describe(value);

    private static string Describe(TargetValue value) => value.Describe();
}
