using NodaTime;
using PlanDsl.Runtime.Calendars;
using static PlanDsl.Runtime.Tests.Calendars.CalendarKit;

namespace PlanDsl.Runtime.Tests.Calendars;

/// <summary>
/// Days on which the clocks change: local times are read with NodaTime's lenient resolver (a time in the
/// spring-forward gap moves forward by the gap, a repeated time means its earlier occurrence).
/// </summary>
public sealed class BusinessCalendarDstTests
{
    private static Duration Hours(double h) => Duration.FromMinutes((long)(h * 60));

    private static BusinessCalendar Sundays(string zone, string start = "00:00", string end = "24:00") =>
        Calendar(zone, CalendarKit.Hours("Sun", start, end));

    // ---------------------------------------------------------------- Europe/Warsaw: 2026-03-29 and 2026-10-25

    [Fact]
    public void Warsaw_a_whole_day_has_23_hours_in_spring_and_25_in_autumn()
    {
        var sundays = Sundays("Europe/Warsaw");
        Assert.Equal(new[] { Between("2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00") },
            sundays.OpenIntervals(At("2026-03-27T00:00:00Z"), At("2026-04-01T00:00:00Z")));
        Assert.Equal(Duration.FromHours(23), sundays.OpenTimeBetween(At("2026-03-27T00:00:00Z"), At("2026-04-01T00:00:00Z")));
        Assert.Equal(Duration.FromHours(25), sundays.OpenTimeBetween(At("2026-10-23T00:00:00Z"), At("2026-10-28T00:00:00Z")));

        var allWeek = Calendar("Europe/Warsaw", CalendarKit.Hours("Mon-Sun", "00:00", "24:00"));
        Assert.Equal(Duration.FromHours(23), allWeek.IntervalsOn(Date("2026-03-29")).Single().Duration);
        Assert.Equal(Duration.FromHours(24), allWeek.IntervalsOn(Date("2026-03-30")).Single().Duration);
        Assert.Equal(Duration.FromHours(25), allWeek.IntervalsOn(Date("2026-10-25")).Single().Duration);
        // Elapsed open time across the change: 24 h from Saturday noon is Sunday 13:00 summer time.
        Assert.Equal(At("2026-03-29T13:00:00+02:00"), allWeek.Add(At("2026-03-28T12:00:00+01:00"), Duration.FromHours(24)));
        Assert.Equal(At("2026-10-25T11:00:00+01:00"), allWeek.Add(At("2026-10-24T12:00:00+02:00"), Duration.FromHours(24)));
    }

    [Fact]
    public void Warsaw_02_to_03_is_empty_in_spring_and_two_hours_in_autumn()
    {
        var calendar = Sundays("Europe/Warsaw", "02:00", "03:00");
        // 2026-03-29: 02:00 does not exist and moves to 03:00; 03:00 is 03:00. Nothing is open.
        Assert.Empty(calendar.IntervalsOn(Date("2026-03-29")));
        Assert.False(calendar.IsOpenDay(Date("2026-03-29")));
        Assert.Equal(Duration.Zero, calendar.OpenTimeBetween(At("2026-03-28T00:00:00Z"), At("2026-03-30T00:00:00Z")));
        Assert.Equal(At("2026-04-05T02:00:00+02:00"), calendar.NextOpening(At("2026-03-29T00:00:00Z")));
        // 2026-10-25: from the first 02:00 (summer time) to 03:00 (winter time): two hours.
        Assert.Equal(new[] { Between("2026-10-25T02:00:00+02:00", "2026-10-25T03:00:00+01:00") },
            calendar.OpenIntervals(At("2026-10-24T00:00:00Z"), At("2026-10-26T00:00:00Z")));
        Assert.True(calendar.IsOpen(At("2026-10-25T02:30:00+01:00"))); // the second 02:30 is inside too
        Assert.Equal(Duration.FromHours(2), calendar.OpenTimeBetween(At("2026-10-24T00:00:00Z"), At("2026-10-26T00:00:00Z")));
    }

    [Fact]
    public void Warsaw_a_time_in_the_gap_moves_forward_by_the_gap()
    {
        // 01:00-04:00 on 2026-03-29 is two hours (01:00 winter time to 04:00 summer time).
        Assert.Equal(Duration.FromHours(2), Sundays("Europe/Warsaw", "01:00", "04:00").IntervalsOn(Date("2026-03-29")).Single().Duration);
        // 02:30 does not exist: it is read as 03:30 summer time, so 02:30-04:00 is half an hour.
        Assert.Equal(new[] { Between("2026-03-29T03:30:00+02:00", "2026-03-29T04:00:00+02:00") },
            Sundays("Europe/Warsaw", "02:30", "04:00").IntervalsOn(Date("2026-03-29")));
    }

    // ---------------------------------------------------------------- Australia/Lord_Howe: a 30-minute shift

