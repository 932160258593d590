using NodaTime;

namespace PlanDsl.Runtime.Billing;

/// <summary>Unions and differences of half-open intervals, as sorted lists of disjoint intervals.</summary>
internal static class IntervalMath
{
    /// <summary>The intervals clipped to <paramref name="window"/>, empty ones dropped, overlapping or touching ones merged.</summary>
    public static List<Interval> Union(IEnumerable<Interval> intervals, Interval window)
    {
        var clipped = intervals
            .Select(i => (Start: Max(i.Start, window.Start), End: Min(i.End, window.End)))
            .Where(i => i.Start < i.End)
            .Select(i => new Interval(i.Start, i.End))
            .OrderBy(i => i.Start)
            .ToList();
        var merged = new List<Interval>();
        foreach (var interval in clipped)
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                if (interval.End > merged[^1].End) merged[^1] = new Interval(merged[^1].Start, interval.End);
            }
            else merged.Add(interval);
        }
        return merged;
    }

    /// <summary><paramref name="from"/> less <paramref name="remove"/>; both sorted and disjoint.</summary>
    public static List<Interval> Subtract(IReadOnlyList<Interval> from, IReadOnlyList<Interval> remove)
    {
        var result = new List<Interval>();
        foreach (var interval in from)
        {
            var start = interval.Start;
            foreach (var cut in remove)
            {
                if (cut.End <= start || cut.Start >= interval.End) continue;
                if (cut.Start > start) result.Add(new Interval(start, cut.Start));
                start = Max(start, cut.End);
                if (start >= interval.End) break;
            }
            if (start < interval.End) result.Add(new Interval(start, interval.End));
        }
        return result;
    }

    public static Duration Total(IEnumerable<Interval> intervals) =>
        intervals.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration);

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
