using NodaTime;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>
/// PD0830: a short target on a calendar with closed periods — 30 minutes on hours closed at night — is kept
/// by waiting for the next opening: a ticket opened as the calendar closes is due many times the target
/// later. That is fine when the plan promises it (<c>outside hours: tickets wait</c>, in the plan or the
/// catalog), and reported when nothing says so, with the worst opening of the reference week.
/// </summary>
/// <remarks>
/// Reported when the worst real elapsed time from opening to due, over the reference week's 168 openings,
/// is more than twice the target (the ticket can wait for the window longer than the target itself); the
/// counterexample is the worst of the openings while the calendar is closed, the earliest of equals. Not
/// reported: a target longer than the calendar is ever open in a row (it spans openings by nature), a
/// target in business days (it counts open days by definition), and a calendar open all the time. Only the
/// metrics measured from the opening are judged: response and resolution.
/// </remarks>
internal static class TargetWaits
{
    /// <summary>How many times the target the worst wait may reach before the wait dominates the promise.</summary>
    private const int Factor = 2;

    public static void Check(FeasibilityScope scope)
    {
        var worst = new Dictionary<(string, Duration), Wait?>();
        var sites = scope.CommittedTargets(Metric.Response, Metric.Resolution)
            .Where(s => !s.Value.Duration.IsBusinessDays && s.Value.Duration.Elapsed > Duration.Zero)
            .Where(s => scope.Sources.TicketsWait(s.Plan.Id, s.Version) is null);
        foreach (var line in FeasibilityScope.ByLine(sites))
        {
            var site = line.First();
            var calendarId = site.Value.Calendar!;
            var target = site.Value.Duration.Elapsed;
            if (!worst.TryGetValue((calendarId, target), out var found))
                worst[(calendarId, target)] = found = scope.Calendar(calendarId) is { } calendar ? WorstWait(calendar, target) : null;
            if (found is not { } wait) continue;
            var zone = scope.Calendar(calendarId)!.Zone;
            scope.Context.Report(DiagnosticCodes.TargetWaitUnstated, site.Span,
                Wording.Subject(scope.Catalog, line.Select(s => s.Row.Severity), site.Row.Kind, site.Metric),
                site.Value.Duration, calendarId, Wording.Hours(scope.Calendar(calendarId)!.Model),
                Wording.At(wait.Opened, zone), Wording.At(wait.Starts, zone, wait.Opened), Wording.At(wait.Due, zone, wait.Opened));
        }
    }

    /// <summary>
    /// Of the reference week's openings while the calendar is closed, the one with the longest real wait until
    /// due (the earliest of equals), when that wait is more than <see cref="Factor"/> times the target. All
    /// the openings of one closed stretch start their clock at the same next opening and are due together,
    /// so the first opening of each stretch is its worst: one due instant is computed a stretch.
    /// </summary>
    private static Wait? WorstWait(BusinessCalendar calendar, Duration target)
    {
        if (calendar.IsAlwaysOpen) return null;
        var week = new ReferenceWeek(calendar.Zone);
        var runs = calendar.OpenIntervals(week.Start - Duration.FromDays(7), week.End + Duration.FromDays(14)).ToList();
        if (runs.Count == 0 || target > runs.Max(r => r.Duration)) return null;
        Wait? worst = null;
        var longest = Duration.Zero;
        Instant? stretch = null;
        var next = 0;
        try
        {
            foreach (var opened in week.Openings())
            {
                while (next < runs.Count && runs[next].End <= opened) next++;
                if (next < runs.Count && runs[next].Start <= opened) continue; // open: the clock starts at once
                var starts = next < runs.Count ? runs[next].Start : calendar.NextOpening(opened);
                if (starts == stretch) continue; // a later opening of the same closed stretch waits less
                stretch = starts;
                var due = calendar.Add(starts, target);
                if (due - opened <= longest) continue;
                longest = due - opened;
                worst = new Wait(opened, starts, due);
            }
        }
        catch (Exception e) when (e is CalendarNeverOpensException or BeyondSupportedTimeException)
        {
            return null; // PD0832 or PD0311 says so
        }
        return longest > target * Factor ? worst : null;
    }

    private readonly record struct Wait(Instant Opened, Instant Starts, Instant Due);
}
