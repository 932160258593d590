using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Billing;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// Reads the month (<c>2026-10</c>) and day (<c>2026-10-05</c>) of a bill, and picks the plan version
/// it uses: in force on the month's first day; without a month, on <c>--date</c>; without either, the
/// latest version (the commands never read the clock).
/// </summary>
public static class BillingDates
{
    public static YearMonth Month(string text, string field)
    {
        var result = YearMonthPattern.Iso.Parse(text.Trim());
        if (!result.Success) throw new CliError($"{field}: '{text}' is not a month such as 2026-10");
        if (result.Value > LastMonth) throw new CliError($"{field}: '{text}' is after 9999-11, the last month plandsl bills (a month must end before the end of its time range)");
        return result.Value;
    }

    /// <summary>The last month billed: 9999-12 ends at the very end of NodaTime's time, past what is computed.</summary>
    public static readonly YearMonth LastMonth = new(9999, 11);

    public static LocalDate Day(string text, string field)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success ? result.Value : throw new CliError($"{field}: '{text}' is not a date such as 2026-10-05");
    }

    public static PlanVersion Version(PlanModel plan, YearMonth? month, LocalDate? date)
    {
        if (month is not null && date is not null)
            throw new CliError("--date: give the month or a date, not both (the month picks the version in force on its first day)");
        try
        {
            return BillingVersion.For(plan, month, date);
        }
        catch (BillingInputException e)
        {
            throw new CliError(e.Message);
        }
    }

    public static string? Text(LocalDate? date) => date?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Text(YearMonth? month) => month?.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture);
}
