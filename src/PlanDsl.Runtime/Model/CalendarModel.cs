using System.Collections.Immutable;
using NodaTime;

namespace PlanDsl.Runtime.Model;

/// <summary>
/// One weekly opening span on a day: from <see cref="Start"/> to <see cref="End"/> local time, where
/// End may be 24:00 (a <see cref="Period"/> of one day). Spans past midnight are split into two.
/// </summary>
public sealed record WeeklySpan(IsoDayOfWeek Day, LocalTime Start, bool EndsAtMidnight, LocalTime End)
{
    public static WeeklySpan Create(IsoDayOfWeek day, LocalTime start, LocalTime? end) =>
        end is null ? new(day, start, true, LocalTime.Midnight) : new(day, start, false, end.Value);

    public string Describe() => $"{Day.ToString()[..3]} {Start:HH':'mm}-{(EndsAtMidnight ? "24:00" : End.ToString("HH':'mm", null))}";
}

/// <summary>A calendar: weekly opening hours in a zone, less holidays and closed dates.</summary>
public sealed record CalendarModel(
    string Id,
    LocalizedText Title,
    TimeZoneSpec TimeZone,
    bool AlwaysOpen,
    ImmutableArray<WeeklySpan> Hours,
    ImmutableArray<HolidayRule> Holidays,
    ImmutableArray<LocalizedText> Assumptions,
    string? BasedOn);
