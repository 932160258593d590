using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// Business-time arithmetic on a calendar's open time worked out at build time (<see cref="OpenTimeTable"/>):
/// sorted open intervals with the open time before each, so that "is it open", "next opening", "open time
/// between" and "add N hours of open time" are a binary search and a subtraction, allocating nothing.
/// Outside the table's horizon, and for anything the table cannot answer, the reference
/// <see cref="BusinessCalendar"/> answers: the results are the reference's, exactly (docs/semantics.md).
/// </summary>
public sealed class PrecomputedCalendar
{
    private readonly BusinessCalendar _reference;
    private readonly DateTimeZone _zone;
    private readonly bool _always;
    private readonly bool _hasTable;
    private readonly Instant _from, _until;
    private readonly long[] _starts = Array.Empty<long>(), _ends = Array.Empty<long>(), _openBefore = Array.Empty<long>();
    private readonly long _total;
    private readonly Duration _span;
    private readonly LocalDate _firstDay;
    private readonly long[] _dayFirst = Array.Empty<long>(), _dayLast = Array.Empty<long>();

    /// <param name="reference">The calendar as the interpreter sees it; answers outside the table.</param>
    /// <param name="table">The precomputed open time, or null to always ask the reference.</param>
    public PrecomputedCalendar(BusinessCalendar reference, OpenTimeTable? table)
    {
        _reference = reference ?? throw new ArgumentNullException(nameof(reference));
        _zone = reference.Zone;
        _always = reference.IsAlwaysOpen;
        if (table is null || _always) return;
        _hasTable = true;
        _from = Instant.FromUnixTimeSeconds(table.From);
        _until = Instant.FromUnixTimeSeconds(table.Until);
        _span = _until - _from;
        var n = table.Starts.Length;
        _starts = new long[n];
        _ends = new long[n];
        _openBefore = new long[n];
        long open = 0;
        for (var i = 0; i < n; i++)
        {
            _starts[i] = table.Starts[i] * NodaConstants.NanosecondsPerSecond;
            _ends[i] = table.Ends[i] * NodaConstants.NanosecondsPerSecond;
            _openBefore[i] = open;
            open += _ends[i] - _starts[i];
        }
        _total = open;
        _firstDay = table.FirstDay;
        _dayFirst = new long[table.DayFirst.Length];
        _dayLast = new long[table.DayLast.Length];
        for (var i = 0; i < _dayFirst.Length; i++)
        {
            _dayFirst[i] = table.DayFirst[i] == OpenTimeTable.Closed ? OpenTimeTable.Closed : table.DayFirst[i] * NodaConstants.NanosecondsPerSecond;
            _dayLast[i] = table.DayLast[i] == OpenTimeTable.Closed ? OpenTimeTable.Closed : table.DayLast[i] * NodaConstants.NanosecondsPerSecond;
        }
    }

    public string Id => _reference.Id;

    /// <summary>The reference calendar, reconstructed from the model.</summary>
    public BusinessCalendar Reference => _reference;

    public DateTimeZone Zone => _zone;

    /// <summary>True when the calendar is open all the time (24/7 without holidays).</summary>
    public bool IsAlwaysOpen => _always;

    /// <summary>The horizon the table covers, or null when every answer comes from the reference.</summary>
    public Interval? Horizon => _hasTable ? new Interval(_from, _until) : null;

    public bool IsOpen(Instant t)
    {
        if (_always) return true;
        if (!InTable(t)) return _reference.IsOpen(t);
        var ns = Nanos(t);
        var i = LastStartAtOrBefore(ns);
        return i >= 0 && ns < _ends[i];
    }

    /// <summary>The earliest open instant at or after <paramref name="t"/> (<see cref="BusinessCalendar.NextOpening"/>).</summary>
    public Instant NextOpening(Instant t)
    {
        if (_always) return t;
        if (!InTable(t)) return _reference.NextOpening(t);
        var ns = Nanos(t);
        var i = LastStartAtOrBefore(ns);
        if (i >= 0 && ns < _ends[i]) return t;
        return i + 1 < _starts.Length ? At(_starts[i + 1]) : _reference.NextOpening(t);
    }

