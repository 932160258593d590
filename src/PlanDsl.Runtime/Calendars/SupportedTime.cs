using NodaTime;
using NodaTime.Text;

namespace PlanDsl.Runtime.Calendars;

/// <summary>
/// The stretch of the timeline the calendars answer in. NodaTime's instants end with 9999-12-31, and a
/// local day's open time needs the next midnight in every zone (offsets reach ±18 h), so the last
/// instant anything is computed for is <see cref="Last"/>, 9999-12-30T00:00:00Z. A question or an
/// answer after it gives <see cref="BeyondSupportedTimeException"/>, never a wrong answer or an overflow.
/// </summary>
public static class SupportedTime
{
    /// <summary>The last instant the calendars answer for (exclusive end of the open time they see).</summary>
    public static readonly Instant Last = Instant.FromUtc(9999, 12, 30, 0, 0);

    /// <summary>The last local date whose open time is worked out (its intervals end by 9999-12-31 local midnight).</summary>
    internal static readonly LocalDate LastDate = new(9999, 12, 30);

    /// <summary><see cref="Last"/> as ISO-8601 text.</summary>
    public static string LastText => InstantPattern.ExtendedIso.Format(Last);

    /// <summary>The instant <paramref name="duration"/> after <paramref name="start"/>, or null when that is after <see cref="Last"/>.</summary>
    public static Instant? Plus(Instant start, Duration duration) =>
        start > Last || duration > Last - start ? null : start + duration;
}
