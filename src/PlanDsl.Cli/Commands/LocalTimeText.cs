using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>Instants, intervals and durations as a reader says them: <c>Fri 2026-10-02 18:30</c>, <c>Mon 2026-10-05 08:00-16:00</c>, <c>1 h 30 min</c>.</summary>
public static class LocalTimeText
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm");
    private static readonly LocalDateTimePattern Seconds = LocalDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm':'ss");
    private static readonly LocalTimePattern TimeOnly = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalTimePattern TimeWithSeconds = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss");
    private static readonly LocalDatePattern DateOnly = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");

    /// <summary><c>Fri 2026-10-02 18:30</c> (seconds only when there are any).</summary>
    public static string At(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return (HasSeconds(local.TimeOfDay) ? Seconds : Minutes).Format(local);
    }

    /// <summary><c>Fri 2026-10-02 18:30 America/Denver</c>.</summary>
    public static string AtInZone(Instant instant, DateTimeZone zone) => At(instant, zone) + " " + zone.Id;

    /// <summary><c>Sat 2026-10-03</c>.</summary>
    public static string Day(LocalDate date) => DateOnly.Format(date);

    /// <summary><c>Mon 2026-10-05 08:00-16:00</c>, <c>Mon 2026-10-05 08:00-24:00</c>, or <c>Sat 2026-10-03 20:45 - Sun 2026-10-04 02:00</c>.</summary>
    public static string Span(Instant start, Instant end, DateTimeZone zone)
    {
        var from = start.InZone(zone).LocalDateTime;
        var to = end.InZone(zone).LocalDateTime;
        if (to.Date == from.Date) return At(start, zone) + "-" + Time(to.TimeOfDay);
        if (to.Date == from.Date.PlusDays(1) && to.TimeOfDay == LocalTime.Midnight) return At(start, zone) + "-24:00";
        return At(start, zone) + " - " + At(end, zone);
    }

    /// <summary>From <paramref name="start"/> on: the same span, or <c>from Mon 2026-10-05 10:30, never resumed</c> when it has no end.</summary>
    public static string OpenSpan(Instant start, Instant? end, DateTimeZone zone) =>
        end is { } e ? Span(start, e, zone) : "from " + At(start, zone) + ", never resumed";

    /// <summary><c>8 h</c>, <c>1 h 30 min</c>, <c>15 min</c>.</summary>
    public static string Length(Duration duration) => DurationSpec.Of(duration).ToString();

    private static string Time(LocalTime time) => (HasSeconds(time) ? TimeWithSeconds : TimeOnly).Format(time);

    private static bool HasSeconds(LocalTime time) => time.Second != 0 || time.TickOfSecond != 0;
}
