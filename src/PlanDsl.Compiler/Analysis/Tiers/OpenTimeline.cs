using NodaTime;
using PlanDsl.Runtime.Calendars;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// A calendar's open intervals from the start of the reference week over a horizon, with the open time
/// before each, so that adding open time to an opening is a binary search rather than a walk from day
/// to day. Gives the same instant as <see cref="BusinessCalendar.Add(Instant, Duration)"/>; past the
/// horizon it defers to it.
/// </summary>
internal sealed class OpenTimeline
{
    /// <summary>Eight weeks: enough for every target of a few hundred open hours on usual calendars.</summary>
    public const int HorizonDays = 56;

    private readonly BusinessCalendar _calendar;
    private readonly Interval[] _intervals;
    private readonly Duration[] _before; // open time in [from, start of interval i)

    public OpenTimeline(BusinessCalendar calendar, Instant from, Instant to)
    {
        _calendar = calendar;
        _intervals = calendar.OpenIntervals(from, to).ToArray();
        _before = new Duration[_intervals.Length];
        var total = Duration.Zero;
        for (var i = 0; i < _intervals.Length; i++)
        {
            _before[i] = total;
            total += _intervals[i].Duration;
        }
    }

    /// <summary>The instant at which <paramref name="openTime"/> (more than zero) of open time has passed since <paramref name="start"/>.</summary>
    public Instant Add(Instant start, Duration openTime)
    {
        var i = FirstEndingAfter(start);
        if (i < 0) return _calendar.Add(start, openTime);
        // Open time counted from the start of interval i up to the start instant (zero if it starts later).
        var offset = start > _intervals[i].Start ? start - _intervals[i].Start : Duration.Zero;
        var target = _before[i] + offset + openTime;
        var j = LastStartingAtOrBefore(target, i);
        if (j < 0) return _calendar.Add(start, openTime);
        return _intervals[j].Start + (target - _before[j]);
    }

    /// <summary>The first interval whose end is after the instant; -1 when none within the horizon.</summary>
    private int FirstEndingAfter(Instant instant)
    {
        int lo = 0, hi = _intervals.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_intervals[mid].End > instant) hi = mid; else lo = mid + 1;
        }
        return lo < _intervals.Length ? lo : -1;
    }

    /// <summary>The interval (from <paramref name="from"/> on) in which the cumulative open time reaches <paramref name="target"/>; -1 past the horizon.</summary>
    private int LastStartingAtOrBefore(Duration target, int from)
    {
        // The interval j with _before[j] < target <= _before[j] + length(j).
        int lo = from, hi = _intervals.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_before[mid] + _intervals[mid].Duration >= target) hi = mid; else lo = mid + 1;
        }
        return lo < _intervals.Length ? lo : -1;
    }
}
