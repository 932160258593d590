using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using static PlanDsl.Runtime.Tests.Calendars.CalendarKit;

namespace PlanDsl.Runtime.Tests.Calendars;

/// <summary>
/// Long waits jump whole stretches of known open time (issue 11, the versions analysis took 14 s): the answers
/// are those of walking day by day, and the days generated one by one stay few.
/// </summary>
public sealed class StretchJumpTests
{
    private static readonly Instant Monday = At("2026-10-05T00:00:00+02:00");

    private static BusinessCalendar Fresh(string zone, IEnumerable<WeeklySpan> hours, params HolidayRule[] holidays) =>
        Calendar(zone, hours, holidays, "c" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_thousand_years_on_office_hours_equal_the_walk_and_generate_few_days()
    {
        var office = Fresh("Europe/Warsaw", Hours("Mon-Fri", "09:00", "17:00"), HolidayRule.EveryYear(12, 25, LocalizedText.Of("en", "Christmas")),
            HolidayRule.Easter(1, LocalizedText.Of("en", "Easter Monday")));
        var wait = Duration.FromDays(100000);
        var due = office.Add(Monday, wait);
        var jumped = office.DaysGenerated;
        // The walk (open time between two instants is generated day by day) agrees to the nanosecond.
        Assert.Equal(wait, office.OpenTimeBetween(Monday, due));
        Assert.True(office.IsOpen(due - Duration.Epsilon));
        Assert.True(due.InUtc().Year > 3000, due.ToString());
        Assert.True(jumped < 40_000, $"{jumped} days generated for a wait of ~1150 years (~420,000 days)");
    }

    [Fact]
    public void A_wait_past_the_end_of_supported_time_is_refused_without_walking_there_twice()
    {
        var tiny = Fresh("Europe/Warsaw", Hours("Tue-Thu", "00:00", "00:15"));
        Assert.Throws<BeyondSupportedTimeException>(() => tiny.Add(Monday, Duration.FromDays(100000)));
        var first = tiny.DaysGenerated;
        Assert.Throws<BeyondSupportedTimeException>(() => tiny.Add(Monday + Duration.FromHours(5), Duration.FromDays(90000)));
        Assert.True(tiny.DaysGenerated - first < 1_000, $"{tiny.DaysGenerated - first} days for the second question");
        Assert.True(first < 300_000, $"{first} days to learn the open time until 9999 (~2.9 million days)");
    }

    [Fact]
    public void Business_days_jump_too_and_land_on_the_walked_day()
    {
        var sunday = Fresh("Europe/Warsaw", Hours("Sun", "00:00", "00:15"), HolidayRule.EveryYear(1, 1, LocalizedText.Of("en", "New year")));
        var due = sunday.AddBusinessDays(Monday, 20000);
        Assert.True(sunday.DaysGenerated < 20_000, $"{sunday.DaysGenerated} days generated");
        // Walk back: the open days between the opening and the due date are 20000.
        var opened = sunday.NextOpening(Monday).InZone(sunday.Zone).Date;
        var days = 0;
        for (var d = opened.PlusDays(1); d <= due.InZone(sunday.Zone).Date; d = d.PlusDays(1)) if (sunday.IsOpenDay(d)) days++;
        Assert.Equal(20000, days);
    }

    [Theory]
    [InlineData("Europe/Warsaw", "Tue-Thu", "00:00", "00:15", 3)]
    [InlineData("America/New_York", "Mon-Fri", "01:30", "02:30", 4000)]
    [InlineData("Australia/Lord_Howe", "Sat-Sun", "00:00", "24:00", 20000)]
    public void Add_to_each_opening_of_a_week_equals_adding_to_each(string zone, string days, string start, string end, int waitDays)
    {
        var calendar = Fresh(zone, Hours(days, start, end), HolidayRule.Easter(0, LocalizedText.Of("en", "Easter")));
        var openings = Enumerable.Range(0, 168).Select(h => Monday + Duration.FromHours(h)).ToList();
        foreach (var duration in new[] { DurationSpec.Of(Duration.FromDays(waitDays)), DurationSpec.Of(Duration.FromMinutes(30)), DurationSpec.OfBusinessDays(waitDays) })
        {
            var together = calendar.AddToEach(openings, duration);
            Assert.Equal(openings.Select(t => calendar.Add(t, duration)), together);
        }
    }
}
