using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// Works out a calendar's open time over the build horizon with the reference <see cref="BusinessCalendar"/>
/// itself: the merged open intervals of 2015-01-01 to 2040-01-01 UTC and, per local date, the first
/// opening and last closing of that date's own hours. Compiled catalogs answer from this table inside the
/// horizon and ask the reference outside it.
/// </summary>
internal static class CalendarPrecomputer
{
    public static readonly Instant HorizonStart = Instant.FromUtc(2015, 1, 1, 0, 0);
    public static readonly Instant HorizonEnd = Instant.FromUtc(2040, 1, 1, 0, 0);
    private static readonly LocalDate FirstDay = new(2015, 1, 1);
    private static readonly LocalDate LastDay = new(2039, 12, 31);

    /// <summary>The table, or null when the calendar needs none (open all the time) or cannot have one (boundaries not on whole seconds).</summary>
    public static OpenTimeTable? Compute(CalendarModel model)
    {
        var calendar = BusinessCalendar.From(model);
        if (calendar.IsAlwaysOpen) return null;
        var starts = new List<long>();
        var ends = new List<long>();
        foreach (var interval in calendar.OpenIntervals(HorizonStart, HorizonEnd))
        {
            if (!WholeSecond(interval.Start) || !WholeSecond(interval.End)) return null;
            starts.Add(interval.Start.ToUnixTimeSeconds());
            ends.Add(interval.End.ToUnixTimeSeconds());
        }
        var days = Period.DaysBetween(FirstDay, LastDay) + 1;
        var dayFirst = new long[days];
        var dayLast = new long[days];
        for (var i = 0; i < days; i++)
        {
            var own = calendar.IntervalsOn(FirstDay.PlusDays(i));
            if (own.Count == 0)
            {
                dayFirst[i] = dayLast[i] = OpenTimeTable.Closed;
                continue;
            }
            var first = own.Min(x => x.Start);
            var last = own.Max(x => x.End);
            if (!WholeSecond(first) || !WholeSecond(last)) return null;
            dayFirst[i] = first.ToUnixTimeSeconds();
            dayLast[i] = last.ToUnixTimeSeconds();
        }
        return new OpenTimeTable(HorizonStart.ToUnixTimeSeconds(), HorizonEnd.ToUnixTimeSeconds(), starts.ToArray(), ends.ToArray(), FirstDay, dayFirst, dayLast);
    }

    private static bool WholeSecond(Instant t) => t == Instant.FromUnixTimeSeconds(t.ToUnixTimeSeconds());
}
