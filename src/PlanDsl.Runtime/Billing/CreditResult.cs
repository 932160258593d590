using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// A service credit: the uptime judged, the ladder step that applies (null: none), the ladder's
/// percentage, the percentage after the cap, the month's fee it is a percentage of, and the amount
/// (rounded to 2 decimals, halves away from zero). <see cref="Note"/> explains a zero credit that
/// needs explaining ("no credit ladder").
/// </summary>
public sealed record CreditResult(
    decimal Uptime,
    CreditStep? Step,
    decimal LadderPercent,
    decimal Percent,
    decimal? CapPercent,
    Money? MonthlyFee,
    decimal Amount,
    string? Currency,
    string? Note)
{
    public bool Capped => Percent < LadderPercent;
}
