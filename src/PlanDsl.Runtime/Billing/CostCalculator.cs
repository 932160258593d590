using System.Collections.Immutable;
using System.Globalization;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// A month's invoice lines for a plan version and its usage (<see cref="BillingUsage"/>), in the
/// order of the plan's prices, then the entitlements used beyond what is included:
/// <list type="bullet">
/// <item>every recurring fee, made monthly, even at 0.00;</item>
/// <item>every per-unit recurring fee × its units (the units must be given; 0 is allowed);</item>
/// <item>the hourly rate × <see cref="BillingUsage.Hours"/>, when hours are given;</item>
/// <item>each metered price × its "&lt;unit&gt;-hours", when given;</item>
/// <item>each per-unit price × its units, when given;</item>
/// <item>each counted entitlement over its included quantity: priced extras are charged, "additional
/// billed" is a line without an amount ("billed separately, price not stated"), "additional not allowed"
/// and limits without terms are lines without an amount that say so.</item>
/// </list>
/// One-off prices are not monthly charges: they are listed in <see cref="CostResult.Notes"/>.
/// Each line's amount is rounded to 2 decimals, halves away from zero; the total is the sum of the
/// rounded amounts. Usage the plan has no price or entitlement for is an error naming it.
/// </summary>
public static class CostCalculator
{
    /// <exception cref="BillingInputException">Usage the plan cannot bill, or amounts too large for <see cref="decimal"/> (field <c>usage</c>).</exception>
    public static CostResult Calculate(ResolvedCatalog catalog, PlanVersion version, BillingUsage usage)
    {
        try
        {
            return Compute(catalog, version, usage);
        }
        catch (OverflowException)
        {
            throw new BillingInputException("usage", "the amounts are too large to compute (beyond decimal's range of about 7.9e28)");
        }
    }

    private static CostResult Compute(ResolvedCatalog catalog, PlanVersion version, BillingUsage usage)
    {
        var language = catalog.DefaultLanguage;
        var units = new UsageLookup<decimal>("units", usage.Units);
        var metered = new UsageLookup<decimal>("metered", usage.Metered);
        CheckHours(version, usage.Hours);

        var lines = new List<InvoiceLine>();
        var currencies = new List<string>();
        var notes = new List<string>();
        InvoiceLine Charge(InvoiceLineKind kind, PriceModel price, decimal quantity, string unit, decimal unitPrice, string? note = null)
        {
            currencies.Add(price.Amount.Currency);
            return new InvoiceLine(kind, price.Id, price.Title.Get(language, catalog.DefaultLanguage), quantity, unit, unitPrice,
                MoneyRounding.Round(quantity * unitPrice), InvoiceLineStatus.Charged, note);
        }

        foreach (var price in version.Prices)
        {
            switch (price.Kind)
            {
                case PriceKind.Recurring:
                    lines.Add(Charge(InvoiceLineKind.Fee, price, 1m, "month", price.Amount.Amount * PricePeriods.PerMonth(price, usage.Month), PeriodNote(price)));
                    break;
                case PriceKind.PerUnitRecurring:
                    if (!units.TryGet(price.Unit!, out var count))
                        throw new BillingInputException($"units.{price.Unit}", $"price '{price.Id}' ({price.Describe()}) is per {price.Unit}: give the number of {price.Unit} (e.g. \"{price.Unit}\": 3)");
                    lines.Add(Charge(InvoiceLineKind.PerUnitFee, price, count, price.Unit!, price.Amount.Amount * PricePeriods.PerMonth(price, usage.Month), PeriodNote(price)));
                    break;
                case PriceKind.Hourly when usage.Hours is { } hours:
                    lines.Add(Charge(InvoiceLineKind.Hourly, price, hours, "h", price.Amount.Amount));
                    break;
                case PriceKind.Metered when metered.TryGet(PricePeriods.MeteredKey(price), out var unitHours):
                    lines.Add(Charge(InvoiceLineKind.Metered, price, unitHours, PricePeriods.MeteredKey(price), price.Amount.Amount));
                    break;
                case PriceKind.PerUnit when units.TryGet(price.Unit!, out var used):
                    lines.Add(Charge(InvoiceLineKind.PerUnit, price, used, price.Unit!, price.Amount.Amount));
                    break;
                case PriceKind.OneOff:
                    notes.Add($"one-off price '{price.Id}' ({price.Describe()}) is not a monthly charge and is not on this invoice");
                    break;
            }
        }
        units.RejectUnused(version.Prices.Where(p => p.Kind is PriceKind.PerUnitRecurring or PriceKind.PerUnit).Select(p => p.Unit!), "price per unit", "units priced");
        metered.RejectUnused(version.Prices.Where(p => p.Kind == PriceKind.Metered).Select(PricePeriods.MeteredKey), "metered price", "metered prices");

        var quotas = QuotaUsage.For(catalog, version, usage.Counts);
        foreach (var quota in quotas.Where(q => q.Over > 0))
            lines.Add(Extra(quota, usage.Month, currencies));

        var currency = currencies.Count > 0 ? SingleCurrency.Of(currencies, "prices") : catalog.Currency;
        var total = MoneyRounding.Round(lines.Sum(l => l.Amount ?? 0m));
        return new CostResult(lines.ToImmutableArray(), quotas, total, currency, notes.ToImmutableArray());
    }

