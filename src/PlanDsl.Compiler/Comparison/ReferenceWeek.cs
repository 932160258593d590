using System.Globalization;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Comparison;

/// <summary>
/// The yardstick for comparing clocks: the week of Monday 5 October 2026 in a zone (no DST change, no
/// common holiday). A target is measured by opening a ticket at every whole hour of that week (168
/// instants) and taking the real elapsed time until it is due; a calendar by its open time that week
/// (and, to break a tie, over the year 2026, which counts holidays).
/// </summary>
public sealed class ReferenceWeek
{
    /// <summary>The Monday the reference week starts on.</summary>
    public static readonly LocalDate Monday = new(2026, 10, 5);

    public ReferenceWeek(DateTimeZone zone)
    {
        Zone = zone;
        Start = Monday.AtMidnight().InZoneLeniently(zone).ToInstant();
        End = Monday.PlusDays(7).AtMidnight().InZoneLeniently(zone).ToInstant();
        YearStart = new LocalDate(2026, 1, 1).AtMidnight().InZoneLeniently(zone).ToInstant();
        YearEnd = new LocalDate(2027, 1, 1).AtMidnight().InZoneLeniently(zone).ToInstant();
    }

    public DateTimeZone Zone { get; }

    public Instant Start { get; }

    public Instant End { get; }

    public Instant YearStart { get; }

    public Instant YearEnd { get; }

    /// <summary>The opening instants: every whole hour of the week.</summary>
    public IEnumerable<Instant> Openings()
    {
        for (var t = Start; t < End; t += Duration.FromHours(1)) yield return t;
    }

    /// <summary>
    /// The worst case and the average real elapsed time from opening to due; null when the calendar never opens;
    /// <see cref="TargetMeasure.PastSupportedTime"/> when a ticket of the week would be due after <see cref="SupportedTime.Last"/>.
    /// </summary>
    public TargetMeasure? Measure(BusinessCalendar calendar, DurationSpec duration)
    {
        var worst = Duration.Zero;
        // 168 waits of up to 100000 days sum past both the Int64 nanoseconds (292 years) and the range of a
        // Duration (2^24 days): add them exactly.
        var total = System.Numerics.BigInteger.Zero;
        var count = 0;
        try
        {
            var openings = Openings().ToList();
            var due = calendar.AddToEach(openings, duration);
            for (var i = 0; i < openings.Count; i++)
            {
                var elapsed = due[i] - openings[i];
                if (elapsed > worst) worst = elapsed;
                total += elapsed.ToBigIntegerNanoseconds();
                count++;
            }
        }
        catch (CalendarNeverOpensException)
        {
            return null;
        }
        catch (BeyondSupportedTimeException)
        {
            return TargetMeasure.PastSupportedTime;
        }
        return new TargetMeasure(worst, Duration.FromNanoseconds(total / count));
    }

    /// <summary>Open time in the week and in the year 2026.</summary>
    public (Duration Week, Duration Year) OpenTime(BusinessCalendar calendar) =>
        (calendar.OpenTimeBetween(Start, End), calendar.OpenTimeBetween(YearStart, YearEnd));

    /// <summary>"62 h 30 min" style, as DurationSpec prints elapsed time.</summary>
    public static string Show(Duration d) => DurationSpec.Of(Duration.FromMinutes((long)Math.Round(d.TotalMinutes))).ToString();

    /// <summary>Hours with one decimal, for open time over a year.</summary>
    public static string Hours(Duration d) => d.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h";
}

/// <summary>A target measured over the reference week: the longest and the average wait until due.</summary>
public readonly record struct TargetMeasure(Duration Worst, Duration Average)
{
    /// <summary>A target that no ticket of the week meets before <see cref="SupportedTime.Last"/>, the end of supported time.</summary>
    public static TargetMeasure PastSupportedTime { get; } = new(Duration.MaxValue, Duration.MaxValue) { IsPastSupportedTime = true };

    /// <summary>True for <see cref="PastSupportedTime"/>: the waits are not known, only that they end after the end of supported time.</summary>
    public bool IsPastSupportedTime { get; private init; }
}
