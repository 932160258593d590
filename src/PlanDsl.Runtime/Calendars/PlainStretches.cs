using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Calendars;

/// <summary>
/// Runs of whole local dates on which a calendar's open time is known without generating it day by day:
/// dates inside one of its zone's offset intervals (two days clear of each transition, so no local time
/// is skipped or repeated) and inside one year, where each date is open exactly its weekday's spans
/// (their union) unless a holiday closes it. <see cref="BusinessCalendar"/> jumps over such stretches
/// when a long target ends beyond them, and walks the rest; the answers are the same as walking all of it.
/// </summary>
/// <remarks>
/// Jumping is only done when no run of closed days can last longer than <see cref="BusinessCalendar.SearchDays"/>
/// (some weekday has open time, and the holiday rules cannot close 500 open days in ten years): then a
/// walk never gives up, jumps or not, and a jump cannot hide a <see cref="CalendarNeverOpensException"/>.
/// </remarks>
internal sealed class PlainStretches
{
    /// <summary>Transitions of a zone are kept this far from any date of a stretch.</summary>
    private static readonly Duration Margin = Duration.FromDays(2);

    /// <summary>Closed open days a ten-year window may hold, at most, for jumping to be safe (a run of more than 521 would be ten years).</summary>
    private const int ClosedDaysBudget = 500;

    private readonly DateTimeZone _zone;
    private readonly Duration[] _dayOpen = new Duration[8]; // by (int)IsoDayOfWeek
    private readonly Func<int, HashSet<LocalDate>> _holidaysIn;
    private readonly bool _hasHolidays;

    public PlainStretches(DateTimeZone zone, WeeklySpan[][] spansByDay, CalendarModel model, Func<int, HashSet<LocalDate>> holidaysIn)
    {
        _zone = zone;
        _holidaysIn = holidaysIn;
        _hasHolidays = !model.Holidays.IsDefaultOrEmpty;
        for (var day = 1; day <= 7; day++) _dayOpen[day] = UnionLength(spansByDay[day]);
        for (var day = 1; day <= 7; day++) WeekOpen += _dayOpen[day];
        // Each recurring rule closes at most one date per rule year (13 in a window of ten years and a bit),
        // a one-off rule one date ever; DST gaps may empty a few days a year more.
        var closable = model.Holidays.IsDefaultOrEmpty ? 0
            : model.Holidays.Sum(rule => rule.Kind == HolidayRuleKind.Fixed ? 1 : 13);
        Enabled = WeekOpen > Duration.Zero && closable + 60 <= ClosedDaysBudget;
    }

    /// <summary>True when jumping keeps every answer (see the remarks).</summary>
    public bool Enabled { get; }

    /// <summary>The open time of a week without holidays or transitions.</summary>
    public Duration WeekOpen { get; }

    /// <summary>
    /// The stretch of dates from <paramref name="first"/> on (or from one of the next few dates, when
    /// <paramref name="exactly"/> is false and a transition is near); false when there is none.
    /// </summary>
    public bool TryGet(LocalDate first, bool exactly, out Stretch stretch)
    {
        stretch = default;
        if (!Enabled) return false;
        for (var attempt = 0; attempt < (exactly ? 1 : 8); attempt++, first = first.PlusDays(1))
        {
            if (first >= SupportedTime.LastDate.PlusDays(-3)) return false;
            var start = first.AtMidnight().InZoneLeniently(_zone).ToInstant();
            var interval = _zone.GetZoneInterval(start);
            if (interval.HasStart && start - interval.Start < Margin) continue;
            var last = SupportedTime.LastDate.PlusDays(-3);
            var end = first.Year < last.Year ? new LocalDate(first.Year + 1, 1, 1) : last;
            if (interval.HasEnd)
            {
                var clear = (interval.End - Margin).WithOffset(interval.WallOffset).Date;
                if (clear < end) end = clear;
            }
            if (end <= first) continue;
            stretch = Measure(first, end, start, end.AtMidnight().InZoneLeniently(_zone).ToInstant());
            return true;
        }
        return false;
    }

    private Stretch Measure(LocalDate first, LocalDate end, Instant start, Instant endInstant)
    {
        var days = Period.Between(first, end, PeriodUnits.Days).Days;
        var open = Duration.Zero;
        var openDays = 0;
        for (var offset = 0; offset < 7; offset++)
        {
            var weekday = (int)first.PlusDays(offset).DayOfWeek;
            var count = days / 7 + (offset < days % 7 ? 1 : 0);
            open += _dayOpen[weekday] * count;
            if (_dayOpen[weekday] > Duration.Zero) openDays += count;
        }
        if (_hasHolidays)
            foreach (var holiday in _holidaysIn(first.Year))
            {
                if (holiday < first || holiday >= end) continue;
                var closed = _dayOpen[(int)holiday.DayOfWeek];
                if (closed == Duration.Zero) continue;
                open -= closed;
                openDays--;
            }
        return new Stretch(first, end, start, endInstant, open, openDays);
    }

    /// <summary>The length of the union of a day's spans, in local time.</summary>
    private static Duration UnionLength(WeeklySpan[] sortedSpans)
    {
        var total = 0L;
        var reached = 0L;
        foreach (var span in sortedSpans)
        {
            var from = Math.Max(span.Start.NanosecondOfDay, reached);
            var to = span.EndsAtMidnight ? NodaConstants.NanosecondsPerDay : span.End.NanosecondOfDay;
            if (to > from) total += to - from;
            reached = Math.Max(reached, to);
        }
        return Duration.FromNanoseconds(total);
    }
}

/// <summary>The dates [First, End) of a plain stretch, its instants, its open time and its number of open days.</summary>
internal readonly record struct Stretch(LocalDate First, LocalDate End, Instant Start, Instant EndInstant, Duration Open, int OpenDays);
