using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// Instants as messages show them, in local time of the catalog's zone: "Fri 17:30"; with the date
/// ("Mon 12 Oct 09:00") when an instant of the same message lies a week or more away, where the
/// weekday alone would be ambiguous.
/// </summary>
internal static class InstantText
{
    private static readonly LocalDateTimePattern Short = LocalDateTimePattern.Create("ddd HH':'mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern Dated = LocalDateTimePattern.Create("ddd d MMM HH':'mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern WithYear = LocalDateTimePattern.Create("ddd d MMM uuuu HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>The instants, all short or all with the date when the last is 7 or more local days after the first.</summary>
    public static string[] Show(DateTimeZone zone, params Instant[] instants)
    {
        var local = instants.Select(i => i.InZone(zone).LocalDateTime).ToArray();
        var first = local.Min(l => l.Date);
        var last = local.Max(l => l.Date);
        var pattern = Period.Between(first, last, PeriodUnits.Days).Days >= 7 ? Dated : Short;
        return local.Select(l => pattern.Format(l)).ToArray();
    }

    /// <summary>With the date and year: "Fri 1 May 2026 08:00".</summary>
    public static string ShowWithYear(DateTimeZone zone, Instant instant) => WithYear.Format(instant.InZone(zone).LocalDateTime);
}
