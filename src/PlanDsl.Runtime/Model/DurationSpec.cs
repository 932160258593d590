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

    /// <summary>Normalized: "30 min", "4 h", "1 h 30 min", "2 days", "5 business days".</summary>
    public override string ToString()
    {
        if (IsBusinessDays) return BusinessDays == 1 ? "1 business day" : $"{BusinessDays} business days";
        var minutes = (long)Elapsed.TotalMinutes;
        if (minutes == 0) return "0 min";
        if (minutes % (24 * 60) == 0 && minutes >= 24 * 60) { var d = minutes / (24 * 60); return d == 1 ? "1 day" : $"{d} days"; }
        var h = minutes / 60; var m = minutes % 60;
        return h == 0 ? $"{m} min" : m == 0 ? $"{h} h" : $"{h} h {m} min";
    }
}
