using NodaTime;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>
/// PD0311: a long target on a calendar with little open time — <c>100000 days</c> on hours open 45 minutes a
/// week — falls due tens of thousands of years out, after <see cref="SupportedTime.Last"/>: no ticket can meet
/// it, and the runtime cannot answer when it is due. Judged from the first opening of the reference week
/// (every later ticket is due later still); the calendar jumps whole stretches of known open time, so the
/// check costs a few thousand steps, not a walk over millennia.
/// </summary>
internal static class TargetsBeyondSupportedTime
{
    public static void Check(FeasibilityScope scope)
    {
        var beyond = new Dictionary<(string, DurationSpec), bool>();
        var sites = scope.CommittedTargets(Metric.Response, Metric.StatusUpdate, Metric.FollowUp, Metric.Resolution);
        foreach (var line in FeasibilityScope.ByLine(sites))
        {
            var site = line.First();
            var calendarId = site.Value.Calendar!;
            if (scope.Calendar(calendarId) is not { } calendar) continue;
            var week = new ReferenceWeek(calendar.Zone);
            if (!beyond.TryGetValue((calendarId, site.Value.Duration), out var late))
                beyond[(calendarId, site.Value.Duration)] = late = IsBeyond(calendar, week.Start, site.Value.Duration);
            if (!late) continue;
            scope.Context.Report(DiagnosticCodes.TargetBeyondSupportedTime, site.Span,
                Wording.Subject(scope.Catalog, line.Select(s => s.Row.Severity), site.Row.Kind, site.Metric),
                site.Value.Duration, calendarId, Wording.Hours(calendar.Model), SupportedTime.LastText,
                ReferenceWeek.Show(week.OpenTime(calendar).Week), Wording.At(week.Start, calendar.Zone));
        }
    }

    private static bool IsBeyond(BusinessCalendar calendar, Instant opened, DurationSpec duration)
    {
        try
        {
            calendar.Add(opened, duration);
            return false;
        }
        catch (BeyondSupportedTimeException)
        {
            return true;
        }
        catch (CalendarNeverOpensException)
        {
            return false; // PD0832 says so
        }
    }
}
