using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// The plan version a bill uses: the version in force on the first day of the month billed; without a
/// month, the version in force on a given day; without either, the latest version.
/// </summary>
public static class BillingVersion
{
    public static PlanVersion For(PlanModel plan, YearMonth? month, LocalDate? day = null)
    {
        var on = month?.OnDayOfMonth(1) ?? day;
        if (on is not { } date) return plan.Current;
        return plan.InForceOn(date) ?? throw new BillingInputException(month is null ? "date" : "month",
            $"plan '{plan.Id}' has no version in force on {date:uuuu-MM-dd} (its first version is in force from {plan.Versions[0].EffectiveFrom:uuuu-MM-dd})");
    }
}
