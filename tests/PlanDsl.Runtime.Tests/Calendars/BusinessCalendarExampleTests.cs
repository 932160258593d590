using System.Diagnostics;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;
using static PlanDsl.Runtime.Tests.Calendars.CalendarKit;

namespace PlanDsl.Runtime.Tests.Calendars;

/// <summary>Hand-computed examples: seed calendars, holidays, spans past midnight, boundaries, long durations.</summary>
public sealed class BusinessCalendarExampleTests
{
    // Oktawave "dni robocze": Mon-Fri 08:00-20:00 Europe/Warsaw, Polish public holidays.
    private static BusinessCalendar Oktawave => Seed("oktawave", "dni_robocze_8_20");

    [Fact]
    public void Easter_Monday_2026_is_closed_on_Oktawave_working_days()
    {
        var calendar = Oktawave;
        Assert.True(calendar.IsHoliday(Date("2026-04-06")));
        Assert.False(calendar.IsOpenDay(Date("2026-04-06")));
        Assert.False(calendar.IsOpen(At("2026-04-06T10:00:00+02:00")));
        Assert.Equal(At("2026-04-07T08:00:00+02:00"), calendar.NextOpening(At("2026-04-03T20:00:00+02:00")));
        // Friday 19:00 + 2 h: one hour on Friday, Monday is Easter Monday, one hour on Tuesday.
        Assert.Equal(At("2026-04-07T09:00:00+02:00"), calendar.Add(At("2026-04-03T19:00:00+02:00"), Duration.FromHours(2)));
        // The week of Easter Monday has four working days of 12 h.
        Assert.Equal(Duration.FromHours(48), calendar.OpenTimeBetween(At("2026-04-06T00:00:00+02:00"), At("2026-04-13T00:00:00+02:00")));
        Assert.False(Seed("oktawave", "godziny_bok").IsOpen(At("2026-04-06T10:00:00+02:00")));
    }

    [Fact]
    public void Other_Polish_holidays_close_their_days_and_Christmas_Eve_only_from_2025()
    {
        var calendar = Oktawave;
        Assert.False(calendar.IsOpen(At("2026-06-04T10:00:00+02:00"))); // Corpus Christi = Easter + 60, a Thursday
        Assert.True(calendar.IsOpen(At("2026-06-05T10:00:00+02:00")));
        Assert.True(calendar.IsOpen(At("2024-12-24T10:00:00+01:00")));  // Christmas Eve 2024, a Tuesday: not yet a holiday
        Assert.False(calendar.IsOpen(At("2026-12-24T10:00:00+01:00"))); // Christmas Eve 2026, a Thursday
        Assert.False(calendar.IsOpen(At("2026-11-11T10:00:00+01:00"))); // Independence Day, a Wednesday
    }

    [Fact]
    public void A_holiday_on_a_Saturday_closes_nothing_more_on_a_weekday_calendar_but_closes_a_weekend_one()
    {
        // 2026-08-15 (Assumption) is a Saturday.
        var week = (At("2026-08-10T00:00:00+02:00"), At("2026-08-17T00:00:00+02:00"));
        Assert.Equal(Duration.FromHours(60), Oktawave.OpenTimeBetween(week.Item1, week.Item2));

        var polish = Seeds.Catalog("oktawave").HolidaySets.Single(s => s.Id == "polish_public").Rules;
        var everyDay = Calendar("Europe/Warsaw", Hours("Mon-Sun", "10:00", "14:00"), polish);
        Assert.False(everyDay.IsOpen(At("2026-08-15T11:00:00+02:00")));
        Assert.True(everyDay.IsOpen(At("2026-08-16T11:00:00+02:00")));
        Assert.Equal(Duration.FromHours(6 * 4), everyDay.OpenTimeBetween(week.Item1, week.Item2));
        Assert.False(everyDay.IsOpen(At("2026-11-01T11:00:00+01:00"))); // All Saints' Day, a Sunday
    }

