using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;
using static PlanDsl.Runtime.Tests.Calendars.CalendarKit;

namespace PlanDsl.Runtime.Tests.Tickets;

/// <summary>
/// The ticket clock has no fixed horizon: a target is counted as far as it takes, and the clock gives up
/// only with a true reason - ten years without open time, or an answer past <see cref="SupportedTime.Last"/>.
/// </summary>
public sealed class ClockHorizonTests
{
    private static readonly Instant Opened = At("2026-10-03T18:45:00Z");

    [Fact]
    public void A_target_longer_than_twenty_years_on_a_24_7_calendar_is_counted_to_its_end()
    {
        var clock = new PausableClock(Calendar("UTC", Hours("Mon-Sun", "00:00", "24:00"), id: "always"), Array.Empty<Interval>());

        Assert.Equal(Opened + Duration.FromHours(200_000), clock.Add(Opened, Duration.FromHours(200_000)));
    }

    [Fact]
    public void A_long_target_on_a_calendar_open_a_sliver_of_the_week_is_counted_to_its_end()
    {
        // 15 minutes a week: 500 h of open time take 2,000 weeks, about 38 years.
        var calendar = Calendar("Europe/Warsaw", Hours("Tue", "00:00", "00:15"), id: "tiny");
        var pause = new Interval(At("2027-01-05T00:05:00+01:00"), At("2027-01-12T00:10:00+01:00"));
        var clock = new PausableClock(calendar, new[] { pause });

        var due = clock.Add(Opened, Duration.FromHours(500))!.Value;

        Assert.True(due > Opened + Duration.FromDays(366 * 20), Show(due, calendar));
        Assert.Equal(Duration.FromHours(500), clock.TimeBetween(Opened, due));
        Assert.Equal(calendar.Add(Opened, Duration.FromHours(500) + Duration.FromMinutes(20)), due); // the pause took 10 + 10 minutes
    }

    [Fact]
    public void When_the_calendar_stops_opening_the_clock_says_from_when_and_that_is_true()
    {
        // Open Mon-Fri 09-17 until 2029, then every date is a holiday: 10,000 h cannot be reached.
        var closedFrom2030 = new List<HolidayRule>();
        for (var date = new LocalDate(2024, 1, 1); date.Year == 2024; date = date.PlusDays(1))
            closedFrom2030.Add(HolidayRule.EveryYear(date.Month, date.Day, LocalizedText.Empty) with { FromYear = 2030 });
        var calendar = Calendar("UTC", Hours("Mon-Fri", "09:00", "17:00"), closedFrom2030, id: "closing");
        var clock = new PausableClock(calendar, Array.Empty<Interval>());

        var e = Assert.Throws<CalendarNeverOpensException>(() => clock.Add(Opened, Duration.FromHours(10_000)));

        Assert.NotNull(e.From);
        Assert.Contains($"calendar 'closing' has no open time in the 10 years from {e.From:uuuu-MM-dd} on", e.Message);
        Assert.InRange(e.From!.Value, new LocalDate(2029, 12, 31), new LocalDate(2030, 1, 1)); // the day after the last open one, 2029-12-31
        var from = e.From.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        Assert.Equal(Duration.Zero, calendar.OpenTimeBetween(from, from + Duration.FromDays(BusinessCalendar.SearchDays)));
    }

    [Fact]
    public void A_due_instant_past_the_end_of_time_is_said_to_be_beyond_it_never_an_overflow()
    {
        var office = new PausableClock(Calendar("Pacific/Kiritimati", Hours("Mon-Fri", "09:00", "17:00")), Array.Empty<Interval>());
        var always = new PausableClock(Calendar("UTC", Hours("Mon-Sun", "00:00", "24:00")), Array.Empty<Interval>());
        var late = At("9985-01-01T00:00:00Z");

        Assert.NotNull(office.Add(late, Duration.FromHours(2_000))); // a ticket opened after 9979 is answered
        Assert.Equal(late + Duration.FromDays(3000), always.Add(late, Duration.FromDays(3000)));
        Assert.Throws<BeyondSupportedTimeException>(() => office.Add(late, Duration.FromHours(100_000)));
        Assert.Throws<BeyondSupportedTimeException>(() => always.Add(late, Duration.FromDays(10_000)));
        Assert.Throws<BeyondSupportedTimeException>(() => always.Add(SupportedTime.Last, Duration.FromHours(1)));
    }
}
