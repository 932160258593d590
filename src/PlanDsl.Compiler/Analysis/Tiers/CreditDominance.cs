using System.Globalization;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// (d) Credits: at every uptime the higher tier credits at least the lower tier's percentage. The
/// credit is a step function of uptime, so it is enough to look at every threshold of either ladder
/// and just below each (by the smallest step the thresholds are written in, at least 0.01 %). A plan
/// without a ladder credits 0 %. Also the uptime target: the higher tier's is at least the lower's.
/// </summary>
internal static class CreditDominance
{
    public static void Check(AnalysisContext context, TierPair pair)
    {
        CheckCredits(context, pair);
        CheckUptime(context, pair);
    }

    private static void CheckCredits(AnalysisContext context, TierPair pair)
    {
        if (pair.L.Credits is not { Steps.IsDefaultOrEmpty: false } lower) return;
        var higher = pair.H.Credits;
        var higherSteps = higher is { Steps.IsDefault: false } ? higher.Steps : System.Collections.Immutable.ImmutableArray<CreditStep>.Empty;
        var thresholds = lower.Steps.Concat(higherSteps).Select(s => s.BelowPercent).ToList();
        var scale = thresholds.Max(t => Scale(t.Normalize()));
        var below = scale <= 2 ? 0.01m : (decimal)Math.Pow(10, -scale);
        var points = thresholds.SelectMany(t => new[] { t, t - below }).Where(u => u >= 0).Distinct().OrderDescending();
        decimal? worstAt = null;
        decimal worstGap = 0, worstLower = 0, worstHigher = 0;
        foreach (var uptime in points)
        {
            var x = lower.CreditFor(uptime);
            var y = higher?.CreditFor(uptime) ?? 0m;
            if (x - y <= worstGap) continue;
            (worstAt, worstGap, worstLower, worstHigher) = (uptime, x - y, x, y);
        }
        if (worstAt is not { } at) return;
        var span = context.Sources.Credits(pair.Higher.Id, pair.HigherVersion);
        var related = new[] { pair.Below(context.Sources.Credits(pair.Lower.Id, pair.LowerVersion)) };
        context.Report(DiagnosticCodes.TierCreditLess, span, related, Num(at), pair.HigherName, Num(worstHigher), pair.LowerName, Num(worstLower), pair.Suffix);
    }

    private static void CheckUptime(AnalysisContext context, TierPair pair)
    {
        if (pair.L.UptimeTarget is not { } lower) return;
        if (pair.H.UptimeTarget is { } higher && higher >= lower) return;
        var span = context.Sources.PlanProperty(pair.Higher.Id, pair.HigherVersion, "uptime target");
        var related = new[] { pair.Below(context.Sources.PlanProperty(pair.Lower.Id, pair.LowerVersion, "uptime target")) };
        context.Report(DiagnosticCodes.TierUptimeLower, span, related,
            pair.HigherName, pair.H.UptimeTarget is { } h ? Num(h) + " %" : "not stated", pair.LowerName, Num(lower) + " %", pair.Suffix);
    }

    private static int Scale(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;

    private static string Num(decimal d) => d.Normalize().ToString(CultureInfo.InvariantCulture);

    private static decimal Normalize(this decimal d) => d / 1.000000000000000000000000000000000m;
}
