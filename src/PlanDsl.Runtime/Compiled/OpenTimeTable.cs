using NodaTime;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// A calendar's open time worked out ahead over a horizon, in whole seconds since the Unix epoch: the
/// merged open intervals of [<see cref="From"/>, <see cref="Until"/>), and for each local date from
/// <see cref="FirstDay"/> on the first opening and the last closing of that date's own hours (the
/// business-day rule needs them). <c>plandsl build</c> computes it with the reference
/// <see cref="Calendars.BusinessCalendar"/> and stores it encoded (<see cref="OpenTimeEncoding"/>).
/// </summary>
public sealed class OpenTimeTable
{
    /// <summary>A closed date in <see cref="DayFirst"/> and <see cref="DayLast"/>.</summary>
    public const long Closed = long.MinValue;

    public OpenTimeTable(long from, long until, long[] starts, long[] ends, LocalDate firstDay, long[] dayFirst, long[] dayLast)
    {
        if (starts.Length != ends.Length || dayFirst.Length != dayLast.Length) throw new ArgumentException("table arrays differ in length");
        From = from;
        Until = until;
        Starts = starts;
        Ends = ends;
        FirstDay = firstDay;
        DayFirst = dayFirst;
        DayLast = dayLast;
    }

    public long From { get; }

    public long Until { get; }

    /// <summary>Starts of the open intervals (sorted, disjoint, not touching, clipped to the horizon).</summary>
    public long[] Starts { get; }

    public long[] Ends { get; }

    public LocalDate FirstDay { get; }

    /// <summary>Per local date from <see cref="FirstDay"/>: the first opening of its own hours, or <see cref="Closed"/>.</summary>
    public long[] DayFirst { get; }

    /// <summary>Per local date: the last closing of its own hours, or <see cref="Closed"/>.</summary>
    public long[] DayLast { get; }
}
