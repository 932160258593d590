using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// A target in business days: counted from <see cref="ClockStart"/> (the next opening) over
/// <see cref="OpenDays"/> (the following dates with open time), giving <see cref="RuleDue"/>; open time
/// lost to pauses on the way (<see cref="PausedOpenTime"/>) is then added after it.
/// </summary>
public sealed record BusinessDayCount(int Days, Instant ClockStart, IReadOnlyList<LocalDate> OpenDays, Instant RuleDue, Duration PausedOpenTime);
