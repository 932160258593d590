using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Calendars;

/// <summary>
/// A calendar's open time on the real timeline: exact, on NodaTime, in the calendar's own zone.
/// Intervals are half-open [start, end). See docs/semantics.md for the rules (DST, holidays, 24:00).
/// </summary>
public sealed class BusinessCalendar
{
    private BusinessCalendar(CalendarModel model) => Model = model;

    public static BusinessCalendar From(CalendarModel model) => new(model);

    public CalendarModel Model { get; }

    public string Id => Model.Id;

    public bool IsOpen(Instant instant) => throw new NotImplementedException();

    /// <summary>The earliest instant at or after <paramref name="instant"/> at which the calendar is open.</summary>
    public Instant NextOpening(Instant instant) => throw new NotImplementedException();

    /// <summary>The next instant after <paramref name="instant"/> at which open/closed changes; null if never (24/7).</summary>
    public Instant? NextChange(Instant instant) => throw new NotImplementedException();

    /// <summary>The instant at which <paramref name="openTime"/> of open time has passed since <paramref name="start"/>.</summary>
    public Instant Add(Instant start, Duration openTime) => throw new NotImplementedException();

    /// <summary>The same local time on the n-th following open day (see docs/semantics.md).</summary>
    public Instant AddBusinessDays(Instant start, int days) => throw new NotImplementedException();

    public Instant Add(Instant start, DurationSpec duration) =>
        duration.IsBusinessDays ? AddBusinessDays(start, duration.BusinessDays) : Add(start, duration.Elapsed);

    /// <summary>Open time in [a, b); zero when b is not after a.</summary>
    public Duration OpenTimeBetween(Instant a, Instant b) => throw new NotImplementedException();

    /// <summary>The open intervals that intersect [from, to), clipped to it, in order, adjacent ones merged.</summary>
    public IEnumerable<Interval> OpenIntervals(Instant from, Instant to) => throw new NotImplementedException();
}
