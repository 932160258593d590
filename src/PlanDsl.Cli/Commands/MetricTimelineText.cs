using NodaTime;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets.Explanation;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// What happened to a metric's clock, in time order: every interval counted (with the running total),
/// every closed day skipped (holidays named), every pause. Long timelines keep their first and last
/// lines and sum up the middle in one line.
/// </summary>
public static class MetricTimelineText
{
    /// <summary>Above this many lines, the middle ones are summed up in one line.</summary>
    public const int MaxLines = 24;

    private const int KeptAtEachEnd = 10;

    private sealed record Entry(Instant At, string Text, Duration Counted, int ClosedDays);

    public static IReadOnlyList<string> Lines(MetricDerivation metric, DurationSpec target, DateTimeZone zone)
    {
        var entries = new List<Entry>();
        var goal = metric.BusinessDays?.PausedOpenTime ?? target.Elapsed;
        var total = Duration.Zero;
        foreach (var interval in metric.Counted)
        {
            total += interval.Length;
            entries.Add(new Entry(interval.Start,
                $"Counted {LocalTimeText.Span(interval.Start, interval.End, zone)}: {LocalTimeText.Length(interval.Length)} ({LocalTimeText.Length(total)} of {LocalTimeText.Length(goal)}).",
                interval.Length, 0));
        }
        entries.AddRange(ClosedDays(metric.ClosedDays, zone));
        foreach (var applied in metric.Pauses)
            entries.Add(new Entry(applied.Pause.Start, applied.Pause.End is { } end
                ? $"Paused {LocalTimeText.Span(applied.Pause.Start, end, zone)}: {LocalTimeText.Length(applied.OpenTimeNotCounted)} of open time not counted."
                : $"Paused {LocalTimeText.OpenSpan(applied.Pause.Start, null, zone)}: the clock stops for good.", Duration.Zero, 0));
        var ordered = entries.OrderBy(e => e.At).ToList(); // stable: equal instants keep the order above
        if (ordered.Count <= MaxLines) return ordered.Select(e => e.Text).ToList();
        var hidden = ordered.Skip(KeptAtEachEnd).Take(ordered.Count - 2 * KeptAtEachEnd).ToList();
        var counted = hidden.Count(e => e.Counted > Duration.Zero);
        var closed = hidden.Sum(e => e.ClosedDays);
        var summary = $"… from {Day(hidden[0].At, zone)} to {Day(hidden[^1].At, zone)}: {counted} more interval{(counted == 1 ? "" : "s")} counted "
            + $"({LocalTimeText.Length(hidden.Aggregate(Duration.Zero, (sum, e) => sum + e.Counted))}) and {closed} closed day{(closed == 1 ? "" : "s")} skipped (all listed with --format json) …";
        return ordered.Take(KeptAtEachEnd).Select(e => e.Text).Append(summary).Concat(ordered.Skip(ordered.Count - KeptAtEachEnd).Select(e => e.Text)).ToList();
    }

    private static string Day(Instant at, DateTimeZone zone) => LocalTimeText.Day(at.InZone(zone).Date);

    /// <summary>Closed days, consecutive plain ones (no holiday) as one line: <c>Skipped Sat 2026-10-03 - Sun 2026-10-04: no hours.</c></summary>
    private static IEnumerable<Entry> ClosedDays(IReadOnlyList<ClosedDay> days, DateTimeZone zone)
    {
        for (var i = 0; i < days.Count;)
        {
            var day = days[i];
            var at = day.Date.AtStartOfDayInZone(zone).ToInstant();
            if (day.IsHoliday)
            {
                var why = (day.HasWeeklyHours ? "" : "no hours, and ") + "a holiday (" + string.Join(", ", day.Holidays) + ")";
                yield return new Entry(at, $"Skipped {LocalTimeText.Day(day.Date)}: {why}.", Duration.Zero, 1);
                i++;
                continue;
            }
            var last = i;
            while (last + 1 < days.Count && !days[last + 1].IsHoliday && days[last + 1].HasWeeklyHours == day.HasWeeklyHours
                   && days[last + 1].Date == days[last].Date.PlusDays(1)) last++;
            var span = last == i ? LocalTimeText.Day(day.Date) : LocalTimeText.Day(day.Date) + " - " + LocalTimeText.Day(days[last].Date);
            yield return new Entry(at, $"Skipped {span}: {(day.HasWeeklyHours ? "closed" : "no hours")}.", Duration.Zero, last - i + 1);
            i = last + 1;
        }
    }
}
