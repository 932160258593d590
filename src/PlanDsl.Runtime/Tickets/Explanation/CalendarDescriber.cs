using System.Globalization;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>Describes a calendar in words: its weekly hours grouped by runs of days with the same spans, its zone, its holidays.</summary>
internal static class CalendarDescriber
{
    public static CalendarDescription Describe(BusinessCalendar calendar, ResolvedCatalog catalog, string language)
    {
        var model = calendar.Model;
        var rules = model.Holidays.IsDefault ? new List<HolidayRule>() : model.Holidays.ToList();
        var sets = new List<string>();
        foreach (var set in catalog.HolidaySets)
        {
            if (set.Rules.IsDefaultOrEmpty || !set.Rules.All(rules.Contains)) continue;
            sets.Add(set.Title.IsEmpty ? set.Id : set.Title.Get(language, catalog.DefaultLanguage));
            rules.RemoveAll(set.Rules.Contains);
        }
        var title = model.Title.IsEmpty ? model.Id : model.Title.Get(language, catalog.DefaultLanguage);
        return new CalendarDescription(model.Id, title, Hours(model), calendar.Zone, sets, rules.Count);
    }

    /// <summary><c>Mon-Fri 08:00-17:00</c>, <c>Mon-Fri 08:00-12:00, 13:00-17:00; Sat 09:00-13:00</c>, <c>24/7</c>, or <c>no hours</c>.</summary>
    public static string Hours(CalendarModel model)
    {
        if (model.AlwaysOpen) return "24/7";
        var spans = model.Hours.IsDefault ? new List<WeeklySpan>() : model.Hours.ToList();
        var byDay = Enumerable.Range(1, 7)
            .Select(d => string.Join(", ", spans.Where(s => (int)s.Day == d).OrderBy(s => s.Start).Select(Span)))
            .ToList();
        var groups = new List<string>();
        for (var first = 0; first < 7;)
        {
            var last = first;
            while (last + 1 < 7 && byDay[last + 1] == byDay[first]) last++;
            if (byDay[first].Length > 0)
                groups.Add((first == last ? Day(first) : Day(first) + "-" + Day(last)) + " " + byDay[first]);
            first = last + 1;
        }
        return groups.Count == 0 ? "no hours" : string.Join("; ", groups);
    }

    private static string Day(int index) => ((IsoDayOfWeek)(index + 1)).ToString()[..3];

    private static string Span(WeeklySpan span) =>
        span.Start.ToString("HH':'mm", CultureInfo.InvariantCulture) + "-" + (span.EndsAtMidnight ? "24:00" : span.End.ToString("HH':'mm", CultureInfo.InvariantCulture));
}
