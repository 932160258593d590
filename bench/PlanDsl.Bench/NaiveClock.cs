using NodaTime;
using PlanDsl.Runtime.Calendars;

namespace PlanDsl.Bench;

/// <summary>
/// The naive baseline: business time by stepping minute by minute and asking <see cref="BusinessCalendar.IsOpen"/>
/// each minute until the duration is used up. Exact for openings and calendars on whole minutes.
/// </summary>
public static class NaiveClock
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    public static Instant Add(BusinessCalendar calendar, Instant start, Duration openTime)
    {
        var t = start;
        while (!calendar.IsOpen(t)) t += Minute;          // counting starts at the next opening
        var remaining = openTime;
        while (remaining > Duration.Zero)
        {
            if (calendar.IsOpen(t)) remaining -= Minute;
            t += Minute;
        }
        return t;
    }
}
