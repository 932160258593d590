using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tests.Calendars;

/// <summary>
/// Properties of business-time arithmetic over random calendars (weekly spans on a 15-minute grid, holidays of
/// every kind) in zones with DST in both hemispheres, 30-minute shifts and changes at midnight, at random
/// instants 2020-2030 (often exactly on a span boundary) and durations up to 400 h.
/// </summary>
public sealed class BusinessCalendarPropertyTests
{
    private const int Iterations = 1000;

    private static readonly string[] Zones =
    {
        "Europe/Warsaw", "America/New_York", "Australia/Lord_Howe", "Australia/Sydney", "UTC",
        "America/Santiago", // southern, clocks change at midnight
        "America/Havana",   // clocks change at midnight
    };

    private static readonly Duration Tick = Duration.Epsilon;

    // ---------------------------------------------------------------- generators

    /// <summary>A day's spans: none, one or two on a 15-minute grid (96 = 24:00), or the whole day.</summary>
    private static readonly Gen<(int Start, int End)[]> DaySpans = Gen.Frequency(
        (3, Gen.Const(Array.Empty<(int, int)>())),
        (5, Gen.Int[0, 96].ArrayUnique[2].Select(Pairs)),
        (2, Gen.Int[0, 96].ArrayUnique[4].Select(Pairs)),
        (2, Gen.Const(new[] { (0, 96) })));

