using System.Collections.Concurrent;
using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Calendars;

/// <summary>
/// A calendar's open time on the real timeline: exact, on NodaTime, in the calendar's own zone.
/// Intervals are half-open [start, end). See docs/semantics.md for the rules (DST, holidays, 24:00).
/// </summary>
/// <remarks>
/// Open time is generated day by day: each local date gives the intervals of its weekly spans
/// (none on a holiday), local times mapped to instants with NodaTime's lenient resolver. A search
/// ahead gives up after <see cref="SearchDays"/> days without any open time
/// (<see cref="CalendarNeverOpensException"/>). Nothing is computed after <see cref="SupportedTime.Last"/>:
/// an answer that would fall later is a <see cref="BeyondSupportedTimeException"/>. Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed class BusinessCalendar
{
    /// <summary>How far (in days, about ten years) a search for open time goes before giving up.</summary>
    public const int SearchDays = 3653;

    private readonly DateTimeZone _zone;
    private readonly WeeklySpan[][] _spansByDay; // indexed by (int)IsoDayOfWeek, 1..7
    private readonly ConcurrentDictionary<int, HashSet<LocalDate>> _holidaysByYear = new();
    private readonly bool _wholeTimeline;
    private readonly PlainStretches _stretches;

    private BusinessCalendar(CalendarModel model)
    {
        Model = model;
        _zone = model.TimeZone.Resolve();
        var hasHolidays = !model.Holidays.IsDefaultOrEmpty;
        // A 24/7 calendar that lists holidays is closed on them: it is every day 00:00-24:00, less holidays.
        var hours = model.AlwaysOpen
            ? Enumerable.Range(1, 7).Select(d => WeeklySpan.Create((IsoDayOfWeek)d, LocalTime.Midnight, null)).ToArray()
            : model.Hours.IsDefault ? Array.Empty<WeeklySpan>() : model.Hours.ToArray();
        _spansByDay = new WeeklySpan[8][];
        for (var day = 0; day < 8; day++)
            _spansByDay[day] = hours.Where(s => (int)s.Day == day).OrderBy(s => s.Start).ToArray();
        // Open all the time: 24/7, or hours that cover every day from 00:00 to 24:00, and no holidays.
        _wholeTimeline = !hasHolidays && Enumerable.Range(1, 7).All(d => CoversWholeDay(_spansByDay[d]));
        _stretches = new PlainStretches(_zone, _spansByDay, model, HolidaysIn);
    }

    private static bool CoversWholeDay(WeeklySpan[] sortedSpans)
    {
        var reached = 0L; // nanoseconds of the day covered from 00:00 on
        const long day = NodaConstants.NanosecondsPerDay;
        foreach (var span in sortedSpans)
        {
            if (span.Start.NanosecondOfDay > reached) return false;
            reached = Math.Max(reached, span.EndsAtMidnight ? day : span.End.NanosecondOfDay);
        }
        return reached == day;
    }

    // One instance a model: the instances are immutable, and share what they learn (OpenTimeToEnd) between analyses.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CalendarModel, BusinessCalendar> Instances = new();

    public static BusinessCalendar From(CalendarModel model) =>
        Instances.GetValue(model ?? throw new ArgumentNullException(nameof(model)), m => new BusinessCalendar(m));

    public CalendarModel Model { get; }

    public string Id => Model.Id;

    /// <summary>The calendar's time zone.</summary>
    public DateTimeZone Zone => _zone;

    /// <summary>True when the calendar is open all the time (24/7, or every day 00:00-24:00, with no holidays).</summary>
    public bool IsAlwaysOpen => _wholeTimeline;

    public bool IsOpen(Instant instant)
    {
        if (_wholeTimeline) return true;
        if (instant >= SupportedTime.Last) throw new BeyondSupportedTimeException($"whether calendar '{Id}' is open at {instant}");
        return Pieces(instant, instant + Duration.Epsilon, throwIfNeverOpens: false).Any();
    }

    /// <summary>The earliest instant at or after <paramref name="instant"/> at which the calendar is open.</summary>
    /// <exception cref="CalendarNeverOpensException">No open time within about ten years.</exception>
    public Instant NextOpening(Instant instant)
    {
        if (_wholeTimeline) return instant;
        foreach (var piece in Pieces(instant, null, throwIfNeverOpens: true)) return piece.Start;
        throw NeverOpens(instant.InZone(_zone).Date);
    }

    /// <summary>The next instant after <paramref name="instant"/> at which open/closed changes; null if never (24/7).</summary>
    /// <remarks>"Never" means: not within <see cref="SearchDays"/> days (open all along, or closed all along).</remarks>
    public Instant? NextChange(Instant instant)
    {
        if (_wholeTimeline) return null;
        var limit = SupportedTime.Plus(instant, Duration.FromDays(SearchDays)) ?? SupportedTime.Last;
        if (instant >= limit) return null;
        Instant? runEnd = null;
        foreach (var piece in Pieces(instant, limit, throwIfNeverOpens: false))
        {
            if (runEnd is null)
            {
                if (piece.Start > instant) return piece.Start; // closed now: the next opening
                runEnd = piece.End;
            }
            else if (piece.Start == runEnd) runEnd = piece.End;
            else break;
        }
        return runEnd == limit ? null : runEnd;
    }

    /// <summary>The instant at which <paramref name="openTime"/> of open time has passed since <paramref name="start"/>.</summary>
    /// <remarks>
    /// Counting starts at <see cref="NextOpening"/>(start), so a zero duration gives the next opening. A result
    /// that falls exactly at the end of an open interval is that end (not the next opening).
    /// </remarks>
    /// <exception cref="CalendarNeverOpensException">The calendar runs out of open time (ten years without any).</exception>
    public Instant Add(Instant start, Duration openTime)
    {
        if (openTime < Duration.Zero) throw new ArgumentOutOfRangeException(nameof(openTime), openTime, "open time to add must not be negative");
        if (_wholeTimeline) return SupportedTime.Plus(start, openTime) ?? throw new BeyondSupportedTimeException($"the end of {openTime.TotalHours:0.##} h of open time on calendar '{Id}' counted from {start}");
        var remaining = openTime;
        var from = start;
        // More than all the open time left before the end of supported time, once that is known: say so at once.
        var year = start.InZone(_zone).Date.Year + 1;
        var known = year < SupportedTime.LastDate.Year - 1 && _openTimeToEnd.TryGetValue(year, out var toEnd) ? toEnd : (Duration?)null;
        if (remaining > _stretches.WeekOpen * 2 && known is { } end
            && remaining > OpenTimeBetween(start, Resolve(new LocalDate(year, 1, 1).AtMidnight())) + end)
            throw new BeyondSupportedTimeException($"the open time asked for on calendar '{Id}' from {start}");
        // A long wait jumps over whole stretches of known open time (PlainStretches), then walks the rest.
        if (remaining > _stretches.WeekOpen * 2)
        {
            var first = start.InZone(_zone).Date.PlusDays(2);
            while (_stretches.TryGet(first, exactly: false, out var stretch))
            {
                var passed = OpenTimeBetween(from, stretch.Start) + stretch.Open;
                if (passed >= remaining) break;
                remaining -= passed;
                from = stretch.EndInstant;
                first = stretch.End;
            }
            // Jumped to the end of time: learn the open time left from next year on, for the next question this long.
            if (known is null && first >= SupportedTime.LastDate.PlusDays(-12) && year < SupportedTime.LastDate.Year - 1) OpenTimeToEnd(year);
        }
        foreach (var piece in Pieces(from, null, throwIfNeverOpens: true, asked: start))
        {
            var length = piece.Duration;
            if (remaining <= length) return piece.Start + remaining;
            remaining -= length;
        }
        throw NeverOpens(start.InZone(_zone).Date);
    }

    private readonly ConcurrentDictionary<int, Duration> _openTimeToEnd = new();

    /// <summary>The open time from local midnight of 1 January <paramref name="year"/> to <see cref="SupportedTime.Last"/>, stretch by stretch, once a year asked.</summary>
    private Duration OpenTimeToEnd(int year) => _openTimeToEnd.GetOrAdd(year, y =>
    {
        var from = Resolve(new LocalDate(y, 1, 1).AtMidnight());
        var total = Duration.Zero;
        var first = new LocalDate(y, 1, 1);
        while (_stretches.TryGet(first, exactly: false, out var stretch))
        {
            total += OpenTimeBetween(from, stretch.Start) + stretch.Open;
            from = stretch.EndInstant;
            first = stretch.End;
        }
        return total + OpenTimeBetween(from, SupportedTime.Last);
    });

    /// <summary>The same local time on the n-th following open day (see docs/semantics.md).</summary>
    /// <remarks>
    /// Let s = <see cref="NextOpening"/>(start). The result is s's local time of day on the n-th open day
    /// (a local date with any open time) after s's local date; if the calendar has closed for the day by then,
    /// that day's last closing; if it has not opened yet (or is in a break), the next opening that day.
    /// Zero days gives s.
    /// </remarks>
    public Instant AddBusinessDays(Instant start, int days)
    {
        if (days < 0) throw new ArgumentOutOfRangeException(nameof(days), days, "business days to add must not be negative");
        var s = NextOpening(start);
        if (days == 0) return s;
        var local = s.InZone(_zone).LocalDateTime;
        return OnOpenDay(OpenDayAfter(local.Date, days, start), local.TimeOfDay);
    }

    /// <summary>The <paramref name="days"/>-th open day after <paramref name="date"/> (<paramref name="start"/> names the question in errors).</summary>
    private LocalDate OpenDayAfter(LocalDate date, int days, Instant start)
    {
        for (int found = 0, empty = 0; found < days;)
        {
            // Many days ahead: count the open days of a whole stretch at once (PlainStretches).
            if (days - found > 31 && _stretches.TryGet(date.PlusDays(1), exactly: true, out var stretch) && found + stretch.OpenDays < days)
            {
                found += stretch.OpenDays;
                date = stretch.End.PlusDays(-1);
                empty = 0;
                continue;
            }
            if (date >= SupportedTime.LastDate) throw new BeyondSupportedTimeException($"the end of {days} business days on calendar '{Id}' from {start}");
            date = date.PlusDays(1);
            if (IntervalsOn(date).Count > 0) { found++; empty = 0; }
            else if (++empty > SearchDays) throw NeverOpens(date.PlusDays(-empty));
        }
        return date;
    }

    /// <summary>The time of day on an open day: its last closing if the day is over by then, its first opening if not begun, else the next opening.</summary>
    private Instant OnOpenDay(LocalDate date, LocalTime timeOfDay)
    {
        var intervals = IntervalsOn(date);
        var first = intervals.Min(i => i.Start);
        var last = intervals.Max(i => i.End);
        var candidate = Resolve(date + timeOfDay);
        if (candidate >= last) return last;
        if (candidate <= first) return first;
        return NextOpening(candidate);
    }

    /// <summary>
    /// <see cref="Add(Instant, DurationSpec)"/> for each of <paramref name="starts"/>, with the same answers, in
    /// the same order, but computed together: a long wait is found once for the earliest start and each other
    /// start differs from it by the open time between them (a few days of walking); business days are counted
    /// once per starting date. For the many openings of a week that an analysis asks about.
    /// </summary>
    public Instant[] AddToEach(IReadOnlyList<Instant> starts, DurationSpec duration)
    {
        ArgumentNullException.ThrowIfNull(starts);
        var due = new Instant[starts.Count];
        if (starts.Count == 0) return due;
        if (duration.IsBusinessDays)
        {
            if (duration.BusinessDays <= 0) for (var i = 0; i < due.Length; i++) due[i] = Add(starts[i], duration);
            else
            {
                var days = new Dictionary<LocalDate, LocalDate>();
                for (var i = 0; i < due.Length; i++)
                {
                    var local = NextOpening(starts[i]).InZone(_zone).LocalDateTime;
                    if (!days.TryGetValue(local.Date, out var date)) days[local.Date] = date = OpenDayAfter(local.Date, duration.BusinessDays, starts[i]);
                    due[i] = OnOpenDay(date, local.TimeOfDay);
                }
            }
            return due;
        }
        var openTime = duration.Elapsed;
        if (_wholeTimeline || openTime <= Duration.Zero)
        {
            for (var i = 0; i < due.Length; i++) due[i] = Add(starts[i], openTime);
            return due;
        }
        // For t after t0 and open time m between them, the wait from t ends where t0's wait of D + m does:
        // at X = Add(t0, D) when m is zero, else at Add(X, m) (open time is additive).
        var t0 = starts.Min();
        var x = Add(t0, openTime);
        for (var i = 0; i < due.Length; i++)
        {
            var m = OpenTimeBetween(t0, starts[i]);
            due[i] = m == Duration.Zero ? x : Add(x, m);
        }
        return due;
    }

    public Instant Add(Instant start, DurationSpec duration) =>
        duration.IsBusinessDays ? AddBusinessDays(start, duration.BusinessDays) : Add(start, duration.Elapsed);

    /// <summary>Open time in [a, b); zero when b is not after a.</summary>
    public Duration OpenTimeBetween(Instant a, Instant b)
    {
        if (b <= a) return Duration.Zero;
        if (_wholeTimeline) return b - a;
        var total = Duration.Zero;
        foreach (var piece in Pieces(a, b, throwIfNeverOpens: false)) total += piece.Duration;
        return total;
    }

    /// <summary>The open intervals that intersect [from, to), clipped to it, in order, adjacent ones merged.</summary>
    public IEnumerable<Interval> OpenIntervals(Instant from, Instant to)
    {
        if (to <= from) yield break;
        if (_wholeTimeline)
        {
            yield return new Interval(from, to);
            yield break;
        }
        Interval? run = null;
        foreach (var piece in Pieces(from, to, throwIfNeverOpens: false))
        {
            if (run is { } r && r.End == piece.Start) run = new Interval(r.Start, piece.End);
            else
            {
                if (run is { } done) yield return done;
                run = piece;
            }
        }
        if (run is { } rest) yield return rest;
    }

    /// <summary>True when a holiday rule of the calendar falls on the local date (it is then closed all day).</summary>
    public bool IsHoliday(LocalDate date) => !Model.Holidays.IsDefaultOrEmpty && HolidaysIn(date.Year).Contains(date);

    /// <summary>The holiday rules of the calendar that fall on the local date, in declaration order (none on an ordinary day).</summary>
    public IReadOnlyList<HolidayRule> HolidayRulesOn(LocalDate date) =>
        IsHoliday(date) ? Model.Holidays.Where(rule => FallsOn(rule, date)).ToList() : Array.Empty<HolidayRule>();

    private static bool FallsOn(HolidayRule rule, LocalDate date)
    {
        for (var ruleYear = date.Year - 1; ruleYear <= date.Year + 1; ruleYear++)
            if (ruleYear is >= 2 and <= 9998 && rule.In(ruleYear) == date) return true;
        return false;
    }

    /// <summary>
    /// The open intervals that the local date's own weekly spans give (before merging with neighbouring days),
    /// sorted; empty on a holiday or a day without hours. For a 24/7 calendar, the whole local day.
    /// </summary>
    public IReadOnlyList<Interval> IntervalsOn(LocalDate date)
    {
        var list = new List<Interval>();
        AddIntervalsOf(date, list);
        list.Sort((x, y) => x.Start.CompareTo(y.Start));
        return list;
    }

    /// <summary>True when the local date has any open time (a business day).</summary>
    public bool IsOpenDay(LocalDate date) => IntervalsOn(date).Count > 0;

    /// <summary>A local date and time as an instant: a time in a gap moves forward by the gap; a repeated time means its earlier occurrence.</summary>
    public Instant Resolve(LocalDateTime local) => local.InZoneLeniently(_zone).ToInstant();

    private long _daysGenerated;

    /// <summary>How many local days' open time this instance has generated one by one: the work a jump saves (for tests).</summary>
    internal long DaysGenerated => Interlocked.Read(ref _daysGenerated);

    private void AddIntervalsOf(LocalDate date, List<Interval> into)
    {
        Interlocked.Increment(ref _daysGenerated);
        var spans = _spansByDay[(int)date.DayOfWeek];
        if (spans.Length == 0 || IsHoliday(date)) return;
        foreach (var span in spans)
        {
            var start = Resolve(date + span.Start);
            var end = span.EndsAtMidnight ? Resolve(date.PlusDays(1).AtMidnight()) : Resolve(date + span.End);
            if (end > start) into.Add(new Interval(start, end));
        }
    }

    private HashSet<LocalDate> HolidaysIn(int year) => _holidaysByYear.GetOrAdd(year, y =>
    {
        // A rule of a neighbouring year may fall in this year (easter +300); each rule is asked for all three.
        var dates = new HashSet<LocalDate>();
        foreach (var rule in Model.Holidays)
        for (var ruleYear = y - 1; ruleYear <= y + 1; ruleYear++)
        {
            if (ruleYear is < 2 or > 9998) continue;
            if (rule.In(ruleYear) is { } date && date.Year == y) dates.Add(date);
        }
        return dates;
    });

    /// <summary>
    /// The open time from <paramref name="from"/> on, as sorted, disjoint, non-empty pieces clipped to
    /// [from, until) (pieces may touch: they are not merged). Without <paramref name="until"/> the sequence is
    /// endless unless the calendar stops opening: after <see cref="SearchDays"/> days without open time it throws
    /// (or ends, when <paramref name="throwIfNeverOpens"/> is false). Open time after <see cref="SupportedTime.Last"/>
    /// is never seen: a search that needs it throws <see cref="BeyondSupportedTimeException"/> (or ends, likewise).
    /// </summary>
    private IEnumerable<Interval> Pieces(Instant from, Instant? until, bool throwIfNeverOpens, Instant? asked = null)
    {
        var askedFrom = asked ?? from;
        if (until is { } u0 && u0 <= from) yield break;
        if (until > SupportedTime.Last || from >= SupportedTime.Last)
        {
            // The caller asked about time no answer is computed for; say so rather than answer short.
            if (throwIfNeverOpens || until is not null) throw new BeyondSupportedTimeException($"the open time asked for on calendar '{Id}' from {askedFrom}");
            yield break;
        }
        // No instant of a local date D is later than the next midnight read at the zone's smallest offset,
        // nor earlier than D's midnight read at the largest: start where D could still reach `from`.
        var date = from.WithOffset(_zone.MinOffset).Date.PlusDays(-1);
        var buffer = new List<Interval>();
        var day = new List<Interval>();
        var emptyDays = 0;
        while (true)
        {
            day.Clear();
            AddIntervalsOf(date, day);
            if (day.Count == 0) emptyDays++;
            else
            {
                emptyDays = 0;
                buffer.AddRange(day);
                buffer.Sort((x, y) => x.Start.CompareTo(y.Start));
                MergeOverlapping(buffer);
            }
            date = date.PlusDays(1);
            // Every interval of `date` and later dates starts at or after `bound`.
            var bound = date.AtMidnight().WithOffset(_zone.MaxOffset).ToInstant();
            var endOfTime = date > SupportedTime.LastDate;
            var last = until is { } u1 && bound >= u1 || endOfTime;
            var taken = 0;
            while (taken < buffer.Count && (last || buffer[taken].End <= bound))
            {
                var piece = buffer[taken++];
                var start = piece.Start < from ? from : piece.Start;
                var end = until is { } u2 && piece.End > u2 ? u2 : piece.End;
                if (end > SupportedTime.Last) end = SupportedTime.Last;
                if (end > start) yield return new Interval(start, end);
            }
            buffer.RemoveRange(0, taken);
            if (endOfTime && until is null)
            {
                if (!throwIfNeverOpens) yield break;
                if (emptyDays > SearchDays) throw NeverOpens(date.PlusDays(-emptyDays));
                throw new BeyondSupportedTimeException($"the open time asked for on calendar '{Id}' from {askedFrom}");
            }
            if (last) yield break;
            if (emptyDays > SearchDays && buffer.Count == 0)
            {
                if (throwIfNeverOpens) throw NeverOpens(date.PlusDays(-emptyDays));
                yield break;
            }
        }
    }

    /// <summary>Merges intervals that overlap (not those that merely touch: a piece must be able to leave the buffer).</summary>
    private static void MergeOverlapping(List<Interval> sorted)
    {
        var write = 0;
        for (var read = 1; read < sorted.Count; read++)
        {
            var current = sorted[write];
            var next = sorted[read];
            if (next.Start < current.End)
                sorted[write] = new Interval(current.Start, next.End > current.End ? next.End : current.End);
            else sorted[++write] = next;
        }
        if (sorted.Count > 0) sorted.RemoveRange(write + 1, sorted.Count - write - 1);
    }

    private CalendarNeverOpensException NeverOpens(LocalDate from) => new(Id, from, SearchDays);
}
