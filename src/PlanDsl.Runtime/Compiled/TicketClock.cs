using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// <see cref="Tickets.PausableClock"/> on a <see cref="PrecomputedCalendar"/>: a calendar's open time less the
/// ticket's pauses, with the reference clock's results to the instant, including its limits (no fixed
/// horizon: it gives up when the calendar has no open time for ten years or the answer is after
/// <see cref="SupportedTime.Last"/>; a pause never resumed stops the clock). Pauses are sorted and
/// disjoint, as <see cref="Tickets.TicketEvaluator"/> makes them. Without pauses every answer is one
/// lookup on the calendar.
/// </summary>
internal readonly struct TicketClock
{
    private readonly PrecomputedCalendar _calendar;
    private readonly Interval[] _pauses;
    private readonly int _count;
    private readonly Instant? _stopsAt;

    public TicketClock(PrecomputedCalendar calendar, Interval[] pauses, int count)
    {
        _calendar = calendar;
        _pauses = pauses;
        _count = count;
        _stopsAt = count > 0 && pauses[count - 1].End == Instant.MaxValue ? pauses[count - 1].Start : null;
    }

    public Instant? Add(Instant start, DurationSpec duration)
    {
        if (!duration.IsBusinessDays) return Add(start, duration.Elapsed);
        var due = _calendar.AddBusinessDays(start, duration.BusinessDays);
        if (_stopsAt is { } stop && stop < due) return null;
        if (_count == 0) return due;
        var paused = due <= start ? Duration.Zero : _calendar.OpenTimeBetween(start, due) - TimeBetween(start, due);
        return paused == Duration.Zero ? due : Add(due, paused);
    }

    public Instant? Add(Instant start, Duration duration)
    {
        var remaining = duration;
        var from = start;
        for (var k = 0; k < _count; k++)
        {
            var pause = _pauses[k];
            if (pause.End <= from) continue;
            if (pause.Start > from)
            {
                var open = _calendar.OpenTimeBetween(from, pause.Start);
                if (remaining == Duration.Zero ? open > Duration.Zero : remaining <= open)
                    return remaining == Duration.Zero ? _calendar.NextOpening(from) : _calendar.Add(from, remaining);
                remaining -= open;
            }
            if (pause.End == Instant.MaxValue) return null;
            from = pause.End;
        }
        return remaining == Duration.Zero ? _calendar.NextOpening(from) : _calendar.Add(from, remaining);
    }

    /// <summary>Running clock time in [a, b).</summary>
    public Duration TimeBetween(Instant a, Instant b)
    {
        if (b <= a) return Duration.Zero;
        var time = _calendar.OpenTimeBetween(a, b);
        for (var k = 0; k < _count; k++)
        {
            var pause = _pauses[k];
            if (pause.End <= a) continue;
            if (pause.Start >= b) break;
            time -= _calendar.OpenTimeBetween(pause.Start > a ? pause.Start : a, pause.End < b ? pause.End : b);
        }
        return time;
    }
}