    [Fact]
    public void A_ticket_exactly_at_opening_and_exactly_at_closing()
    {
        var calendar = Oktawave;
        var opening = At("2026-04-07T08:00:00+02:00");
        var closing = At("2026-04-07T20:00:00+02:00");
        Assert.True(calendar.IsOpen(opening));
        Assert.False(calendar.IsOpen(opening - Duration.Epsilon));
        Assert.False(calendar.IsOpen(closing));
        Assert.True(calendar.IsOpen(closing - Duration.Epsilon));
        Assert.Equal(At("2026-04-07T09:00:00+02:00"), calendar.Add(opening, Duration.FromHours(1)));
        Assert.Equal(At("2026-04-08T09:00:00+02:00"), calendar.Add(closing, Duration.FromHours(1)));
        // Landing exactly at a closing gives the closing, not the next opening.
        Assert.Equal(closing, calendar.Add(opening, Duration.FromHours(12)));
        Assert.Equal(closing, calendar.Add(At("2026-04-07T19:00:00+02:00"), Duration.FromHours(1)));
        Assert.Equal(closing, calendar.NextChange(opening));
        Assert.Equal(At("2026-04-08T08:00:00+02:00"), calendar.NextChange(closing));
        Assert.Equal(At("2026-04-07T08:00:00+02:00"), calendar.NextChange(At("2026-04-03T20:00:00+02:00")));
        Assert.Equal(opening, calendar.NextOpening(opening));
    }

