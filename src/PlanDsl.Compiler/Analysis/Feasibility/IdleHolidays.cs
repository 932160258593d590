using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>
/// PD0833: a holiday or closed date that never falls on a day with opening hours closes nothing. A holiday
/// is judged once, where it is written, against every calendar that uses it: a holiday set lists a
/// country's days and is shared, so an entry is reported only when no calendar using it has hours on any
/// of its dates from 2026 to 2045 (Easter Sunday in a set used only by Mon-Fri calendars), never merely
/// because one Mon-Fri calendar among others does not open on it.
/// </summary>
internal static class IdleHolidays
{
    public static void Check(FeasibilityScope scope)
    {
        // Each rule instance and the calendars that use it, in the order they are met.
        var users = new Dictionary<HolidayRule, List<CalendarModel>>(ReferenceEqualityComparer.Instance);
        var order = new List<HolidayRule>();
        foreach (var calendar in scope.Catalog.Calendars)
        {
            if (calendar.Holidays.IsDefaultOrEmpty) continue;
            foreach (var rule in calendar.Holidays)
            {
                if (!users.TryGetValue(rule, out var list))
                {
                    users[rule] = list = new List<CalendarModel>();
                    order.Add(rule);
                }
                if (!list.Contains(calendar)) list.Add(calendar);
            }
        }
        if (order.Count == 0) return;

        // Whether a calendar has hours on a date, holidays aside.
        var weekly = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        bool HasHours(CalendarModel calendar, LocalDate date)
        {
            if (calendar.AlwaysOpen) return true;
            if (!weekly.TryGetValue(calendar.Id, out var open))
                weekly[calendar.Id] = open = BusinessCalendar.From(calendar with { Holidays = ImmutableArray<HolidayRule>.Empty });
            return open.IsOpenDay(date);
        }

        foreach (var rule in order)
        {
            var dates = DatesOf(rule);
            if (dates.Count == 0) continue;
            var calendars = users[rule];
            if (dates.Any(date => calendars.Any(c => HasHours(c, date)))) continue;
            var closed = calendars.Select(c => $"'{c.Id}'").OrderBy(n => n, StringComparer.Ordinal).ToList();
            var when = (closed.Count == 1 ? "calendar " : "calendars ") + Wording.JoinAnd(closed) + (closed.Count == 1 ? " is closed" : " are closed");
            scope.Context.Report(DiagnosticCodes.HolidayClosesNothing, scope.Sources.Holiday(rule), What(rule, scope.Catalog), Falls(rule, dates), when);
        }
    }

    /// <summary>The dates a rule closes: a fixed date, else one a year from 2026 (or its first year) for 20 years.</summary>
    private static List<LocalDate> DatesOf(HolidayRule rule)
    {
        var dates = new List<LocalDate>();
        if (rule.Kind == HolidayRuleKind.Fixed)
        {
            if (rule.In(rule.Date!.Value.Year) is { } date) dates.Add(date);
            return dates;
        }
        var first = Math.Max(FeasibilityScope.FirstYear, rule.FromYear ?? FeasibilityScope.FirstYear);
        var last = first + (FeasibilityScope.LastYear - FeasibilityScope.FirstYear);
        for (var year = first; year <= last; year++)
            if (rule.In(year) is { } date) dates.Add(date);
        return dates;
    }

    private static string What(HolidayRule rule, ResolvedCatalog catalog)
    {
        if (rule.Name.IsEmpty) return "closed date " + rule.Describe();
        return $"holiday '{Wording.Text(rule.Name, catalog)}' ({rule.Describe()})";
    }

    private static string Falls(HolidayRule rule, IReadOnlyList<LocalDate> dates)
    {
        if (rule.Kind == HolidayRuleKind.Fixed)
            return $"it is a {Wording.DayFull(dates[0].DayOfWeek)}";
        var days = dates.Select(d => d.DayOfWeek).Distinct().OrderBy(d => d).Select(Wording.DayPlural).ToList();
        return $"from {dates[0].Year} to {dates[^1].Year} it falls only on {Wording.JoinAnd(days)}";
    }
}
