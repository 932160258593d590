using NodaTime;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// (b) Hours and channels: the higher tier's support hours are open at least as long in the reference
/// week (ties told apart over 2026, which counts holidays); it offers every channel the lower tier
/// offers, as firmly (committed &gt; best effort &gt; not offered), and open at least as long.
/// </summary>
internal static class HoursDominance
{
    public static void Check(AnalysisContext context, TierPair pair, ReferenceClock clock, TierNames names)
    {
        CheckHours(context, pair, clock);
        foreach (var channel in context.Catalog.Channels.Select(c => c.Id))
            CheckChannel(context, pair, clock, channel, names.Channel(channel));
    }

    private static void CheckHours(AnalysisContext context, TierPair pair, ReferenceClock clock)
    {
        if (pair.L.Hours is not { } lower || pair.H.Hours is not { } higher) return;
        if (Shorter(clock, lower, higher) is not { } shorter) return;
        var span = context.Sources.PlanProperty(pair.Higher.Id, pair.HigherVersion, "hours");
        var related = new[] { pair.Below(context.Sources.PlanProperty(pair.Lower.Id, pair.LowerVersion, "hours")) };
        context.Report(DiagnosticCodes.TierHoursShorter, span, related,
            pair.HigherName, higher, shorter.Higher, pair.LowerName, lower, shorter.Lower, shorter.Closed, pair.Suffix);
    }

    private static void CheckChannel(AnalysisContext context, TierPair pair, ReferenceClock clock, string channel, string title)
    {
        var lower = pair.L.Channels.FirstOrDefault(c => c.Channel == channel);
        var higher = pair.H.Channels.FirstOrDefault(c => c.Channel == channel);
        if (Rank(lower) == 0) return;
        var span = context.Sources.Channel(pair.Higher.Id, pair.HigherVersion, channel);
        var related = new[] { pair.Below(context.Sources.Channel(pair.Lower.Id, pair.LowerVersion, channel)) };
        if (Rank(higher) < Rank(lower))
        {
            context.Report(DiagnosticCodes.TierChannelWeaker, span, related, pair.HigherName, title, Describe(higher), pair.LowerName, Describe(lower), pair.Suffix);
            return;
        }
        if (lower!.Calendar is not { } lowerCalendar || higher!.Calendar is not { } higherCalendar) return;
        if (Shorter(clock, lowerCalendar, higherCalendar) is not { } shorter) return;
        context.Report(DiagnosticCodes.TierChannelShorter, span, related,
            pair.HigherName, title, shorter.Higher, higherCalendar, pair.LowerName, shorter.Lower, lowerCalendar, shorter.Closed, pair.Suffix);
    }

    private sealed record Shortfall(string Higher, string Lower, string Closed);

    /// <summary>How the higher calendar falls short of the lower one, with an instant it is closed and the lower open; null when it does not.</summary>
    private static Shortfall? Shorter(ReferenceClock clock, string lower, string higher)
    {
        if (lower == higher || clock.SameClock(lower, higher)) return null;
        if (clock.OpenTime(lower) is not { } l || clock.OpenTime(higher) is not { } h) return null;
        bool overYear;
        string higherText, lowerText;
        if (h.Week < l.Week)
        {
            overYear = false;
            higherText = ReferenceWeek.Show(h.Week) + " a week";
            lowerText = ReferenceWeek.Show(l.Week);
        }
        else if (h.Week == l.Week && h.Year < l.Year)
        {
            overYear = true;
            higherText = ReferenceWeek.Hours(h.Year) + " in 2026";
            lowerText = ReferenceWeek.Hours(l.Year);
        }
        else return null;
        if (clock.FirstClosed(lower, higher, overYear) is not { } closed) return null;
        var zone = clock.Week.Zone;
        return new Shortfall(higherText, lowerText, overYear ? InstantText.ShowWithYear(zone, closed) : InstantText.Show(zone, closed)[0]);
    }

    private static int Rank(ChannelAccess? access) => access is not { Available: true } ? 0 : access.BestEffort ? 1 : 2;

    private static string Describe(ChannelAccess? access) => access switch
    {
        not { Available: true } => "not offered",
        { BestEffort: true, Calendar: null } => "best effort",
        { BestEffort: true } => "best effort on " + access.Calendar,
        { Calendar: null } => "offered",
        _ => "open on " + access.Calendar,
    };
}
