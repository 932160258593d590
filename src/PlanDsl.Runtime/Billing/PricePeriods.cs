using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// How a price's period becomes a month: per month × 1, per year × 1/12, per week × (days in the
/// month / 7), per day × days in the month. Weeks and days need the month.
/// </summary>
public static class PricePeriods
{
    public static decimal PerMonth(PriceModel price, NodaTime.YearMonth? month)
    {
        switch (price.Period)
        {
            case "month": return 1m;
            case "year": return 1m / 12m;
            case "week" or "day":
                if (month is not { } m)
                    throw new BillingInputException("month", $"price '{price.Id}' ({price.Describe()}) is per {price.Period}: give the month to count its days");
                var days = m.Calendar.GetDaysInMonth(m.Year, m.Month);
                return price.Period == "day" ? days : days / 7m;
            default:
                throw new BillingInputException($"prices.{price.Id}", $"'{price.Describe()}' has no period a month can be made of");
        }
    }

    /// <summary>The usage key of a metered price: <c>"&lt;unit&gt;-hours"</c> (<c>GB-hours</c>).</summary>
    public static string MeteredKey(PriceModel price) => $"{price.Unit}-{price.Period ?? "hour"}s";
}
