using NodaTime;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// The yardstick of tier dominance: the <see cref="ReferenceWeek"/> in the catalog's zone, opened every
/// half hour (336 openings), with the due times of each (calendar, duration) and the open time of each
/// calendar computed once per run and shared by every pair of tiers.
/// </summary>
internal sealed class ReferenceClock
{
    private readonly CalendarSet _calendars;
    private readonly Dictionary<(string, DurationSpec), Instant[]?> _due = new();
    private readonly Dictionary<string, (Duration Week, Duration Year)?> _openTime = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenTimeline> _timelines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _signatures = new(StringComparer.Ordinal);

    public ReferenceClock(ResolvedCatalog catalog)
    {
        _calendars = CalendarSet.From(catalog);
        Week = new ReferenceWeek(catalog.TimeZone.Resolve());
        var start = ReferenceWeek.Monday.AtMidnight();
        Openings = Enumerable.Range(0, 7 * 48)
            .Select(k => start.PlusMinutes(30 * k).InZoneLeniently(Week.Zone).ToInstant())
            .ToArray();
    }

    public ReferenceWeek Week { get; }

    /// <summary>Every half hour of the reference week, in order.</summary>
    public Instant[] Openings { get; }

    /// <summary>When a ticket opened at each of <see cref="Openings"/> is due; null when the calendar is unknown or never opens.</summary>
    public Instant[]? DueTimes(string? calendar, DurationSpec duration)
    {
        if (calendar is null) return null;
        if (_due.TryGetValue((calendar, duration), out var cached)) return cached;
        Instant[]? due = null;
        if (_calendars.TryGet(calendar, out var clock))
        {
            try
            {
                // A short wait is a look-up in the open time of the next weeks; a long one (or business days) is
                // found once for the week and shifted for each opening.
                if (duration.IsBusinessDays || duration.Elapsed <= Duration.Zero || duration.Elapsed > Duration.FromDays(7))
                    due = clock.AddToEach(Openings, duration);
                else
                {
                    due = new Instant[Openings.Length];
                    var timeline = Timeline(calendar, clock);
                    for (var i = 0; i < Openings.Length; i++) due[i] = timeline.Add(Openings[i], duration.Elapsed);
                }
            }
            catch (Exception e) when (e is CalendarNeverOpensException or BeyondSupportedTimeException)
            {
                due = null;
            }
        }
        _due[(calendar, duration)] = due;
        return due;
    }

    private OpenTimeline Timeline(string calendar, BusinessCalendar clock)
    {
        if (!_timelines.TryGetValue(calendar, out var timeline))
            _timelines[calendar] = timeline = new OpenTimeline(clock, Week.Start, Week.Start + Duration.FromDays(OpenTimeline.HorizonDays));
        return timeline;
    }

    /// <summary>Open time in the reference week and over 2026; null for an unknown calendar.</summary>
    public (Duration Week, Duration Year)? OpenTime(string? calendar)
    {
        if (calendar is null) return null;
        if (_openTime.TryGetValue(calendar, out var cached)) return cached;
        (Duration, Duration)? time = _calendars.TryGet(calendar, out var clock) ? Week.OpenTime(clock) : null;
        _openTime[calendar] = time;
        return time;
    }

    /// <summary>
    /// The first instant of the reference week (or of 2026, <paramref name="overYear"/>) at which
    /// <paramref name="open"/> is open and <paramref name="closed"/> is not; null when there is none.
    /// </summary>
    public Instant? FirstClosed(string open, string closed, bool overYear)
    {
        if (!_calendars.TryGet(open, out var a) || !_calendars.TryGet(closed, out var b)) return null;
        var (from, to) = overYear ? (Week.YearStart, Week.YearEnd) : (Week.Start, Week.End);
        foreach (var interval in a.OpenIntervals(from, to))
        {
            var cursor = interval.Start;
            foreach (var covered in b.OpenIntervals(interval.Start, interval.End))
            {
                if (covered.Start > cursor) return cursor;
                cursor = covered.End;
            }
            if (cursor < interval.End) return cursor;
        }
        return null;
    }

    /// <summary>True when the two ids name the same calendar or calendars with the same zone, hours and holidays.</summary>
    public bool SameClock(string? x, string? y)
    {
        if (x is null || y is null) return false;
        if (x == y) return true;
        return Signature(x) is { } a && a == Signature(y);
    }

    private string? Signature(string calendar)
    {
        if (_signatures.TryGetValue(calendar, out var signature)) return signature;
        if (!_calendars.TryGet(calendar, out var clock)) return null;
        return _signatures[calendar] = CatalogDiff.Signature(clock.Model);
    }
}
