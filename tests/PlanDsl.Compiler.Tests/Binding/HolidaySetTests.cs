using NodaTime;
using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>Holiday sets: yearly dates, Easter offsets, dates from a year on, single dates and included sets.</summary>
public sealed class HolidaySetTests
{
    private const string Source = """
        catalog c "C" { }
        holidays pl "Polish" {
          01-01: "New Year"
          easter: "Easter Sunday"
          easter +1: "Easter Monday"
          easter +60: "Corpus Christi"
          easter -2: "Good Friday"
          12-24 from 2025: "Christmas Eve"
          2026-11-10: "Bridge day"
          include: extra
        }
        holidays extra "Extra" {
          05-01: "Labour Day"
        }
        calendar office {
          hours: Mon-Fri 08:00-17:00
          holidays: pl
        }
        """;

    private static HolidayRule Rule(string name) =>
        Catalog(Source).HolidaySets.Single(h => h.Id == "pl").Rules.Single(r => r.Name.Get("en") == name);

    [Fact]
    public void A_month_day_holiday_falls_every_year()
    {
        var rule = Rule("New Year");
        Assert.Equal(HolidayRuleKind.Yearly, rule.Kind);
        Assert.Equal(new LocalDate(2024, 1, 1), rule.In(2024));
        Assert.Equal(new LocalDate(2031, 1, 1), rule.In(2031));
    }

    [Theory]
    [InlineData("Easter Sunday", 2026, 4, 5)]
    [InlineData("Easter Monday", 2026, 4, 6)]
    [InlineData("Corpus Christi", 2026, 6, 4)]
    [InlineData("Good Friday", 2026, 4, 3)]
    [InlineData("Easter Monday", 2025, 4, 21)]
    [InlineData("Corpus Christi", 2025, 6, 19)]
    public void Easter_offsets_count_days_from_Western_Easter_Sunday(string name, int year, int month, int day)
    {
        var rule = Rule(name);
        Assert.Equal(HolidayRuleKind.EasterRelative, rule.Kind);
        Assert.Equal(new LocalDate(year, month, day), rule.In(year));
    }

    [Fact]
    public void A_holiday_from_a_year_on_is_not_in_earlier_years()
    {
        var rule = Rule("Christmas Eve");
        Assert.Equal(2025, rule.FromYear);
        Assert.Null(rule.In(2024));
        Assert.Equal(new LocalDate(2025, 12, 24), rule.In(2025));
        Assert.Equal(new LocalDate(2026, 12, 24), rule.In(2026));
    }

    [Fact]
    public void A_single_date_closes_only_in_its_year()
    {
        var rule = Rule("Bridge day");
        Assert.Equal(HolidayRuleKind.Fixed, rule.Kind);
        Assert.Equal(new LocalDate(2026, 11, 10), rule.In(2026));
        Assert.Null(rule.In(2027));
    }

    [Fact]
    public void Include_adds_every_holiday_of_another_set()
    {
        var set = Catalog(Source).HolidaySets.Single(h => h.Id == "pl");
        Assert.Equal(
            new[] { "New Year", "Easter Sunday", "Easter Monday", "Corpus Christi", "Good Friday", "Christmas Eve", "Bridge day", "Labour Day" },
            set.Rules.Select(r => r.Name.Get("en")));
        Assert.Equal(new LocalDate(2026, 5, 1), set.Rules[^1].In(2026));
    }

    [Fact]
    public void A_calendar_closes_on_the_holidays_of_its_sets()
    {
        var calendar = Catalog(Source).FindCalendar("office")!;
        Assert.Equal(8, calendar.Holidays.Length);
        Assert.Contains(calendar.Holidays, h => h.In(2026) == new LocalDate(2026, 4, 6));
    }

    [Fact]
    public void Holiday_names_are_translated_texts()
    {
        var catalog = Catalog("""
            catalog c "C" { language: pl }
            holidays pl { 11-11: "Święto Niepodległości" en "Independence Day" }
            """);
        Assert.Equal(Text(("en", "Independence Day"), ("pl", "Święto Niepodległości")), catalog.HolidaySets[0].Rules[0].Name);
    }

    [Fact]
    public void Sets_that_include_each_other_are_PD0207()
    {
        const string source = """
            catalog c "C" { }
            holidays a { include: b }
            holidays b { include: a }
            """;
        Reports(source, "PD0207", 3, 23);
    }

    [Fact]
    public void An_unknown_included_set_is_PD0101()
    {
        const string source = """
            catalog c "C" { }
            holidays a { include: polish }
            holidays polish_public { 01-01: "New Year" }
            """;
        var d = Reports(source, "PD0101", 2, 23);
        Assert.Equal("unknown holiday set 'polish'", d.Message.Split(';')[0]);
    }

    [Fact]
    public void A_month_day_that_does_not_exist_is_PD0304()
    {
        const string source = """
            catalog c "C" { }
            holidays a {
              02-30: "No such day"
            }
            """;
        Reports(source, "PD0304", 3, 3);
    }
}
