using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// A plan version's fee for one month, the basis of service credits: every recurring price made
/// monthly (<see cref="PricePeriods"/>) plus every per-unit recurring price × its units. Hourly,
/// metered, per-unit and one-off prices are not part of it. Not rounded.
/// </summary>
public static class MonthlyFee
{
    /// <summary>The fee; null amount when the plan has no recurring price. A per-unit price whose unit is not in <paramref name="units"/> is an error naming the unit.</summary>
    public static Money? Of(PlanVersion version, IReadOnlyDictionary<string, decimal>? units, NodaTime.YearMonth? month = null)
    {
        var lookup = new UsageLookup<decimal>("units", units);
        var recurring = version.Prices.Where(p => p.Kind is PriceKind.Recurring or PriceKind.PerUnitRecurring).ToList();
        decimal total = 0;
        foreach (var price in recurring)
        {
            var quantity = 1m;
            if (price.Kind == PriceKind.PerUnitRecurring && !lookup.TryGet(price.Unit!, out quantity))
                throw new BillingInputException($"units.{price.Unit}", $"price '{price.Id}' ({price.Describe()}) is per {price.Unit}: give the number of {price.Unit} (e.g. {price.Unit}=3)");
            total += quantity * price.Amount.Amount * PricePeriods.PerMonth(price, month);
        }
        lookup.RejectUnused(recurring.Where(p => p.Unit is not null).Select(p => p.Unit!), "price per unit", "units priced");
        if (recurring.Count == 0) return null;
        return new Money(total, SingleCurrency.Of(recurring.Select(p => p.Amount.Currency), "prices"));
    }
}
