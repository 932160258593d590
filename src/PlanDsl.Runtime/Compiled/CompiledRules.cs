using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Compiled;

/// <summary>What generated coverage code calls besides <see cref="Kleene"/>: comparisons that may refuse their input.</summary>
public static class CompiledRules
{
    /// <summary>The order of two amounts of money; another currency is refused as <see cref="ConditionEvaluator"/> refuses it.</summary>
    public static int MoneyOrder(string attribute, Money ticket, decimal amount, string currency)
    {
        if (ticket.Currency != currency)
            throw new CoverageInputException(attribute, $"{ticket} cannot be compared with {new Money(amount, currency)} (another currency)");
        return ticket.Amount.CompareTo(amount);
    }
}
