using NodaTime;
using PlanDsl.Compiler.Syntax;
using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Feasibility;

/// <summary>PD0832 (a calendar without open time for a year) and PD0833 (a holiday or closed date that closes nothing).</summary>
public class CalendarOpenTimeTests
{
    private static string MondaysOf(int year, int skip = 0)
    {
        var dates = new List<string>();
        for (var d = new LocalDate(year, 1, 1); d.Year == year; d = d.PlusDays(1))
            if (d.DayOfWeek == IsoDayOfWeek.Monday) dates.Add(d.ToString("uuuu-MM-dd", null));
        return string.Join(", ", dates.Skip(skip));
    }

    private static string MondayDesk(string closed) => $$"""
        catalog c "C" { }
        calendar monday_desk "Monday desk" {
          hours: Mon 08:00-09:00
          closed: {{closed}}
        }
        """;

    [Fact]
    public void A_calendar_closed_on_every_day_it_has_hours_for_a_year_is_reported_with_the_year()
    {
        var finding = Single(MondayDesk(MondaysOf(2027)), "PD0832", 2, 10,
            "calendar 'monday_desk' (Mon 08:00-09:00, less holidays) is never open in 2027: its holidays and closed dates fall on every day it has hours");
        Assert.True(finding.IsError);
    }

    [Fact]
    public void One_open_day_in_the_year_is_enough()
    {
        None(MondayDesk(MondaysOf(2027, skip: 1)), "PD0832");
    }

    private const string Header = """
        catalog c "C" { }
        holidays public_days "Public days" {
          12-25: "Christmas Day"
          easter: "Easter Sunday"
          easter +1: "Easter Monday"
        }
        """;

    [Fact]
    public void Easter_Sunday_on_a_Monday_to_Friday_calendar_closes_nothing()
    {
        Single(Header + """

            calendar office "Office" {
              hours: Mon-Fri 08:00-16:00
              holidays: public_days
            }
            """, "PD0833", 4, 3,
            "holiday 'Easter Sunday' (easter) closes nothing: from 2026 to 2045 it falls only on Sundays, when calendar 'office' is closed");
    }

    [Fact]
    public void A_shared_holiday_is_reported_only_when_no_calendar_using_it_is_open_on_it()
    {
        var result = Compile(Header + """

            calendar office "Office" {
              hours: Mon-Fri 08:00-16:00
              holidays: public_days
            }
            calendar store "Store" {
              hours: Mon-Sun 10:00-18:00
              holidays: public_days
            }
            """);
        result.None("PD0833");
    }

    [Fact]
    public void Every_calendar_using_the_holiday_is_named()
    {
        Single(Header + """

            calendar office "Office" {
              hours: Mon-Fri 08:00-16:00
              holidays: public_days
            }
            calendar back_office "Back office" from office { hours: Mon-Thu 07:00-15:00 }
            """, "PD0833", 4, 3,
            "holiday 'Easter Sunday' (easter) closes nothing: from 2026 to 2045 it falls only on Sundays, when calendars 'back_office' and 'office' are closed");
    }

    [Fact]
    public void A_closed_date_on_a_day_without_hours_is_reported_where_it_is_written()
    {
        Single("""
            catalog c "C" { }
            calendar office "Office" {
              hours: Mon-Fri 08:00-16:00
              closed: 2026-12-24, 2026-12-26
            }
            """, "PD0833", 4, 23,
            "closed date 2026-12-26 closes nothing: it is a Saturday, when calendar 'office' is closed");
    }

    [Fact]
    public void A_calendar_that_takes_over_the_closed_dates_and_opens_on_them_keeps_them_useful()
    {
        None("""
            catalog c "C" { }
            calendar office "Office" {
              hours: Mon-Fri 08:00-16:00
              closed: 2026-12-26
            }
            calendar weekend "Weekend" from office { hours: Sat-Sun 10:00-14:00 }
            """, "PD0833");
    }

    [Fact]
    public void On_a_24_7_calendar_every_holiday_closes_something()
    {
        None(Header + """

            calendar round_the_clock "24/7" {
              hours: 24/7
              holidays: public_days
            }
            """, "PD0833");
    }

    [Fact]
    public void A_holiday_that_starts_later_is_judged_over_twenty_years_from_its_start()
    {
        Single("""
            catalog c "C" { }
            holidays later "Later" {
              easter from 2050: "Easter Sunday"
            }
            calendar office "Office" {
              hours: Mon-Fri 08:00-16:00
              holidays: later
            }
            """, "PD0833", 3, 3,
            "holiday 'Easter Sunday' (easter from 2050) closes nothing: from 2050 to 2069 it falls only on Sundays, when calendar 'office' is closed");
    }

    [Fact]
    public void A_holiday_in_a_shared_file_is_suppressed_where_it_is_written()
    {
        var holidays = new SourceFile("shared/holidays.plan", """
            holidays public_days "Public days" {
              // plandsl-disable-next-line feasibility -- listed for completeness, as the statute lists it
              easter: "Easter Sunday"
              easter +1: "Easter Monday"
            }
            """);
        var catalog = new SourceFile("catalog.plan", """
            import "shared/holidays.plan"
            catalog c "C" { }
            calendar office "Office" {
              hours: Mon-Fri 08:00-16:00
              holidays: public_days
            }
            """);
        Compile(catalog, holidays).None("PD0833", "PD0804");
    }
}
