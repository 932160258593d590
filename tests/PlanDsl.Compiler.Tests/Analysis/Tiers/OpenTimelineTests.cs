using NodaTime;
using PlanDsl.Compiler.Analysis.Tiers;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Runtime.Calendars;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Tiers;

/// <summary>The tier analysis's fast due-time search gives exactly what <see cref="BusinessCalendar.Add(Instant, Duration)"/> gives.</summary>
public sealed class OpenTimelineTests
{
    private const string Text = """
        catalog c "C" { timezone: "Europe/Warsaw" }
        holidays h "H" { 10-07: "A Wednesday" }
        calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
        calendar split "Split" { hours: Mon-Fri 08:00-12:00 13:00-17:30 }
        calendar night "Night" { hours: Mon-Fri 22:00-06:00 }
        calendar holiday "With a holiday" { hours: Mon-Sat 08:00-20:00; holidays: h }
        calendar new_york "New York" { timezone: "America/New_York"; hours: Mon-Fri 09:00-17:00 }
        plan p { hours: office }
        """;

    [Theory]
    [InlineData("office")]
    [InlineData("split")]
    [InlineData("night")]
    [InlineData("holiday")]
    [InlineData("new_york")]
    public void Adding_open_time_matches_the_calendar(string id)
    {
        var catalog = Catalog(Text);
        var calendar = CalendarSet.From(catalog).Get(id);
        var week = new ReferenceWeek(catalog.TimeZone.Resolve());
        var timeline = new OpenTimeline(calendar, week.Start, week.Start + Duration.FromDays(OpenTimeline.HorizonDays));
        var durations = new[] { 1, 29, 30, 60, 240, 479, 480, 481, 2400, 6000, 60 * 600 }.Select(m => Duration.FromMinutes(m)).ToArray();

        for (var opened = week.Start; opened < week.End; opened += Duration.FromMinutes(30))
            foreach (var duration in durations)
                Assert.Equal(calendar.Add(opened, duration), timeline.Add(opened, duration));
    }
}
