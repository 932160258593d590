using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// A calendar as a reader needs it: id, title, weekly hours in words (<c>Mon-Fri 08:00-17:00</c> or
/// <c>24/7</c>), its zone, and the titles of the holiday sets it closes on (plus a count of other holiday rules).
/// </summary>
public sealed record CalendarDescription(
    string Id,
    string Title,
    string Hours,
    DateTimeZone Zone,
    IReadOnlyList<string> HolidaySets,
    int OtherHolidayRules);