    [Fact]
    public void Lord_Howe_days_of_23_and_a_half_and_24_and_a_half_hours()
    {
        // Summer time starts Sunday 2026-10-04 at 02:00 (+10:30 -> +11:00) and ends Sunday 2026-04-05 at 02:00 (back to 01:30).
        var sundays = Sundays("Australia/Lord_Howe");
        Assert.Equal(Hours(23.5), sundays.OpenTimeBetween(At("2026-10-01T00:00:00Z"), At("2026-10-07T00:00:00Z")));
        Assert.Equal(Hours(24.5), sundays.OpenTimeBetween(At("2026-04-02T00:00:00Z"), At("2026-04-08T00:00:00Z")));
        Assert.Equal(new[] { Between("2026-04-05T00:00:00+11:00", "2026-04-06T00:00:00+10:30") },
            sundays.IntervalsOn(Date("2026-04-05")));
    }

    [Fact]
    public void Lord_Howe_gap_and_overlap_of_half_an_hour()
    {
        Assert.Empty(Sundays("Australia/Lord_Howe", "02:00", "02:30").IntervalsOn(Date("2026-10-04")));
        Assert.Equal(new[] { Between("2026-10-04T02:30:00+11:00", "2026-10-04T03:00:00+11:00") },
            Sundays("Australia/Lord_Howe", "02:00", "03:00").IntervalsOn(Date("2026-10-04")));
        // 01:00-03:00 on the autumn day lasts 2.5 h; 01:45 occurs twice and means the first (+11:00).
        Assert.Equal(Hours(2.5), Sundays("Australia/Lord_Howe", "01:00", "03:00").IntervalsOn(Date("2026-04-05")).Single().Duration);
        Assert.Equal(new[] { Between("2026-04-05T01:45:00+11:00", "2026-04-05T02:00:00+10:30") },
            Sundays("Australia/Lord_Howe", "01:45", "02:00").IntervalsOn(Date("2026-04-05")));
    }

    // ---------------------------------------------------------------- southern hemisphere

    [Fact]
    public void Sydney_summer_time_ends_in_April_and_starts_in_October()
    {
        var sundays = Sundays("Australia/Sydney");
        Assert.Equal(new[] { Between("2026-04-05T00:00:00+11:00", "2026-04-06T00:00:00+10:00") }, sundays.IntervalsOn(Date("2026-04-05")));
        Assert.Equal(Duration.FromHours(25), sundays.IntervalsOn(Date("2026-04-05")).Single().Duration);
        Assert.Equal(Duration.FromHours(23), sundays.IntervalsOn(Date("2026-10-04")).Single().Duration);

        var office = Calendar("Australia/Sydney", CalendarKit.Hours("Mon-Fri", "09:00", "17:00"));
        Assert.Equal(At("2026-04-06T10:00:00+10:00"), office.Add(At("2026-04-03T16:00:00+11:00"), Duration.FromHours(2)));
        Assert.Equal(At("2026-10-05T10:00:00+11:00"), office.Add(At("2026-10-02T16:00:00+10:00"), Duration.FromHours(2)));
    }

    [Fact]
    public void Sao_Paulo_2018_midnight_did_not_exist()
    {
        // Summer time started Sunday 2018-11-04 at 00:00 (-03:00 -> -02:00): that day began at 01:00.
        var weekend = Calendar("America/Sao_Paulo", CalendarKit.Hours("Sat-Sun", "00:00", "24:00"));
        Assert.Equal(new[] { Between("2018-11-03T00:00:00-03:00", "2018-11-04T01:00:00-02:00") }, weekend.IntervalsOn(Date("2018-11-03")));
        Assert.Equal(Duration.FromHours(24), weekend.IntervalsOn(Date("2018-11-03")).Single().Duration);
        Assert.Equal(new[] { Between("2018-11-04T01:00:00-02:00", "2018-11-05T00:00:00-02:00") }, weekend.IntervalsOn(Date("2018-11-04")));
        Assert.Equal(new[] { Between("2018-11-03T00:00:00-03:00", "2018-11-05T00:00:00-02:00") },
            weekend.OpenIntervals(At("2018-11-01T00:00:00Z"), At("2018-11-07T00:00:00Z")));
        Assert.Equal(Duration.FromHours(47), weekend.OpenTimeBetween(At("2018-11-01T00:00:00Z"), At("2018-11-07T00:00:00Z")));
    }

    [Fact]
    public void Sao_Paulo_2019_the_last_hour_of_Saturday_happened_twice()
    {
        // Summer time ended Sunday 2019-02-17 at 00:00, clocks back to Saturday 23:00.
        Assert.Equal(new[] { Between("2019-02-16T00:00:00-02:00", "2019-02-17T00:00:00-03:00") },
            Calendar("America/Sao_Paulo", CalendarKit.Hours("Sat", "00:00", "24:00")).IntervalsOn(Date("2019-02-16")));
        Assert.Equal(Duration.FromHours(25), Calendar("America/Sao_Paulo", CalendarKit.Hours("Sat", "00:00", "24:00")).IntervalsOn(Date("2019-02-16")).Single().Duration);
        // 23:00-24:00 starts at the first 23:00 (summer time) and ends at the next midnight: two hours.
        Assert.Equal(new[] { Between("2019-02-16T23:00:00-02:00", "2019-02-17T00:00:00-03:00") },
            Calendar("America/Sao_Paulo", CalendarKit.Hours("Sat", "23:00", "24:00")).IntervalsOn(Date("2019-02-16")));
    }
}
