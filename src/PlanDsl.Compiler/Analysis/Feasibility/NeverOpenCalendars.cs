using NodaTime;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Calendars;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>
/// PD0832: a calendar whose holidays and closed dates cover every day it has hours for a whole year, from
/// 2026 to 2045: nothing measured on it is due that year and no channel on it opens. (A calendar without
/// hours is the binder's PD0307; one without open time for ten years makes the runtime give up.)
/// </summary>
internal static class NeverOpenCalendars
{
    public static void Check(FeasibilityScope scope)
    {
        foreach (var model in scope.Catalog.Calendars)
        {
            if (model.Holidays.IsDefaultOrEmpty || scope.Calendar(model.Id) is not { } calendar) continue;
            if (!model.AlwaysOpen && model.Hours.IsDefaultOrEmpty) continue;
            var closedYears = new List<int>();
            for (var year = FeasibilityScope.FirstYear; year <= FeasibilityScope.LastYear; year++)
                if (!OpensIn(calendar, year)) closedYears.Add(year);
            if (closedYears.Count == 0) continue;
            var when = closedYears.Count == FeasibilityScope.LastYear - FeasibilityScope.FirstYear + 1
                ? $"any year from {FeasibilityScope.FirstYear} to {FeasibilityScope.LastYear}"
                : Wording.JoinAnd(closedYears.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
            scope.Context.Report(DiagnosticCodes.CalendarNeverOpen, scope.Sources.Calendar(model.Id), model.Id, Wording.Hours(model), when);
        }
    }

    /// <summary>True at the year's first day with open time: a calendar usually opens in the year's first week.</summary>
    private static bool OpensIn(BusinessCalendar calendar, int year)
    {
        var end = new LocalDate(year, 12, 31);
        for (var day = new LocalDate(year, 1, 1); day <= end; day = day.PlusDays(1))
            if (calendar.IsOpenDay(day)) return true;
        return false;
    }
}