    /// <summary>The instant at which <paramref name="openTime"/> of open time has passed since <paramref name="start"/> (<see cref="BusinessCalendar.Add(Instant, Duration)"/>).</summary>
    public Instant Add(Instant start, Duration openTime)
    {
        if (_always && openTime >= Duration.Zero) return _reference.Add(start, openTime);
        if (openTime <= Duration.Zero) return openTime == Duration.Zero ? NextOpening(start) : _reference.Add(start, openTime);
        if (!InTable(start) || openTime >= _span) return _reference.Add(start, openTime);
        var ns = Nanos(start);
        var first = LastStartAtOrBefore(ns);
        var target = OpenBefore(ns, first) + openTime.ToInt64Nanoseconds();
        if (target > _total) return _reference.Add(_until, Duration.FromNanoseconds(target - _total));
        var i = LastOpenBeforeBelow(target, first < 0 ? 0 : first);
        return At(_starts[i] + (target - _openBefore[i]));
    }

    public Instant Add(Instant start, DurationSpec duration) =>
        duration.IsBusinessDays ? AddBusinessDays(start, duration.BusinessDays) : Add(start, duration.Elapsed);

    /// <summary>Open time in [a, b); zero when b is not after a (<see cref="BusinessCalendar.OpenTimeBetween"/>).</summary>
    public Duration OpenTimeBetween(Instant a, Instant b)
    {
        if (b <= a) return Duration.Zero;
        if (_always) return b - a;
        if (!_hasTable) return _reference.OpenTimeBetween(a, b);
        // Open time adds up over a split: before the table, in it, after it.
        var total = Duration.Zero;
        if (a < _from) total += _reference.OpenTimeBetween(a, b < _from ? b : _from);
        var inFrom = a < _from ? _from : a;
        var inUntil = b > _until ? _until : b;
        if (inFrom < inUntil) total += Duration.FromNanoseconds(OpenBefore(Nanos(inUntil)) - OpenBefore(Nanos(inFrom)));
        if (b > _until) total += _reference.OpenTimeBetween(a > _until ? a : _until, b);
        return total;
    }

    /// <summary>The same local time on the n-th following open day (<see cref="BusinessCalendar.AddBusinessDays"/>).</summary>
    public Instant AddBusinessDays(Instant start, int days)
    {
        if (days <= 0 || !_hasTable) return days == 0 ? NextOpening(start) : _reference.AddBusinessDays(start, days);
        var s = NextOpening(start);
        var local = s.InZone(_zone).LocalDateTime;
        var index = Period.DaysBetween(_firstDay, local.Date);
        if (index < 0) return _reference.AddBusinessDays(start, days);
        var found = 0;
        while (found < days)
        {
            if (++index >= _dayFirst.Length) return _reference.AddBusinessDays(start, days);
            if (_dayFirst[index] != OpenTimeTable.Closed) found++;
        }
        var candidate = _firstDay.PlusDays(index).At(local.TimeOfDay).InZoneLeniently(_zone).ToInstant();
        var first = At(_dayFirst[index]);
        var last = At(_dayLast[index]);
        if (candidate >= last) return last;
        if (candidate <= first) return first;
        return NextOpening(candidate);
    }

    private bool InTable(Instant t) => _hasTable && t >= _from && t < _until;

    /// <summary>Open time in [from, t) for t in the table's horizon (t may be its end).</summary>
    private long OpenBefore(long ns) => OpenBefore(ns, LastStartAtOrBefore(ns));

    /// <summary>Open time before <paramref name="ns"/>, given the last interval starting at or before it.</summary>
    private long OpenBefore(long ns, int i)
    {
        if (i < 0) return 0;
        var end = _ends[i];
        return _openBefore[i] + ((ns < end ? ns : end) - _starts[i]);
    }

    private int LastStartAtOrBefore(long ns)
    {
        var i = Array.BinarySearch(_starts, ns);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>
    /// The last interval with less open time before it than <paramref name="target"/> (&gt; 0), searched
    /// from <paramref name="from"/> (whose open time before is below the target) by galloping: targets are
    /// usually a few intervals ahead, so this touches a few cache lines instead of a 25-year table.
    /// </summary>
    private int LastOpenBeforeBelow(long target, int from)
    {
        var lo = from;
        var step = 1;
        var hi = from + 1;
        while (hi < _openBefore.Length && _openBefore[hi] < target)
        {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        if (hi > _openBefore.Length) hi = _openBefore.Length;
        var i = Array.BinarySearch(_openBefore, lo, hi - lo, target);
        return i >= 0 ? i - 1 : ~i - 1;
    }

    private static long Nanos(Instant t) => (t - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static Instant At(long ns) => NodaConstants.UnixEpoch.PlusNanoseconds(ns);
}
