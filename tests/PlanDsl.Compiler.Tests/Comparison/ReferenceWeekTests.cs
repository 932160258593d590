using NodaTime;
using PlanDsl.Compiler.Binding;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Tests.Emit;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Comparison;

/// <summary><see cref="ReferenceWeek.Measure"/> adds up 168 waits exactly, however long they are (issue 11, item 2).</summary>
public sealed class ReferenceWeekTests
{
    private static BusinessCalendar Calendar(string id, string declarations = "") =>
        BusinessCalendar.From(EmitTestKit.Catalog("catalog c \"C\" { timezone: \"Europe/Warsaw\" }\n" + declarations).FindCalendar(id)!);

    [Fact]
    public void The_longest_duration_on_always_averages_to_itself()
    {
        // 168 waits of 100000 days pass the range of a Duration (2^24 days), not only its Int64 nanoseconds.
        var longest = Duration.FromDays(CatalogLimits.MaxDurationDays);
        var measure = new ReferenceWeek(DateTimeZoneProviders.Tzdb["Europe/Warsaw"]).Measure(Calendar("always"), DurationSpec.Of(longest));
        Assert.Equal(new TargetMeasure(longest, longest), measure);
    }

    [Fact]
    public void Three_days_on_a_quarter_hour_calendar_average_exactly()
    {
        // Tue-Thu 00:00-00:15: 72 h of open time are 96 weeks less the part of the first week already gone.
        var tiny = Calendar("tiny", "calendar tiny { hours: Tue-Thu 00:00-00:15 }\n");
        var week = new ReferenceWeek(DateTimeZoneProviders.Tzdb["Europe/Warsaw"]);
        var measure = week.Measure(tiny, DurationSpec.Of(Duration.FromDays(3)))!.Value;
        var waits = week.Openings().Select(t => tiny.Add(t, Duration.FromDays(3)) - t).ToList();
        Assert.Equal(waits.Max(), measure.Worst);
        Assert.Equal(Duration.FromNanoseconds(waits.Select(w => w.ToBigIntegerNanoseconds()).Aggregate((a, b) => a + b) / waits.Count), measure.Average);
        Assert.True(measure.Average > Duration.FromDays(7 * 95), measure.Average.ToString());
    }

    [Fact]
    public void A_target_due_after_the_end_of_supported_time_is_measured_as_such_not_as_never_open()
    {
        // 100000 days on 45 minutes a week: ~61,000 years out. Before: BeyondSupportedTimeException, PD0009.
        var tiny = Calendar("tiny", "calendar tiny { hours: Tue-Thu 00:00-00:15 }\n");
        var measure = new ReferenceWeek(DateTimeZoneProviders.Tzdb["Europe/Warsaw"]).Measure(tiny, DurationSpec.Of(Duration.FromDays(100000)));
        Assert.NotNull(measure);
        Assert.True(measure!.Value.IsPastSupportedTime);
    }
}
