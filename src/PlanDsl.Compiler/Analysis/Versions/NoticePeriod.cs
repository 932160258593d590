using NodaTime;

namespace PlanDsl.Compiler.Analysis.Versions;

/// <summary>
/// The catalog's <c>notice period: 30 days</c> (also weeks or months): how long before a change that is
/// worse for customers takes effect it must have been published. <see cref="Text"/> is as it is shown
/// in messages ("30 days", "1 month").
/// </summary>
public sealed record NoticePeriod(Period Period, string Text)
{
    /// <summary>The first date on which a change published on <paramref name="published"/> may take effect; null past the calendar's end.</summary>
    public LocalDate? EarliestEffective(LocalDate published)
    {
        try
        {
            return published.Plus(Period);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// How many days the period spans from <paramref name="published"/>, also when its end is past the
    /// calendar's end (9999-12-31): counted on the same date some 400-year Gregorian cycles earlier, which
    /// have the same days in every month.
    /// </summary>
    public int DaysFrom(LocalDate published)
    {
        var shifted = published.PlusYears(-GregorianCycle * ((published.Year - 1) / GregorianCycle));
        return Period.Between(shifted, shifted.Plus(Period), PeriodUnits.Days).Days;
    }

    private const int GregorianCycle = 400;

    public static NoticePeriod? Create(long number, string unit)
    {
        if (number < 0 || number > 100_000) return null;
        var n = (int)number;
        return unit switch
        {
            "day" or "days" => new NoticePeriod(Period.FromDays(n), Plural(n, "day")),
            "week" or "weeks" => new NoticePeriod(Period.FromWeeks(n), Plural(n, "week")),
            "month" or "months" => new NoticePeriod(Period.FromMonths(n), Plural(n, "month")),
            _ => null,
        };
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
