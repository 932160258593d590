using System.Collections.Immutable;
using NodaTime;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// Monthly uptime from outages. The month runs from local midnight of its first day to local midnight
/// of the next month's first day, in the catalog's time zone (October in Europe/Warsaw is 745 h,
/// March 743 h). Outages are clipped to the month and overlapping ones merged; time inside planned
/// maintenance is never downtime, even when an unplanned outage overlaps it.
/// Uptime = 100 × (month length − downtime) / month length, computed at nanosecond resolution in
/// <see cref="decimal"/>: nothing is rounded before the credit ladder compares it (the quotient keeps
/// 28 significant digits, far more than can separate a month's uptime from a threshold).
/// </summary>
public static class UptimeCalculator
{
    /// <summary>The month as an interval of instants: local midnight of day 1 to local midnight of the next month's day 1.</summary>
    /// <exception cref="BillingInputException">A month after 9999-11: its end is past the end of time (field <c>month</c>).</exception>
    public static Interval MonthInterval(YearMonth month, DateTimeZone zone)
    {
        if (month > new YearMonth(9999, 11))
            throw new BillingInputException("month", $"{month:uuuu-MM} ends past the end of the time range computed in (the last month is 9999-11)");
        var first = month.OnDayOfMonth(1);
        return new Interval(zone.AtStartOfDay(first).ToInstant(), zone.AtStartOfDay(first.PlusMonths(1)).ToInstant());
    }

    public static UptimeResult Calculate(IEnumerable<Outage> outages, YearMonth month, DateTimeZone zone)
    {
        var list = outages.ToList();
        for (var i = 0; i < list.Count; i++)
            if (list[i].End < list[i].Start)
                throw new BillingInputException($"outages[{i}]", $"ends ({list[i].End}) before it starts ({list[i].Start})");

        var period = MonthInterval(month, zone);
        var unplanned = IntervalMath.Union(list.Where(o => !o.Planned).Select(o => new Interval(o.Start, o.End)), period);
        var planned = IntervalMath.Union(list.Where(o => o.Planned).Select(o => new Interval(o.Start, o.End)), period);
        var downtime = IntervalMath.Subtract(unplanned, planned);
        return new UptimeResult(month, period, downtime.ToImmutableArray(), IntervalMath.Total(planned),
            Percent(period.Duration, IntervalMath.Total(downtime)));
    }

    /// <summary>100 × (length − downtime) / length, exact up to decimal's 28 significant digits.</summary>
    public static decimal Percent(Duration length, Duration downtime)
    {
        decimal total = length.ToInt64Nanoseconds();
        decimal down = downtime.ToInt64Nanoseconds();
        return 100m * (total - down) / total;
    }
}
