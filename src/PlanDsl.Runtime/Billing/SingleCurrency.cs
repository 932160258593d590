namespace PlanDsl.Runtime.Billing;

/// <summary>The one currency of a bill: amounts in several currencies cannot be added up.</summary>
public static class SingleCurrency
{
    public static string Of(IEnumerable<string> currencies, string field)
    {
        var distinct = currencies.Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
        return distinct.Count switch
        {
            1 => distinct[0],
            0 => throw new BillingInputException(field, "no amounts"),
            _ => throw new BillingInputException(field, $"amounts in several currencies ({string.Join(", ", distinct)}) cannot be added up"),
        };
    }
}
