using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// A calendar's open time less the intervals during which a ticket waited on the customer.
/// The reference implementation: walks open intervals in chunks, subtracting pauses.
/// </summary>
public sealed class PausableClock
{
    private static readonly Duration Chunk = Duration.FromDays(62);
    private static readonly Duration NeverOpens = Duration.FromDays(BusinessCalendar.SearchDays);

    private readonly BusinessCalendar _calendar;
    private readonly IReadOnlyList<Interval> _pauses;

    private readonly Instant? _stopsAt;
    private readonly IClockTrace? _trace;

    /// <param name="calendar">The calendar whose open time the clock counts.</param>
    /// <param name="pauses">Waiting intervals; one ending at <see cref="Instant.MaxValue"/> is a pause never resumed.</param>
    /// <param name="trace">Told what <see cref="Add(Instant, DurationSpec)"/> counts, for explanations; null (the default) to count silently.</param>
    public PausableClock(BusinessCalendar calendar, IReadOnlyList<Interval> pauses, IClockTrace? trace = null)
    {
        _calendar = calendar;
        _trace = trace;
        _pauses = pauses.OrderBy(p => p.Start).ToList();
        _stopsAt = _pauses.FirstOrDefault(p => p.End == Instant.MaxValue) is { } open && open.End == Instant.MaxValue ? open.Start : null;
    }

    public BusinessCalendar Calendar => _calendar;

    /// <summary>
    /// The instant at which <paramref name="duration"/> of running clock time has passed since
    /// <paramref name="start"/>; null when a pause that is never resumed stops the clock first.
    /// </summary>
    public Instant? Add(Instant start, DurationSpec duration)
    {
        if (!duration.IsBusinessDays) return Add(start, duration.Elapsed);
        // Business days: the calendar's rule, then pushed out by the open time lost to pauses on the way.
        var due = _calendar.AddBusinessDays(start, duration.BusinessDays);
        if (_stopsAt is { } stop && stop < due)
        {
            _trace?.StoppedByPause(stop);
            return null;
        }
        var paused = PausedOpenTime(start, due);
        _trace?.BusinessDaysCounted(start, duration.BusinessDays, due, paused);
        return paused == Duration.Zero ? due : Add(due, paused);
    }

    /// <remarks>
    /// There is no fixed horizon: the count goes on as long as it takes (a target of N hours on a calendar
    /// open a fraction f of the time ends within about N / f of wall time), and gives up only when the
    /// calendar has had no open time for <see cref="BusinessCalendar.SearchDays"/> days
    /// (<see cref="CalendarNeverOpensException"/>) or the due instant would be after
    /// <see cref="SupportedTime.Last"/> (<see cref="BeyondSupportedTimeException"/>).
    /// </remarks>
    public Instant? Add(Instant start, Duration duration)
    {
        var remaining = duration;
        var from = start;
        var lastOpen = start; // the end of the latest open time seen, paused or not
        while (true)
        {
            if (from >= SupportedTime.Last)
                throw new BeyondSupportedTimeException($"the end of {duration.TotalHours:0.##} h of open time on calendar '{_calendar.Id}' counted from {start}");
            var to = SupportedTime.Plus(from, Chunk) ?? SupportedTime.Last;
            var counted = false;
            foreach (var open in Running(from, to))
            {
                counted = true;
                lastOpen = open.End;
                var length = open.Duration;
                if (remaining <= length)
                {
                    var end = open.Start + remaining;
                    _trace?.Counted(open.Start, end);
                    return end;
                }
                _trace?.Counted(open.Start, open.End);
                remaining -= length;
            }
            if (_stopsAt is { } stop && to >= stop)
            {
                _trace?.StoppedByPause(stop);
                return null;
            }
            if (!counted)
            {
                // Open time the pauses took still counts as open: only a calendar that stays closed gives up.
                if (_calendar.OpenIntervals(from, to).Select(i => (Interval?)i).LastOrDefault() is { } paused) lastOpen = paused.End;
                else if (to - lastOpen > NeverOpens)
                    throw new CalendarNeverOpensException(_calendar.Id, FirstClosedDay(lastOpen), BusinessCalendar.SearchDays);
            }
            from = to;
        }
    }

    /// <summary>The first whole local day after the last open time seen (which ends at <paramref name="lastOpen"/>).</summary>
    private LocalDate FirstClosedDay(Instant lastOpen)
    {
        var local = lastOpen.InZone(_calendar.Zone).LocalDateTime;
        return local.TimeOfDay == LocalTime.Midnight ? local.Date : local.Date.PlusDays(1);
    }

    /// <summary>Running clock time in [a, b).</summary>
    public Duration TimeBetween(Instant a, Instant b) =>
        b <= a ? Duration.Zero : Running(a, b).Aggregate(Duration.Zero, (sum, i) => sum + i.Duration);

    private Duration PausedOpenTime(Instant a, Instant b) =>
        b <= a ? Duration.Zero : _calendar.OpenTimeBetween(a, b) - TimeBetween(a, b);

    /// <summary>Open intervals of [from, to) with the pauses cut out.</summary>
    private IEnumerable<Interval> Running(Instant from, Instant to)
    {
        foreach (var open in _calendar.OpenIntervals(from, to))
        {
            var start = open.Start;
            foreach (var pause in _pauses)
            {
                if (pause.End <= start || pause.Start >= open.End) continue;
                if (pause.Start > start) yield return new Interval(start, pause.Start);
                start = pause.End > start ? pause.End : start;
                if (start >= open.End) break;
            }
            if (start < open.End) yield return new Interval(start, open.End);
        }
    }
}
