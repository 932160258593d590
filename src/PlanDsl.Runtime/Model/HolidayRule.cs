using System.Collections.Immutable;
using NodaTime;

namespace PlanDsl.Runtime.Model;

public enum HolidayRuleKind
{
    /// <summary>One calendar date.</summary>
    Fixed,
    /// <summary>The same month and day every year.</summary>
    Yearly,
    /// <summary>A number of days before or after (Western, Gregorian) Easter Sunday.</summary>
    EasterRelative,
}

/// <summary>A day on which a calendar is closed, by rule.</summary>
public sealed record HolidayRule(HolidayRuleKind Kind, LocalDate? Date, int Month, int Day, int EasterOffset, LocalizedText Name, int? FromYear = null)
{
    public static HolidayRule FixedDate(LocalDate date, LocalizedText name) => new(HolidayRuleKind.Fixed, date, date.Month, date.Day, 0, name);
    public static HolidayRule EveryYear(int month, int day, LocalizedText name) => new(HolidayRuleKind.Yearly, null, month, day, 0, name);
    public static HolidayRule Easter(int offset, LocalizedText name) => new(HolidayRuleKind.EasterRelative, null, 0, 0, offset, name);

    /// <summary>The date this rule closes in the year, or null (a fixed date of another year, 29 Feb).</summary>
    public LocalDate? In(int year)
    {
        if (FromYear is { } first && year < first) return null;
        switch (Kind)
        {
            case HolidayRuleKind.Fixed:
                return Date!.Value.Year == year ? Date : null;
            case HolidayRuleKind.Yearly:
                return Day <= CalendarSystem.Iso.GetDaysInMonth(year, Month) ? new LocalDate(year, Month, Day) : null;
            default:
                return EasterSunday(year).PlusDays(EasterOffset);
        }
    }

    /// <summary>Western Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(year, month, day);
    }

    public string Describe() => Kind switch
    {
        HolidayRuleKind.Fixed => Date!.Value.ToString("uuuu-MM-dd", null),
        HolidayRuleKind.Yearly => $"every {Month:00}-{Day:00}",
        _ => EasterOffset == 0 ? "easter" : $"easter {EasterOffset:+0;-0}",
    } + (FromYear is { } y ? $" from {y}" : "");
}

/// <summary>A named set of holiday rules.</summary>
public sealed record HolidaySetModel(string Id, LocalizedText Title, ImmutableArray<HolidayRule> Rules);
