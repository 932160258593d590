using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Calendars;

/// <summary>Calendars built from a model or a seed catalog, and instants written as ISO-8601 text.</summary>
internal static class CalendarKit
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;

    public static Instant At(string isoWithOffset) => Pattern.Parse(isoWithOffset).GetValueOrThrow().ToInstant();

    public static Interval Between(string start, string end) => new(At(start), At(end));

    public static string Show(Instant instant, BusinessCalendar calendar) =>
        Pattern.Format(instant.InZone(calendar.Zone).ToOffsetDateTime());

    public static BusinessCalendar Seed(string catalog, string calendar) => new CalendarSet(Seeds.Catalog(catalog)).Get(calendar);

    public static BusinessCalendar Calendar(string zone, IEnumerable<WeeklySpan> hours, IEnumerable<HolidayRule>? holidays = null, string id = "test") =>
        BusinessCalendar.From(Model(zone, hours, holidays, id));

    public static CalendarModel Model(string zone, IEnumerable<WeeklySpan> hours, IEnumerable<HolidayRule>? holidays = null, string id = "test") =>
        new(id, LocalizedText.Of("en", id), new TimeZoneSpec(zone), false, hours.ToImmutableArray(),
            (holidays ?? Array.Empty<HolidayRule>()).ToImmutableArray(), ImmutableArray<LocalizedText>.Empty, null);

    /// <summary>Spans on each day of a range: <c>Hours("Mon-Fri", "08:00", "17:00")</c>; "24:00" ends at midnight.</summary>
    public static IEnumerable<WeeklySpan> Hours(string days, string start, string end)
    {
        var parts = days.Split('-');
        var first = Day(parts[0]);
        var last = parts.Length > 1 ? Day(parts[1]) : first;
        for (var d = (int)first; ; d = d % 7 + 1)
        {
            yield return Span((IsoDayOfWeek)d, start, end);
            if (d == (int)last) break;
        }
    }

    public static WeeklySpan Span(IsoDayOfWeek day, string start, string end) =>
        WeeklySpan.Create(day, Time(start), end == "24:00" ? null : Time(end));

    public static HolidayRule Closed(string date) =>
        HolidayRule.FixedDate(LocalDatePattern.Iso.Parse(date).GetValueOrThrow(), LocalizedText.Empty);

    public static LocalDate Date(string date) => LocalDatePattern.Iso.Parse(date).GetValueOrThrow();

    private static LocalTime Time(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).GetValueOrThrow();

    private static IsoDayOfWeek Day(string name) => name switch
    {
        "Mon" => IsoDayOfWeek.Monday,
        "Tue" => IsoDayOfWeek.Tuesday,
        "Wed" => IsoDayOfWeek.Wednesday,
        "Thu" => IsoDayOfWeek.Thursday,
        "Fri" => IsoDayOfWeek.Friday,
        "Sat" => IsoDayOfWeek.Saturday,
        "Sun" => IsoDayOfWeek.Sunday,
        _ => throw new ArgumentException(name),
    };
}
