using NodaTime;
using PlanDsl.Runtime.Calendars;
using static PlanDsl.Runtime.Tests.Calendars.CalendarKit;

namespace PlanDsl.Runtime.Tests.Calendars;

/// <summary>
/// Calendars near 9999: right answers up to <see cref="SupportedTime.Last"/>, a
/// <see cref="BeyondSupportedTimeException"/> after it, never an overflow or a false 'never opens'.
/// </summary>
public sealed class EndOfTimeTests
{
    // 9999-12-27 is a Monday.
    private static readonly BusinessCalendar Office = Calendar("America/Adak", Hours("Mon-Fri", "09:00", "17:00"), id: "office");
    private static readonly BusinessCalendar Always = Calendar("UTC", Hours("Mon-Sun", "00:00", "24:00"), id: "always");

    [Fact]
    public void Open_time_up_to_the_last_supported_instant_is_exact()
    {
        var monday = At("9999-12-27T09:00:00-10:00");

        Assert.Equal(At("9999-12-28T10:00:00-10:00"), Office.Add(monday, Duration.FromHours(9)));
        Assert.Equal(At("9999-12-27T09:00:00-10:00"), Office.NextOpening(At("9999-12-26T12:00:00-10:00")));
        Assert.True(Office.IsOpen(At("9999-12-29T10:00:00-10:00")));
        Assert.Equal(Duration.FromHours(16), Office.OpenTimeBetween(monday, At("9999-12-29T01:00:00-10:00")));
        Assert.Equal(At("9999-12-28T09:00:00-10:00"), Office.AddBusinessDays(monday, 1));
        Assert.Equal(SupportedTime.Last - Duration.FromHours(1), Always.Add(SupportedTime.Last - Duration.FromHours(2), Duration.FromHours(1)));
    }

    [Fact]
    public void An_answer_after_the_last_supported_instant_is_beyond_it()
    {
        var monday = At("9999-12-27T09:00:00-10:00");

        var e = Assert.Throws<BeyondSupportedTimeException>(() => Office.Add(monday, Duration.FromHours(40)));
        Assert.Contains("falls after 9999-12-30T00:00:00Z", e.Message);
        Assert.Throws<BeyondSupportedTimeException>(() => Office.AddBusinessDays(monday, 5));
        Assert.Throws<BeyondSupportedTimeException>(() => Office.NextOpening(At("9999-12-29T18:00:00-10:00")));
        Assert.Throws<BeyondSupportedTimeException>(() => Office.IsOpen(At("9999-12-31T00:00:00Z")));
        Assert.Throws<BeyondSupportedTimeException>(() => Office.OpenTimeBetween(monday, At("9999-12-31T00:00:00Z")));
        Assert.Throws<BeyondSupportedTimeException>(() => Always.Add(monday, Duration.FromDays(5)));
        Assert.Null(Office.NextChange(At("9999-12-29T18:00:00-10:00"))); // no change before the end of the supported time
    }
}