    [Fact]
    public void Zero_durations()
    {
        var calendar = Oktawave;
        var open = At("2026-04-07T10:00:00+02:00");
        Assert.Equal(open, calendar.Add(open, Duration.Zero));
        Assert.Equal(open, calendar.Add(open, DurationSpec.Of(Duration.Zero)));
        // A ticket opened while closed starts its clock at the next opening.
        Assert.Equal(At("2026-04-08T08:00:00+02:00"), calendar.Add(At("2026-04-07T20:00:00+02:00"), Duration.Zero));
        Assert.Equal(At("2026-04-13T08:00:00+02:00"), calendar.Add(At("2026-04-11T12:00:00+02:00"), Duration.Zero));
        Assert.Equal(At("2026-04-13T08:00:00+02:00"), calendar.AddBusinessDays(At("2026-04-11T12:00:00+02:00"), 0));
        Assert.Equal(Duration.Zero, calendar.OpenTimeBetween(open, open));
        Assert.Equal(Duration.Zero, calendar.OpenTimeBetween(open + Duration.FromHours(1), open));
        Assert.Empty(calendar.OpenIntervals(open, open));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(open, Duration.FromHours(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessDays(open, -1));
    }

    [Fact]
    public void A_duration_of_more_than_a_month_of_open_time()
    {
        // Ombori Free: Mon-Fri 08:00-17:00 CET, 9 h a day, no holidays. 2000 h = 222 days of 9 h + 2 h.
        // From Monday 2026-01-05 08:00: 44 weeks (220 days) end Friday 2026-11-06; Monday 9 and Tuesday 10
        // November are days 221 and 222; the last 2 h end on Wednesday 11 November at 10:00 (winter time).
        var calendar = Seed("ombori", "free_hours");
        var start = At("2026-01-05T08:00:00+01:00");
        var watch = Stopwatch.StartNew();
        var end = calendar.Add(start, Duration.FromHours(2000));
        watch.Stop();
        Assert.Equal(At("2026-11-11T10:00:00+01:00"), end);
        Assert.Equal(Duration.FromHours(2000), calendar.OpenTimeBetween(start, end));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");

        // 2000 h on a 24/7-by-hours calendar is 2000 h of elapsed time, whatever the clocks do.
        var allWeek = Calendar("Europe/Warsaw", Hours("Mon-Sun", "00:00", "24:00"));
        Assert.Equal(start + Duration.FromHours(2000), allWeek.Add(start, Duration.FromHours(2000)));
    }

    [Fact]
    public void A_span_past_midnight_belongs_to_the_evening_it_starts_and_the_next_date_holds_its_morning()
    {
        var catalog = Seeds.Compile("""
            catalog c "C" { timezone: "UTC" }
            calendar night "Night" { hours: Mon-Fri 22:00-06:00 }
            calendar night_off "Night, one day off" {
              hours: Mon-Fri 22:00-06:00
              closed: 2026-04-08
            }
            """);
        var night = new CalendarSet(catalog).Get("night");
        // Monday 22:00 to Tuesday 06:00 is one interval.
        Assert.Equal(new[] { Between("2026-04-06T22:00:00Z", "2026-04-07T06:00:00Z") },
            night.OpenIntervals(At("2026-04-06T00:00:00Z"), At("2026-04-07T12:00:00Z")));
        Assert.False(night.IsOpen(At("2026-04-06T03:00:00Z"))); // Monday morning: no Sunday night shift
        Assert.True(night.IsOpen(At("2026-04-11T03:00:00Z")));  // Saturday morning: the end of Friday's night

        // Wednesday 2026-04-08 is closed: Tuesday evening stays open, Wednesday 00:00-06:00 and 22:00-24:00 close,
        // Thursday morning (a date of its own) is open again.
        var off = new CalendarSet(catalog).Get("night_off");
        Assert.True(off.IsOpen(At("2026-04-07T23:00:00Z")));
        Assert.False(off.IsOpen(At("2026-04-08T01:00:00Z")));
        Assert.False(off.IsOpen(At("2026-04-08T23:00:00Z")));
        Assert.True(off.IsOpen(At("2026-04-09T05:00:00Z")));
        Assert.Equal(At("2026-04-08T00:00:00Z"), off.NextChange(At("2026-04-07T23:00:00Z")));
        Assert.Equal(At("2026-04-09T00:00:00Z"), off.NextOpening(At("2026-04-08T01:00:00Z")));
        Assert.Equal(At("2026-04-09T01:00:00Z"), off.Add(At("2026-04-07T23:00:00Z"), Duration.FromHours(2)));
    }

    [Fact]
    public void Adjacent_days_merge_into_one_interval()
    {
        var calendar = Calendar("UTC", Hours("Mon-Tue", "00:00", "24:00"));
        Assert.Equal(new[] { Between("2026-04-06T00:00:00Z", "2026-04-08T00:00:00Z") },
            calendar.OpenIntervals(At("2026-04-05T00:00:00Z"), At("2026-04-09T00:00:00Z")));
        Assert.Equal(At("2026-04-08T00:00:00Z"), calendar.NextChange(At("2026-04-06T12:00:00Z")));
        // Clipped to the range asked for.
        Assert.Equal(new[] { Between("2026-04-06T12:00:00Z", "2026-04-07T12:00:00Z") },
            calendar.OpenIntervals(At("2026-04-06T12:00:00Z"), At("2026-04-07T12:00:00Z")));
    }

    [Fact]
    public void Ombori_CET_is_central_european_time_with_summer_time()
    {
        var calendar = Seed("ombori", "free_hours");
        Assert.Equal("CET", calendar.Zone.Id);
        Assert.True(calendar.IsOpen(At("2026-01-12T07:00:00Z")));   // 08:00+01:00
        Assert.False(calendar.IsOpen(At("2026-01-12T06:59:59Z")));
        Assert.True(calendar.IsOpen(At("2026-07-13T06:00:00Z")));   // 08:00+02:00
        Assert.False(calendar.IsOpen(At("2026-07-13T15:00:00Z")));  // 17:00+02:00
        // Friday before the change 16:00 + 2 h: 1 h on Friday, 1 h on Monday in summer time.
        Assert.Equal(At("2026-03-30T09:00:00+02:00"), calendar.Add(At("2026-03-27T16:00:00+01:00"), Duration.FromHours(2)));

        var enterprise = Seed("ombori", "enterprise_hours"); // Mon-Sun 00:00-24:00, no holidays
        Assert.True(enterprise.IsOpen(At("2026-10-25T02:30:00+01:00")));
        Assert.Null(enterprise.NextChange(At("2026-10-24T12:00:00Z")));
    }

    [Fact]
    public void The_built_in_always_calendar_is_elapsed_time()
    {
        var calendar = Seed("oktawave", "always");
        Assert.True(calendar.Model.AlwaysOpen);
        Assert.Equal("Europe/Warsaw", calendar.Zone.Id);
        var saturday = At("2026-03-28T12:00:00+01:00");
        Assert.True(calendar.IsOpen(saturday));
        Assert.Null(calendar.NextChange(saturday));
        Assert.Equal(saturday, calendar.NextOpening(saturday));
        Assert.Equal(At("2026-03-29T13:00:00+02:00"), calendar.Add(saturday, Duration.FromHours(24)));
        Assert.Equal(Duration.FromHours(23), calendar.OpenTimeBetween(At("2026-03-29T00:00:00+01:00"), At("2026-03-30T00:00:00+02:00")));
        Assert.Equal(new[] { new Interval(saturday, saturday + Duration.FromDays(3)) }, calendar.OpenIntervals(saturday, saturday + Duration.FromDays(3)));
        // A business day of a 24/7 calendar is the next date, at the same local time.
        Assert.Equal(At("2026-03-29T12:00:00+02:00"), calendar.AddBusinessDays(saturday, 1));
        Assert.Equal(At("2026-03-30T12:00:00+02:00"), calendar.Add(saturday, DurationSpec.OfBusinessDays(2)));
        Assert.False(calendar.IsHoliday(Date("2026-04-06")));
    }

    [Fact]
    public void A_24_7_calendar_that_lists_holidays_is_closed_on_them()
    {
        var catalog = Seeds.Compile("""
            catalog c "C" { timezone: "Europe/Warsaw" }
            holidays h "H" { 12-25: "Christmas" }
            calendar x "X" {
              hours: 24/7
              holidays: h
            }
            """);
        var calendar = new CalendarSet(catalog).Get("x");
        Assert.True(calendar.Model.AlwaysOpen);
        Assert.False(calendar.IsAlwaysOpen);
        Assert.False(calendar.IsOpen(At("2026-12-25T12:00:00+01:00")));
        Assert.True(calendar.IsOpen(At("2026-12-24T23:59:59+01:00")));
        Assert.Equal(At("2026-12-25T00:00:00+01:00"), calendar.NextChange(At("2026-12-24T12:00:00+01:00")));
        Assert.Equal(At("2026-12-26T01:00:00+01:00"), calendar.Add(At("2026-12-24T23:00:00+01:00"), Duration.FromHours(2)));
        Assert.True(new CalendarSet(catalog).Get("always").IsAlwaysOpen);
        Assert.True(Seed("ombori", "enterprise_hours").IsAlwaysOpen); // Mon-Sun 00:00-24:00, no holidays
        Assert.False(Oktawave.IsAlwaysOpen);
    }

    [Fact]
    public void Business_days_keep_the_local_time_of_the_next_opening()
    {
        var calendar = Oktawave;
        // Friday 15:00 + 1 business day: Monday is Easter Monday, so Tuesday 15:00.
        Assert.Equal(At("2026-04-07T15:00:00+02:00"), calendar.AddBusinessDays(At("2026-04-03T15:00:00+02:00"), 1));
        Assert.Equal(At("2026-04-13T10:00:00+02:00"), calendar.AddBusinessDays(At("2026-04-03T10:00:00+02:00"), 5));
        // Saturday: the clock starts Tuesday 08:00 (Monday is a holiday); one business day later is Wednesday 08:00.
        Assert.Equal(At("2026-04-08T08:00:00+02:00"), calendar.AddBusinessDays(At("2026-04-04T10:00:00+02:00"), 1));
        // Across the change to summer time: same local time, not 72 h.
        Assert.Equal(At("2026-03-30T10:00:00+02:00"), Seed("ombori", "free_hours").AddBusinessDays(At("2026-03-27T10:00:00+01:00"), 1));
    }

    [Fact]
    public void Business_days_land_on_the_last_closing_or_the_first_opening_of_a_shorter_day()
    {
        var shortFriday = Calendar("UTC", Hours("Mon-Thu", "08:00", "17:00").Concat(Hours("Fri", "08:00", "12:00")));
        Assert.Equal(At("2026-04-10T12:00:00Z"), shortFriday.AddBusinessDays(At("2026-04-09T15:00:00Z"), 1));

        var lateTuesday = Calendar("UTC", Hours("Mon", "10:00", "18:00").Concat(Hours("Tue", "12:00", "18:00")));
        Assert.Equal(At("2026-04-07T12:00:00Z"), lateTuesday.AddBusinessDays(At("2026-04-06T10:30:00Z"), 1));

        var lunchBreak = Calendar("UTC", Hours("Mon", "08:00", "17:00").Concat(Hours("Tue", "08:00", "12:00")).Concat(Hours("Tue", "13:00", "17:00")));
        Assert.Equal(At("2026-04-07T13:00:00Z"), lunchBreak.AddBusinessDays(At("2026-04-06T12:30:00Z"), 1));
    }

    [Fact]
    public void A_calendar_without_hours_never_opens()
    {
        var calendar = Calendar("Europe/Warsaw", Array.Empty<WeeklySpan>(), id: "nothing");
        var t = At("2026-04-07T10:00:00+02:00");
        var e = Assert.Throws<CalendarNeverOpensException>(() => calendar.NextOpening(t));
        Assert.Contains("'nothing'", e.Message);
        Assert.Equal("nothing", e.CalendarId);
        Assert.Throws<CalendarNeverOpensException>(() => calendar.Add(t, Duration.FromHours(1)));
        Assert.Throws<CalendarNeverOpensException>(() => calendar.Add(t, Duration.Zero));
        Assert.Throws<CalendarNeverOpensException>(() => calendar.AddBusinessDays(t, 1));
        Assert.False(calendar.IsOpen(t));
        Assert.Equal(Duration.Zero, calendar.OpenTimeBetween(t, t + Duration.FromDays(7000)));
        Assert.Empty(calendar.OpenIntervals(t, t + Duration.FromDays(7000)));
        Assert.Null(calendar.NextChange(t));
    }

    [Fact]
    public void A_calendar_whose_every_day_is_a_holiday_gives_up_after_about_ten_years()
    {
        var everyDate = new List<HolidayRule>();
        for (var date = new LocalDate(2024, 1, 1); date.Year == 2024; date = date.PlusDays(1))
            everyDate.Add(HolidayRule.EveryYear(date.Month, date.Day, LocalizedText.Empty));
        var calendar = Calendar("America/New_York", Hours("Mon-Fri", "09:00", "17:00"), everyDate, id: "all_holidays");
        var t = At("2026-04-07T10:00:00-04:00");
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<CalendarNeverOpensException>(() => calendar.Add(t, Duration.FromHours(4)));
        watch.Stop();
        Assert.Contains("calendar 'all_holidays' has no open time", e.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.False(calendar.IsOpen(t));
        Assert.Equal(Duration.Zero, calendar.OpenTimeBetween(t, t + Duration.FromDays(30)));
    }

    [Fact]
    public void An_easter_holiday_far_from_easter_falls_in_the_next_year()
    {
        // Easter 2026 is 5 April; 300 days later is Saturday 30 January 2027 (a date of another year).
        var rule = HolidayRule.Easter(300, LocalizedText.Empty);
        var calendar = Calendar("UTC", Hours("Mon-Sun", "00:00", "24:00"), new[] { rule });
        Assert.True(calendar.IsHoliday(Date("2027-01-30")));
        Assert.False(calendar.IsOpen(At("2027-01-30T12:00:00Z")));
        Assert.Equal(At("2027-01-30T00:00:00Z"), calendar.NextChange(At("2027-01-29T12:00:00Z")));
    }
}
