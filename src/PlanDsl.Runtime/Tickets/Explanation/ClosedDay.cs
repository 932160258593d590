using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// A local date inside a metric's count on which its calendar has no open time: a day without weekly
/// hours, a holiday (<see cref="Holidays"/> names the rules that fall on it), or both.
/// </summary>
public sealed record ClosedDay(LocalDate Date, bool HasWeeklyHours, IReadOnlyList<string> Holidays)
{
    public bool IsHoliday => Holidays.Count > 0;
}
