using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Billing;

namespace PlanDsl.Runtime.Tests.Billing;

public class UptimeCalculatorTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    private static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    private static Outage Down(string start, string end, bool planned = false) => new(At(start), At(end), planned);

    [Theory]
    [InlineData(2026, 1, 744)]   // 31 days, no clock change
    [InlineData(2026, 3, 743)]   // summer time starts on 29 March: one hour less
    [InlineData(2026, 10, 745)]  // summer time ends on 25 October: one hour more
    [InlineData(2026, 2, 672)]   // 28 days
    [InlineData(2026, 4, 720)]   // 30 days
    public void A_month_runs_from_local_midnight_to_local_midnight(int year, int month, int hours)
    {
        var interval = UptimeCalculator.MonthInterval(new YearMonth(year, month), Warsaw);
        Assert.Equal(Duration.FromHours(hours), interval.Duration);
        Assert.Equal(LocalTime.Midnight, interval.Start.InZone(Warsaw).TimeOfDay);
        Assert.Equal(1, interval.Start.InZone(Warsaw).Day);
    }

    [Fact]
    public void No_outages_is_100_percent()
    {
        var result = UptimeCalculator.Calculate(Array.Empty<Outage>(), new YearMonth(2026, 1), Warsaw);
        Assert.Equal(100m, result.Percent);
        Assert.Equal(Duration.Zero, result.Downtime);
    }

    [Fact]
    public void A_31_day_month_without_a_clock_change()
    {
        // January 2026: 744 h. 7 h 26 min 24 s = 7.44 h down: 100 × (744 − 7.44) / 744 = 99 exactly.
        var result = UptimeCalculator.Calculate(new[] { Down("2026-01-12T10:00:00+01:00", "2026-01-12T17:26:24+01:00") }, new YearMonth(2026, 1), Warsaw);
        Assert.Equal(Duration.FromHours(744), result.MonthLength);
        Assert.Equal(99m, result.Percent);
    }

    [Fact]
    public void October_in_Warsaw_has_745_hours()
    {
        // 7 h 27 min = 7.45 h down: in October (745 h) that is 99 % exactly, not below 99 …
        var october = UptimeCalculator.Calculate(new[] { Down("2026-10-12T10:00:00+02:00", "2026-10-12T17:27:00+02:00") }, new YearMonth(2026, 10), Warsaw);
        Assert.Equal(Duration.FromHours(745), october.MonthLength);
        Assert.Equal(99m, october.Percent);
        // … while in January (744 h) the same outage is 100 × 736.55 / 744 = 98.99865… %, below 99.
        var january = UptimeCalculator.Calculate(new[] { Down("2026-01-12T10:00:00+01:00", "2026-01-12T17:27:00+01:00") }, new YearMonth(2026, 1), Warsaw);
        Assert.True(january.Percent < 99m);
        Assert.Equal(100m * 736.55m / 744m, january.Percent);
    }

    [Fact]
    public void An_outage_over_the_fall_back_hour_counts_the_real_elapsed_time()
    {
        // 25 Oct 2026: 02:00-03:00 local happens twice. 01:00+02:00 to 04:00+01:00 is 4 real hours.
        var result = UptimeCalculator.Calculate(new[] { Down("2026-10-25T01:00:00+02:00", "2026-10-25T04:00:00+01:00") }, new YearMonth(2026, 10), Warsaw);
        Assert.Equal(Duration.FromHours(4), result.Downtime);
        Assert.Equal(100m * 741m / 745m, result.Percent);
    }

    [Fact]
    public void Planned_maintenance_is_not_downtime()
    {
        var result = UptimeCalculator.Calculate(new[]
        {
            Down("2026-10-05T01:00:00+02:00", "2026-10-05T05:00:00+02:00", planned: true),
            Down("2026-10-06T10:00:00+02:00", "2026-10-06T11:00:00+02:00"),
        }, new YearMonth(2026, 10), Warsaw);
        Assert.Equal(Duration.FromHours(1), result.Downtime);
        Assert.Equal(Duration.FromHours(4), result.PlannedMaintenance);
        Assert.Equal(100m * 744m / 745m, result.Percent);
    }

    [Fact]
    public void An_unplanned_outage_inside_planned_maintenance_counts_only_outside_it()
    {
        // Down 10:00-12:00, maintenance 11:00-13:00: only 10:00-11:00 is downtime.
        var result = UptimeCalculator.Calculate(new[]
        {
            Down("2026-10-06T10:00:00+02:00", "2026-10-06T12:00:00+02:00"),
            Down("2026-10-06T11:00:00+02:00", "2026-10-06T13:00:00+02:00", planned: true),
        }, new YearMonth(2026, 10), Warsaw);
        Assert.Equal(Duration.FromHours(1), result.Downtime);
        Assert.Equal(new Interval(At("2026-10-06T10:00:00+02:00"), At("2026-10-06T11:00:00+02:00")), Assert.Single(result.DowntimeIntervals));
    }

    [Fact]
    public void Overlapping_outages_count_once()
    {
        // 09:00-13:00 and 12:00-14:00 overlap: 5 h, not 6; 14:00-15:00 touches and joins them.
        var result = UptimeCalculator.Calculate(new[]
        {
            Down("2026-10-05T09:00:00+02:00", "2026-10-05T13:00:00+02:00"),
            Down("2026-10-05T12:00:00+02:00", "2026-10-05T14:00:00+02:00"),
            Down("2026-10-05T14:00:00+02:00", "2026-10-05T15:00:00+02:00"),
            Down("2026-10-05T10:00:00+02:00", "2026-10-05T11:00:00+02:00"),
        }, new YearMonth(2026, 10), Warsaw);
        Assert.Equal(Duration.FromHours(6), result.Downtime);
        Assert.Single(result.DowntimeIntervals);
        Assert.Equal(100m * 739m / 745m, result.Percent);
    }

    [Fact]
    public void Outages_are_clipped_to_the_month()
    {
        // 30 Sep 22:00 to 1 Oct 02:00 local: 2 h fall in October. 31 Oct 23:00 +01:00 to 1 Nov 01:00: 1 h.
        // An outage in UTC ("Z") is the same instant as with its offset.
        var result = UptimeCalculator.Calculate(new[]
        {
            Down("2026-09-30T22:00:00+02:00", "2026-10-01T02:00:00+02:00"),
            Down("2026-10-31T22:00:00Z", "2026-11-01T00:00:00Z"),
            Down("2026-09-01T00:00:00+02:00", "2026-09-02T00:00:00+02:00"),
        }, new YearMonth(2026, 10), Warsaw);
        Assert.Equal(Duration.FromHours(3), result.Downtime);
    }

    [Fact]
    public void An_outage_that_ends_before_it_starts_is_an_error_naming_it()
    {
        var e = Assert.Throws<BillingInputException>(() => UptimeCalculator.Calculate(new[]
        {
            Down("2026-10-05T09:00:00+02:00", "2026-10-05T10:00:00+02:00"),
            Down("2026-10-05T12:00:00+02:00", "2026-10-05T11:00:00+02:00"),
        }, new YearMonth(2026, 10), Warsaw));
        Assert.Equal("outages[1]", e.Field);
    }

    [Fact]
    public void A_whole_month_down_is_0_percent()
    {
        var result = UptimeCalculator.Calculate(new[] { Down("2026-09-20T00:00:00+02:00", "2026-11-03T00:00:00+01:00") }, new YearMonth(2026, 10), Warsaw);
        Assert.Equal(0m, result.Percent);
    }
}
