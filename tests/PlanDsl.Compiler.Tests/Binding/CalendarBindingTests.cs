using NodaTime;
using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>Calendars: weekly hours, spans past midnight, wrapping day ranges, <c>from</c>, zones and the built-in <c>always</c>.</summary>
public sealed class CalendarBindingTests
{
    private static CalendarModel CalendarOf(string declarations, string id)
    {
        var catalog = Catalog("catalog c \"C\" { }\n" + declarations);
        var calendar = catalog.FindCalendar(id);
        Assert.NotNull(calendar);
        return calendar!;
    }

    private static WeeklySpan Span(IsoDayOfWeek day, int startHour, int startMinute, int? endHour, int endMinute = 0) =>
        WeeklySpan.Create(day, new LocalTime(startHour, startMinute), endHour is { } h ? new LocalTime(h, endMinute) : null);

    [Fact]
    public void Weekday_hours_give_one_span_a_day()
    {
        var calendar = CalendarOf("calendar office { hours: Mon-Fri 08:00-17:00 }", "office");
        Assert.False(calendar.AlwaysOpen);
        Assert.Equal(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday },
            calendar.Hours.Select(s => s.Day));
        Assert.All(calendar.Hours, s => Assert.Equal((new LocalTime(8, 0), new LocalTime(17, 0), false), (s.Start, s.End, s.EndsAtMidnight)));
    }

    [Fact]
    public void Several_spans_a_day_and_several_hours_lines_add_up()
    {
        var calendar = CalendarOf("""
            calendar split {
              hours: Mon 08:00-12:00 13:00-17:00
              hours: Sat 10:00-14:00
            }
            """, "split");
        Assert.Equal(new[]
        {
            Span(IsoDayOfWeek.Monday, 8, 0, 12),
            Span(IsoDayOfWeek.Monday, 13, 0, 17),
            Span(IsoDayOfWeek.Saturday, 10, 0, 14),
        }, calendar.Hours);
    }

    [Fact]
    public void A_span_past_midnight_splits_into_the_evening_and_the_next_morning()
    {
        var calendar = CalendarOf("calendar night { hours: Mon-Fri 22:00-06:00 }", "night");
        Assert.Equal(new[]
        {
            Span(IsoDayOfWeek.Monday, 22, 0, null),
            Span(IsoDayOfWeek.Tuesday, 0, 0, 6),
            Span(IsoDayOfWeek.Tuesday, 22, 0, null),
            Span(IsoDayOfWeek.Wednesday, 0, 0, 6),
            Span(IsoDayOfWeek.Wednesday, 22, 0, null),
            Span(IsoDayOfWeek.Thursday, 0, 0, 6),
            Span(IsoDayOfWeek.Thursday, 22, 0, null),
            Span(IsoDayOfWeek.Friday, 0, 0, 6),
            Span(IsoDayOfWeek.Friday, 22, 0, null),
            Span(IsoDayOfWeek.Saturday, 0, 0, 6), // Friday night ends on Saturday morning
        }, calendar.Hours);
        Assert.True(calendar.Hours[0].EndsAtMidnight);
    }

    [Fact]
    public void Sunday_night_ends_on_Monday_morning()
    {
        var calendar = CalendarOf("calendar night { hours: Sun 23:00-01:30 }", "night");
        Assert.Equal(new[] { Span(IsoDayOfWeek.Monday, 0, 0, 1, 30), Span(IsoDayOfWeek.Sunday, 23, 0, null) }, calendar.Hours);
    }

    [Fact]
    public void A_span_ending_at_midnight_stays_on_its_day()
    {
        var calendar = CalendarOf("calendar late { hours: Tue 18:00-00:00 }", "late");
        Assert.Equal(new[] { Span(IsoDayOfWeek.Tuesday, 18, 0, null) }, calendar.Hours);
    }

    [Fact]
    public void A_day_range_wraps_past_Sunday()
    {
        var calendar = CalendarOf("calendar wrap { hours: Fri-Mon 10:00-12:00 }", "wrap");
        Assert.Equal(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, calendar.Hours.Select(s => s.Day));
    }

    [Fact]
    public void Midnight_to_24_00_is_the_whole_day()
    {
        var calendar = CalendarOf("calendar sat { hours: Sat 00:00-24:00 }", "sat");
        var span = Assert.Single(calendar.Hours);
        Assert.Equal(Span(IsoDayOfWeek.Saturday, 0, 0, null), span);
        Assert.True(span.EndsAtMidnight);
        Assert.Equal("Sat 00:00-24:00", span.Describe());
    }

    [Theory]
    [InlineData("24/7")]
    [InlineData("24/7/365")]
    public void Twenty_four_seven_is_always_open_without_spans(string hours)
    {
        var calendar = CalendarOf($"calendar open {{ hours: {hours} }}", "open");
        Assert.True(calendar.AlwaysOpen);
        Assert.Empty(calendar.Hours);
    }

    [Fact]
    public void The_built_in_always_calendar_is_open_all_the_time_in_the_catalog_zone_without_holidays()
    {
        var catalog = Catalog("""
            catalog c "C" { timezone: "Europe/Warsaw" }
            """);
        var always = catalog.FindCalendar("always")!;
        Assert.True(always.AlwaysOpen);
        Assert.Equal(new TimeZoneSpec("Europe/Warsaw"), always.TimeZone);
        Assert.Empty(always.Hours);
        Assert.Empty(always.Holidays);
        Assert.Null(always.BasedOn);
    }

    [Fact]
    public void A_calendar_without_a_zone_takes_the_catalog_zone()
    {
        var catalog = Catalog("""
            catalog c "C" { timezone: "America/Denver" }
            calendar office { hours: Mon-Fri 08:00-17:00 }
            """);
        Assert.Equal("America/Denver", catalog.FindCalendar("office")!.TimeZone.Id);
    }

    [Fact]
    public void From_inherits_the_zone_hours_and_holidays()
    {
        var calendar = CalendarOf("""
            holidays h { 01-01: "New Year" }
            calendar base {
              timezone: "Europe/Warsaw"
              hours: Mon-Fri 08:00-17:00
              holidays: h
              closed: 2026-12-24
            }
            calendar copy from base { }
            """, "copy");
        Assert.Equal("base", calendar.BasedOn);
        Assert.Equal("Europe/Warsaw", calendar.TimeZone.Id);
        Assert.Equal(5, calendar.Hours.Length);
        Assert.Equal(new[] { "every 01-01", "2026-12-24" }, calendar.Holidays.Select(h => h.Describe()));
    }

    [Fact]
    public void Hours_given_in_a_derived_calendar_replace_all_inherited_hours()
    {
        var calendar = CalendarOf("""
            holidays h { 01-01: "New Year" }
            calendar base {
              timezone: "Europe/Warsaw"
              hours: Mon-Fri 08:00-17:00
              hours: Sat 09:00-12:00
              holidays: h
            }
            calendar extended from base { hours: Mon-Sun 08:00-21:00 }
            """, "extended");
        Assert.Equal(7, calendar.Hours.Length);
        Assert.All(calendar.Hours, s => Assert.Equal((new LocalTime(8, 0), new LocalTime(21, 0)), (s.Start, s.End)));
        Assert.Equal("Europe/Warsaw", calendar.TimeZone.Id);
        Assert.Equal(new[] { "every 01-01" }, calendar.Holidays.Select(h => h.Describe()));
    }

    [Fact]
    public void A_zone_given_in_a_derived_calendar_replaces_the_inherited_zone()
    {
        var calendar = CalendarOf("""
            calendar base { timezone: "Europe/Warsaw"
              hours: Mon-Fri 08:00-17:00 }
            calendar ny from base { timezone: "America/New_York" }
            """, "ny");
        Assert.Equal("America/New_York", calendar.TimeZone.Id);
        Assert.Equal(5, calendar.Hours.Length);
    }

    [Fact]
    public void Holidays_given_in_a_derived_calendar_replace_the_inherited_sets_but_keep_its_closed_dates()
    {
        var calendar = CalendarOf("""
            holidays pl { 05-03: "Constitution Day" }
            holidays de { 10-03: "Unity Day" }
            calendar base {
              hours: Mon-Fri 08:00-17:00
              holidays: pl
              closed: 2026-12-24
            }
            calendar german from base { holidays: de }
            """, "german");
        Assert.Equal(new[] { "every 10-03", "2026-12-24" }, calendar.Holidays.Select(h => h.Describe()).OrderBy(s => s.StartsWith("every") ? 0 : 1));
    }

    [Fact]
    public void Closed_dates_given_in_a_derived_calendar_replace_the_inherited_closed_dates_and_keep_the_holidays()
    {
        var calendar = CalendarOf("""
            holidays pl { 05-03: "Constitution Day" }
            calendar base {
              hours: Mon-Fri 08:00-17:00
              holidays: pl
              closed: 2026-12-24
            }
            calendar next_year from base { closed: 2027-12-24 }
            """, "next_year");
        Assert.Equal(new[] { "every 05-03", "2027-12-24" }, calendar.Holidays.Select(h => h.Describe()));
    }

    [Theory]
    [InlineData("\"CET\"", "CET")]
    [InlineData("\"Europe/Warsaw\"", "Europe/Warsaw")]
    [InlineData("UTC+02:00", "UTC+02:00")]
    [InlineData("UTC+2", "UTC+02:00")]
    [InlineData("UTC-05:00", "UTC-05:00")]
    [InlineData("UTC+00:00", "UTC")]
    public void Time_zones_are_IANA_ids_or_fixed_offsets(string written, string id)
    {
        var catalog = Catalog($"catalog c \"C\" {{ timezone: {written} }}");
        Assert.Equal(id, catalog.TimeZone.Id);
        Assert.True(TimeZoneSpec.IsKnown(catalog.TimeZone.Id));
    }

    [Fact]
    public void CET_is_the_IANA_zone_with_summer_time()
    {
        var zone = Catalog("catalog c \"C\" { timezone: \"CET\" }").TimeZone.Resolve();
        Assert.Equal(Offset.FromHours(1), zone.GetUtcOffset(Instant.FromUtc(2026, 1, 15, 12, 0)));
        Assert.Equal(Offset.FromHours(2), zone.GetUtcOffset(Instant.FromUtc(2026, 7, 15, 12, 0)));
    }

    [Fact]
    public void A_fixed_offset_never_changes()
    {
        var zone = Catalog("catalog c \"C\" { timezone: UTC+02:00 }").TimeZone.Resolve();
        Assert.Equal(Offset.FromHours(2), zone.GetUtcOffset(Instant.FromUtc(2026, 1, 15, 12, 0)));
        Assert.Equal(Offset.FromHours(2), zone.GetUtcOffset(Instant.FromUtc(2026, 7, 15, 12, 0)));
    }

    [Fact]
    public void The_default_zone_is_UTC()
    {
        Assert.Equal(TimeZoneSpec.Utc, Catalog("catalog c \"C\" { }").TimeZone);
    }

    [Fact]
    public void An_unknown_zone_is_PD0301_with_a_suggestion()
    {
        const string source = """
            catalog c "C" {
              timezone: "Europe/Warsw"
            }
            """;
        var d = Reports(source, "PD0301", 2, 13);
        Assert.Equal("unknown time zone 'Europe/Warsw'; did you mean 'Europe/Warsaw'?", d.Message);
    }

    [Fact]
    public void An_unknown_calendar_zone_is_PD0301()
    {
        const string source = """
            catalog c "C" { }
            calendar office {
              timezone: "Mars/Olympus"
              hours: Mon-Fri 08:00-17:00
            }
            """;
        Reports(source, "PD0301", 3, 13);
    }

    [Fact]
    public void A_bad_day_is_PD0302_with_a_suggestion()
    {
        const string source = """
            catalog c "C" { }
            calendar office {
              hours: Mon-Fry 08:00-17:00
            }
            """;
        var d = Reports(source, "PD0302", 3, 14);
        Assert.EndsWith("did you mean 'Fri'?", d.Message);
    }

    [Fact]
    public void Twenty_five_o_clock_is_PD0303()
    {
        const string source = """
            catalog c "C" { }
            calendar office {
              hours: Mon-Fri 08:00-25:00
            }
            """;
        var d = Reports(source, "PD0303", 3, 18);
        Assert.StartsWith("'25:00' is not a time of day", d.Message);
    }

    [Fact]
    public void Full_day_names_are_accepted()
    {
        var calendar = CalendarOf("calendar office { hours: Monday-Tuesday 08:00-17:00 }", "office");
        Assert.Equal(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday }, calendar.Hours.Select(s => s.Day));
    }
}
