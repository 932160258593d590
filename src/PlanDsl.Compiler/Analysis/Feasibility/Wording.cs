using System.Globalization;
using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>How the feasibility findings write rows, calendars and instants: "Critical response", "Mon-Fri 08:00-16:00", "Fri 16:00".</summary>
internal static class Wording
{
    private static readonly string[] DayNames = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

    /// <summary>A text for an English message: its English version, else the catalog's language.</summary>
    public static string Text(LocalizedText text, ResolvedCatalog catalog) => text.Get("en", catalog.DefaultLanguage);

    public static string MetricWord(Metric metric) => metric switch
    {
        Metric.Response => "response",
        Metric.StatusUpdate => "status update",
        Metric.FollowUp => "follow-up",
        _ => "resolution",
    };

    /// <summary>"Critical failure response": the severities' and the kind's titles, then the metric, as a sentence start.</summary>
    public static string Subject(ResolvedCatalog catalog, IEnumerable<string?> severities, string? kind, Metric metric)
    {
        var parts = new List<string>();
        var titles = severities.Where(s => s is not null).Select(s => SeverityTitle(catalog, s!)).Distinct().ToList();
        if (titles.Count > 0) parts.Add(JoinAnd(titles));
        if (kind is not null) parts.Add(catalog.Kinds.FirstOrDefault(k => k.Id == kind) is { } k && !k.Title.IsEmpty ? Text(k.Title, catalog) : kind);
        parts.Add(MetricWord(metric));
        return Capitalize(string.Join(" ", parts));
    }

    private static string SeverityTitle(ResolvedCatalog catalog, string severity) =>
        catalog.Severities.FirstOrDefault(s => s.Id == severity) is { } s && !s.Title.IsEmpty ? Text(s.Title, catalog) : severity;

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>A calendar's weekly hours, days with the same spans grouped: "Mon-Fri 08:00-16:00, Sat 10:00-14:00, less holidays".</summary>
    public static string Hours(CalendarModel calendar)
    {
        var holidays = calendar.Holidays.IsDefaultOrEmpty ? "" : ", less holidays";
        if (calendar.AlwaysOpen) return "24/7" + holidays;
        var byDay = new string[8];
        for (var d = 1; d <= 7; d++)
            byDay[d] = string.Join(" ", calendar.Hours.Where(h => (int)h.Day == d).OrderBy(h => h.Start).Select(h => h.Describe()[4..]));
        var groups = new List<string>();
        for (var d = 1; d <= 7;)
        {
            var end = d;
            while (end < 7 && byDay[end + 1] == byDay[d]) end++;
            if (byDay[d].Length > 0) groups.Add((end == d ? DayNames[d] : $"{DayNames[d]}-{DayNames[end]}") + " " + byDay[d]);
            d = end + 1;
        }
        return (groups.Count == 0 ? "no hours" : string.Join(", ", groups)) + holidays;
    }

    /// <summary>"Fri 16:00" in the zone; with the date when it is a week or more after <paramref name="from"/>.</summary>
    public static string At(Instant instant, DateTimeZone zone, Instant? from = null)
    {
        var local = instant.InZone(zone).LocalDateTime;
        var day = DayNames[(int)local.DayOfWeek];
        var time = local.TimeOfDay.ToString("HH':'mm", CultureInfo.InvariantCulture);
        var far = from is { } start && Period.Between(start.InZone(zone).Date, local.Date, PeriodUnits.Days).Days >= 7;
        return far ? $"{day} {local.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} {time}" : $"{day} {time}";
    }

    public static string Day(IsoDayOfWeek day) => DayNames[(int)day];

    public static string DayPlural(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "Mondays",
        IsoDayOfWeek.Tuesday => "Tuesdays",
        IsoDayOfWeek.Wednesday => "Wednesdays",
        IsoDayOfWeek.Thursday => "Thursdays",
        IsoDayOfWeek.Friday => "Fridays",
        IsoDayOfWeek.Saturday => "Saturdays",
        _ => "Sundays",
    };

    public static string DayFull(IsoDayOfWeek day) => day.ToString();
}
