using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Calendars;

public sealed class CalendarSetTests
{
    [Fact]
    public void Gives_each_calendar_of_the_catalog_once()
    {
        var set = new CalendarSet(Seeds.Catalog("oktawave"));
        Assert.Equal(new[] { "always", "dni_robocze_8_20", "godziny_bok" }, set.Ids.OrderBy(i => i, StringComparer.Ordinal));
        var calendar = set.Get("dni_robocze_8_20");
        Assert.Equal("dni_robocze_8_20", calendar.Id);
        Assert.Same(calendar, set["dni_robocze_8_20"]);
        Assert.True(set.Contains("always"));
        Assert.True(set.Get("always").Model.AlwaysOpen);
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        var set = new CalendarSet(Seeds.Catalog("ombori"));
        var seen = new System.Collections.Concurrent.ConcurrentBag<BusinessCalendar>();
        Parallel.For(0, 64, i => seen.Add(set.Get(i % 2 == 0 ? "free_hours" : "production_hours")));
        Assert.Equal(2, seen.Distinct().Count());
    }

    [Fact]
    public void An_unknown_calendar_is_a_key_not_found_error_naming_it_and_the_calendars()
    {
        var set = new CalendarSet(Seeds.Catalog("oktawave"));
        var e = Assert.Throws<UnknownCalendarException>(() => set.Get("dni_robocze"));
        Assert.IsAssignableFrom<KeyNotFoundException>(e);
        Assert.Contains("unknown calendar 'dni_robocze' in catalog 'oktawave'", e.Message);
        Assert.Contains("dni_robocze_8_20", e.Message);
        Assert.False(set.TryGet("nope", out var none));
        Assert.Null(none);
    }
}
