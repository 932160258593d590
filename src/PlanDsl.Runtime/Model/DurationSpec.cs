using NodaTime;

namespace PlanDsl.Runtime.Model;

/// <summary>
/// A duration as a plan states it: an exact elapsed time on a clock, or a number of business days
/// (open days of the calendar that measures it).
/// </summary>
public readonly record struct DurationSpec(Duration Elapsed, int BusinessDays)
{
    public static DurationSpec Of(Duration elapsed) => new(elapsed, 0);
    public static DurationSpec OfBusinessDays(int days) => new(Duration.Zero, days);

    public bool IsBusinessDays => BusinessDays > 0;

    /// <summary>Normalized: "30 min", "4 h", "1 h 30 min", "48 h", "5 business days" (elapsed time is never shown in days, which would read as business days).</summary>
    public override string ToString()
    {
        if (IsBusinessDays) return BusinessDays == 1 ? "1 business day" : $"{BusinessDays} business days";
        var seconds = (long)Elapsed.TotalSeconds;
        var minutes = seconds / 60;
        var rest = seconds % 60 == 0 ? "" : $" {seconds % 60} s";
        if (minutes == 0) return seconds == 0 ? "0 min" : $"{seconds} s";
        var h = minutes / 60; var m = minutes % 60;
        return (h == 0 ? $"{m} min" : m == 0 ? $"{h} h" : $"{h} h {m} min") + rest;
    }
}
