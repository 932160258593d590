namespace PlanDsl.Runtime.Billing;

/// <summary>Amounts on a bill: 2 decimals, halves away from zero (0.125 → 0.13), always written with 2 decimals.</summary>
public static class MoneyRounding
{
    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