    private static void CheckHours(PlanVersion version, decimal? hours)
    {
        if (hours is not { } h) return;
        if (h < 0) throw new BillingInputException("hours", $"{h} is negative");
        var rates = version.Prices.Where(p => p.Kind == PriceKind.Hourly).ToList();
        if (rates.Count == 0) throw new BillingInputException("hours", "the plan has no hourly rate");
        if (rates.Count > 1) throw new BillingInputException("hours", $"the plan has {rates.Count} hourly rates ({string.Join(", ", rates.Select(r => r.Id))}); hours cannot say which");
    }

    private static InvoiceLine Extra(QuotaLine quota, NodaTime.YearMonth? month, List<string> currencies)
    {
        var included = quota.Included is { } n ? $"{n}{(quota.Period is null ? "" : " per " + quota.Period)} included" : "";
        var unit = quota.ExtraPrice?.Unit ?? quota.Entitlement;
        InvoiceLine Unpriced(InvoiceLineStatus status, string note) =>
            new(InvoiceLineKind.Extra, quota.Entitlement, quota.Title, quota.Over, unit, null, null, status, note);

        if (!quota.Granted) return Unpriced(InvoiceLineStatus.OverLimit, "the plan does not grant this; none are included");
        switch (quota.Extra)
        {
            case ExtraPolicy.Priced when quota.ExtraPrice is { } price:
                var unitPrice = price.Amount.Amount * (price.Period is null ? 1m : PricePeriods.PerMonth(price, month));
                currencies.Add(price.Amount.Currency);
                return new InvoiceLine(InvoiceLineKind.Extra, quota.Entitlement, quota.Title, quota.Over, unit, unitPrice,
                    MoneyRounding.Round(quota.Over * unitPrice), InvoiceLineStatus.Charged, $"{Count(quota.Over)} over the {included}, at {price.Describe()}");
            case ExtraPolicy.Billed:
                return Unpriced(InvoiceLineStatus.PriceNotStated, $"{Count(quota.Over)} over the {included}: billed separately, price not stated");
            case ExtraPolicy.NotAllowed:
                return Unpriced(InvoiceLineStatus.NotAllowed, $"{Count(quota.Over)} over the {included}: additional not allowed by the plan");
            default:
                return Unpriced(InvoiceLineStatus.OverLimit, $"{Count(quota.Over)} over the {included}: the plan states no terms for more");
        }
    }

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? PeriodNote(PriceModel price) => price.Period is "month" or null ? null : $"{price.Describe()}, made monthly";
}
