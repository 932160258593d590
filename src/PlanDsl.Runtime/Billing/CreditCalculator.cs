using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// Service credits. A ladder row "below 99.4 %: 25 %" applies when the uptime is strictly below 99.4;
/// of all rows that apply, the one with the lowest threshold wins (uptime 99.41 is below 99.8 and 99.6
/// but not 99.4: the 99.6 row). Its percentage is limited by the cap, if any. The credit is that
/// percentage of the month's fee (<see cref="MonthlyFee"/>: recurring prices + per-unit recurring
/// prices × units), rounded to 2 decimals, halves away from zero. The uptime is compared exactly, as given.
/// </summary>
public static class CreditCalculator
{
    /// <exception cref="BillingInputException">A bad uptime or units, or a fee too large for <see cref="decimal"/> (field <c>units</c>).</exception>
    public static CreditResult Calculate(PlanVersion version, decimal uptimePercent, IReadOnlyDictionary<string, decimal>? units = null,
        string? catalogCurrency = null, NodaTime.YearMonth? month = null)
    {
        try
        {
            return Compute(version, uptimePercent, units, catalogCurrency, month);
        }
        catch (OverflowException)
        {
            throw new BillingInputException("units", "the fee is too large to compute (beyond decimal's range of about 7.9e28)");
        }
    }

    private static CreditResult Compute(PlanVersion version, decimal uptimePercent, IReadOnlyDictionary<string, decimal>? units,
        string? catalogCurrency, NodaTime.YearMonth? month)
    {
        if (uptimePercent is < 0m or > 100m)
            throw new BillingInputException("uptime", $"{uptimePercent} is not a percentage between 0 and 100");
        if (version.Credits is not { } ladder)
        {
            RejectUnknownUnits(version, units);
            return new CreditResult(uptimePercent, null, 0m, 0m, null, null, 0.00m, catalogCurrency, "no credit ladder");
        }

        var fee = MonthlyFee.Of(version, units, month);
        var step = StepFor(ladder, uptimePercent);
        var ladderPercent = step?.CreditPercent ?? 0m;
        var percent = ladder.CapPercent is { } cap && ladderPercent > cap ? cap : ladderPercent;
        var amount = MoneyRounding.Round(percent / 100m * (fee?.Amount ?? 0m));
        var note = fee is null ? "the plan has no recurring fee to credit" : null;
        return new CreditResult(uptimePercent, step, ladderPercent, percent, ladder.CapPercent, fee, amount, fee?.Currency ?? catalogCurrency, note);
    }

    /// <summary>Without a ladder no fee is needed, but a unit the plan does not price is still a mistake.</summary>
    private static void RejectUnknownUnits(PlanVersion version, IReadOnlyDictionary<string, decimal>? units)
    {
        var lookup = new UsageLookup<decimal>("units", units);
        var priced = version.Prices.Where(p => p.Kind == PriceKind.PerUnitRecurring).Select(p => p.Unit!).ToList();
        foreach (var unit in priced) lookup.TryGet(unit, out _);
        lookup.RejectUnused(priced, "price per unit", "units priced");
    }

    /// <summary>The step with the lowest threshold that the uptime is strictly below, or null.</summary>
    public static CreditStep? StepFor(CreditLadder ladder, decimal uptimePercent)
    {
        CreditStep? found = null;
        foreach (var step in ladder.Steps)
            if (uptimePercent < step.BelowPercent && (found is null || step.BelowPercent < found.BelowPercent))
                found = step;
        return found;
    }
}
