using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>The local dates between two instants on which a calendar has no open time, with the holidays that fall on them.</summary>
internal static class ClosedDayFinder
{
    public static IReadOnlyList<ClosedDay> Between(BusinessCalendar calendar, Instant from, Instant to, ResolvedCatalog catalog, string language)
    {
        var days = new List<ClosedDay>();
        if (calendar.IsAlwaysOpen || to < from) return days;
        var last = to.InZone(calendar.Zone).Date;
        var hours = calendar.Model.Hours.IsDefault ? new List<WeeklySpan>() : calendar.Model.Hours.ToList();
        for (var date = from.InZone(calendar.Zone).Date; date <= last; date = date.PlusDays(1))
        {
            if (calendar.IsOpenDay(date)) continue;
            var hasHours = calendar.Model.AlwaysOpen || hours.Any(s => s.Day == date.DayOfWeek);
            var holidays = calendar.HolidayRulesOn(date).Select(r => r.Name.IsEmpty ? r.Describe() : r.Name.Get(language, catalog.DefaultLanguage)).ToList();
            days.Add(new ClosedDay(date, hasHours, holidays));
        }
        return days;
    }
}
