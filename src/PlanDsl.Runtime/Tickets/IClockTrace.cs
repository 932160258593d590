using NodaTime;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// Listens to a <see cref="PausableClock"/> counting time, for explanations. The clock calls it only
/// when one is given, so counting without a trace costs nothing more.
/// </summary>
public interface IClockTrace
{
    /// <summary>Running time [start, end) was counted towards the target (the last piece may be shorter than the open interval, or empty).</summary>
    void Counted(Instant start, Instant end);

    /// <summary>A business-day target: the calendar's rule gave <paramref name="due"/>; <paramref name="pausedOpenTime"/> of open time lost to pauses on the way is added after it.</summary>
    void BusinessDaysCounted(Instant start, int days, Instant due, Duration pausedOpenTime);

    /// <summary>A pause that is never resumed stopped the clock for good at <paramref name="at"/> before the target was reached.</summary>
    void StoppedByPause(Instant at);
}