    private static readonly Gen<HolidayRule> Holiday = Gen.Frequency(
        (3, Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], (m, d) => HolidayRule.EveryYear(m, d, LocalizedText.Empty))),
        (2, Gen.Int[-3, 70].Select(o => HolidayRule.Easter(o, LocalizedText.Empty))),
        (3, Gen.Int[0, 4017].Select(d => HolidayRule.FixedDate(new LocalDate(2020, 1, 1).PlusDays(d), LocalizedText.Empty))),
        (1, Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[2020, 2030], (m, d, y) => HolidayRule.EveryYear(m, d, LocalizedText.Empty) with { FromYear = y })));

    private static readonly Gen<TestCalendar> Calendars = Gen.Frequency(
        (9, Gen.Select(Gen.OneOf(Zones), DaySpans.Array[7], Holiday.Array[0, 6], (zone, week, holidays) => new TestCalendar(zone, week, holidays))),
        // Every day 00:00-24:00, with or without holidays: open all the time, or all the time but holidays.
        (1, Gen.Select(Gen.OneOf(Zones), Holiday.Array[0, 2], (zone, holidays) => new TestCalendar(zone, Enumerable.Repeat(new[] { (0, 96) }, 7).ToArray(), holidays))));

    private static readonly Gen<Moment> Moments = Gen.Select(
        Gen.Int[0, 4017], Gen.Int[0, 95], Gen.Frequency((3, Gen.Const(0L)), (1, Gen.Long[0, 899_999_999_999L])),
        (day, quarter, nanos) => new Moment(new LocalDate(2020, 1, 1).PlusDays(day).At(LocalTime.Midnight.PlusMinutes(quarter * 15)), nanos));

    private static readonly Gen<Amount> Amounts = Gen.Frequency(
        (1, Gen.Const(new Amount(0, false))),
        (4, Gen.Long[1, 1_000_000].Select(f => new Amount(f, false))),
        (3, Gen.Long[1, 1600].Select(q => new Amount(q, true))));

    private static (int, int)[] Pairs(int[] boundaries)
    {
        Array.Sort(boundaries);
        return Enumerable.Range(0, boundaries.Length / 2).Select(i => (boundaries[2 * i], boundaries[2 * i + 1])).ToArray();
    }

    // ---------------------------------------------------------------- Add

    [Fact]
    public void Add_then_open_time_between_gives_the_duration_back()
    {
        Gen.Select(Calendars, Moments, Amounts).Sample((c, m, amount) =>
        {
            var s = c.At(m);
            var d = c.Scale(amount);
            var result = c.Calendar.Add(s, d);
            var opening = c.Calendar.NextOpening(s);
            Assert.True(result >= opening && opening >= s);
            Assert.Equal(d, c.Calendar.OpenTimeBetween(s, result));
            Assert.Equal(d, c.Calendar.OpenTimeBetween(opening, result));
        }, iter: Iterations);
    }

    [Fact]
    public void Add_is_monotone_in_the_duration_and_in_the_start()
    {
        Gen.Select(Calendars, Moments, Moments, Amounts, Amounts).Sample((c, m1, m2, a1, a2) =>
        {
            var (s1, s2) = Order(c.At(m1), c.At(m2));
            var (d1, d2) = Order(c.Scale(a1), c.Scale(a2));
            Assert.True(c.Calendar.Add(s1, d1) <= c.Calendar.Add(s1, d2));
            Assert.True(c.Calendar.Add(s1, d2) <= c.Calendar.Add(s2, d2));
        }, iter: Iterations);
    }

    [Fact]
    public void Add_is_additive()
    {
        Gen.Select(Calendars, Moments, Amounts, Amounts).Sample((c, m, a1, a2) =>
        {
            var s = c.At(m);
            var (a, b) = (c.Scale(a1) / 2, c.Scale(a2) / 2);
            var middle = c.Calendar.Add(s, a);
            var whole = c.Calendar.Add(s, a + b);
            if (b > Duration.Zero || c.Calendar.IsOpen(middle))
                Assert.Equal(whole, c.Calendar.Add(middle, b));
            else
            {
                // Adding nothing at a closing: Add(s, a) stays at the closing, Add(closing, 0) is the next opening.
                Assert.Equal(middle, whole);
                Assert.Equal(c.Calendar.NextOpening(middle), c.Calendar.Add(middle, b));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Add_of_a_positive_duration_ends_in_open_time_or_exactly_at_a_closing()
    {
        Gen.Select(Calendars, Moments, Amounts).Sample((c, m, amount) =>
        {
            var d = c.Scale(amount);
            if (d == Duration.Zero) return;
            var result = c.Calendar.Add(c.At(m), d);
            Assert.Equal(Tick, c.Calendar.OpenTimeBetween(result - Tick, result)); // the clock ran until the result
            if (!c.Calendar.IsOpen(result)) Assert.Equal(result, c.Calendar.NextChange(result - Tick));
        }, iter: Iterations);
    }

    // ---------------------------------------------------------------- IsOpen, NextOpening, NextChange

    [Fact]
    public void IsOpen_agrees_with_the_rule_and_with_open_time_of_one_tick()
    {
        Gen.Select(Calendars, Moments).Sample((c, m) =>
        {
            var t = c.At(m);
            var open = c.Calendar.IsOpen(t);
            Assert.Equal(open, c.Calendar.OpenTimeBetween(t, t + Tick) > Duration.Zero);
            Assert.Equal(c.OracleIsOpen(t), open);
            Assert.Equal(c.OracleIsOpen(t - Tick), c.Calendar.IsOpen(t - Tick));
        }, iter: Iterations * 2);
    }

    [Fact]
    public void NextOpening_and_NextChange_are_the_first_open_instant_and_the_first_flip()
    {
        Gen.Select(Calendars, Moments).Sample((c, m) =>
        {
            var t = c.At(m);
            var opening = c.Calendar.NextOpening(t);
            Assert.True(opening >= t);
            Assert.True(c.Calendar.IsOpen(opening));
            Assert.Equal(Duration.Zero, c.Calendar.OpenTimeBetween(t, opening));

            var open = c.Calendar.IsOpen(t);
            if (c.Calendar.NextChange(t) is not { } change) return; // only a calendar open all week without holidays
            Assert.True(change > t);
            Assert.NotEqual(open, c.Calendar.IsOpen(change));
            Assert.Equal(open ? change - t : Duration.Zero, c.Calendar.OpenTimeBetween(t, change));
            if (!open) Assert.Equal(opening, change);
        }, iter: Iterations);
    }

    // ---------------------------------------------------------------- OpenTimeBetween, OpenIntervals

    [Fact]
    public void OpenTimeBetween_matches_the_rule_and_adds_up_over_a_split()
    {
        Gen.Select(Calendars, Moments, Gen.Long[0, 72 * 3600], Gen.Long[0, 72 * 3600]).Sample((c, m, x, y) =>
        {
            var a = c.At(m);
            var (p, q) = Order(x, y);
            var (b, e) = (a + Duration.FromSeconds(p), a + Duration.FromSeconds(q));
            Assert.Equal(c.OracleOpenTime(a, e), c.Calendar.OpenTimeBetween(a, e));
            Assert.Equal(c.Calendar.OpenTimeBetween(a, e), c.Calendar.OpenTimeBetween(a, b) + c.Calendar.OpenTimeBetween(b, e));
            Assert.Equal(Duration.Zero, c.Calendar.OpenTimeBetween(e, a - Tick));
        }, iter: Iterations);
    }

    [Fact]
    public void OpenIntervals_are_sorted_disjoint_merged_and_within_the_range()
    {
        Gen.Select(Calendars, Moments, Gen.Long[0, 20 * 24 * 3600]).Sample((c, m, seconds) =>
        {
            var from = c.At(m);
            var to = from + Duration.FromSeconds(seconds);
            var intervals = c.Calendar.OpenIntervals(from, to).ToList();
            Instant? previousEnd = null;
            foreach (var interval in intervals)
            {
                Assert.True(interval.Start < interval.End);
                Assert.True(interval.Start >= from && interval.End <= to);
                if (previousEnd is { } end) Assert.True(end < interval.Start, "intervals must be disjoint and not touch");
                previousEnd = interval.End;
                Assert.True(c.Calendar.IsOpen(interval.Start));
                Assert.True(c.Calendar.IsOpen(interval.End - Tick));
                if (interval.End < to) Assert.False(c.Calendar.IsOpen(interval.End));
                if (interval.Start > from) Assert.False(c.Calendar.IsOpen(interval.Start - Tick));
            }
            Assert.Equal(c.Calendar.OpenTimeBetween(from, to), intervals.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration));
        }, iter: Iterations);
    }

    // ---------------------------------------------------------------- business days

    [Fact]
    public void AddBusinessDays_is_monotone_and_lands_on_an_open_day()
    {
        Gen.Select(Calendars, Moments, Gen.Int[0, 4], Gen.Int[0, 4]).Sample((c, m, x, y) =>
        {
            var start = c.At(m);
            var (n1, n2) = Order(x, y);
            var r1 = c.Calendar.AddBusinessDays(start, n1);
            var r2 = c.Calendar.AddBusinessDays(start, n2);
            Assert.True(r1 <= r2);
            Assert.True(r1 >= c.Calendar.NextOpening(start));
            if (n2 == 0) return;
            // The result is within the opening hours of an open day: open, or exactly at a closing.
            Assert.True(c.Calendar.IsOpen(r2) || c.Calendar.IsOpen(r2 - Tick));
        }, iter: Iterations);
    }

    private static (T, T) Order<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) <= 0 ? (a, b) : (b, a);

    // ---------------------------------------------------------------- the model under test and an oracle

    public readonly record struct Moment(LocalDateTime Local, long Nanoseconds)
    {
        public override string ToString() => $"{Local:uuuu'-'MM'-'dd'T'HH':'mm} +{Nanoseconds}ns";
    }

    /// <summary>A duration: a fraction (millionths) of the case's cap, or a number of quarter hours (capped).</summary>
    public readonly record struct Amount(long Value, bool Quarters);

    public sealed class TestCalendar
    {
        private readonly DateTimeZone _zone;

        public TestCalendar(string zone, (int Start, int End)[][] week, HolidayRule[] holidays)
        {
            var spans = new List<WeeklySpan>();
            for (var day = 0; day < 7; day++)
            foreach (var (start, end) in week[day])
                spans.Add(WeeklySpan.Create((IsoDayOfWeek)(day + 1), LocalTime.Midnight.PlusMinutes(start * 15), end == 96 ? null : LocalTime.Midnight.PlusMinutes(end * 15)));
            if (spans.Count == 0) spans.Add(WeeklySpan.Create(IsoDayOfWeek.Wednesday, new LocalTime(9, 0), new LocalTime(17, 0)));
            Model = new CalendarModel("random", LocalizedText.Empty, new TimeZoneSpec(zone), false, spans.ToImmutableArray(),
                holidays.ToImmutableArray(), ImmutableArray<LocalizedText>.Empty, null);
            Calendar = BusinessCalendar.From(Model);
            _zone = Model.TimeZone.Resolve();
            var weekly = Duration.FromMinutes(spans.Sum(s => ((s.EndsAtMidnight ? 24 * 60 : s.End.Hour * 60 + s.End.Minute) - (s.Start.Hour * 60 + s.Start.Minute))));
            // At most 400 h, and at most about half a year of this calendar's open time.
            Cap = Duration.Min(Duration.FromHours(400), weekly * 26);
        }

        public CalendarModel Model { get; }

        public BusinessCalendar Calendar { get; }

        public Duration Cap { get; }

        public Instant At(Moment m) => m.Local.InZoneLeniently(_zone).ToInstant() + Duration.FromNanoseconds(m.Nanoseconds);

        public Duration Scale(Amount amount) => amount.Quarters
            ? Duration.Min(Cap, Duration.FromMinutes(15 * amount.Value))
            : Duration.FromSeconds((long)(Cap.TotalSeconds * amount.Value / 1_000_000));

        /// <summary>Rule 1 read literally: some local date near t, not a holiday, has a span whose [start, end) holds t.</summary>
        public bool OracleIsOpen(Instant t) => OracleDays(t, t).Any(i => i.Start <= t && t < i.End);

        /// <summary>The union of the days' intervals, clipped to [a, b).</summary>
        public Duration OracleOpenTime(Instant a, Instant b)
        {
            var total = Duration.Zero;
            Instant? reached = null;
            foreach (var interval in OracleDays(a, b).OrderBy(i => i.Start))
            {
                var start = interval.Start < a ? a : interval.Start;
                if (reached is { } r && r > start) start = r;
                var end = interval.End > b ? b : interval.End;
                if (end > start)
                {
                    total += end - start;
                    reached = end;
                }
            }
            return total;
        }

        private IEnumerable<Interval> OracleDays(Instant a, Instant b)
        {
            for (var date = a.InZone(_zone).Date.PlusDays(-2); date <= b.InZone(_zone).Date.PlusDays(2); date = date.PlusDays(1))
            {
                if (Model.Holidays.Any(h => h.In(date.Year) == date)) continue;
                foreach (var span in Model.Hours.Where(s => s.Day == date.DayOfWeek))
                {
                    var start = (date + span.Start).InZoneLeniently(_zone).ToInstant();
                    var end = (span.EndsAtMidnight ? date.PlusDays(1).AtMidnight() : date + span.End).InZoneLeniently(_zone).ToInstant();
                    if (end > start) yield return new Interval(start, end);
                }
            }
        }

        public override string ToString() =>
            $"{Model.TimeZone.Id}: {string.Join(", ", Model.Hours.Select(h => h.Describe()))}; holidays: {string.Join(", ", Model.Holidays.Select(h => h.Describe()))}";
    }
}
