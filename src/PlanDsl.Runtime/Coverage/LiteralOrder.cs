using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Coverage;

/// <summary>
/// How a ticket's value compares with a rule's literal: the one ordering the evaluator and the
/// coverage analysis share, so that they cannot disagree on what a condition means.
/// </summary>
public static class LiteralOrder
{
    /// <summary>Negative, zero or positive as the ticket's value is below, equal to or above the rule's; null for money in another currency.</summary>
    public static int? Of(RuleLiteral ticket, RuleLiteral rule) => rule.Type switch
    {
        ValueTypeKind.YesNo => ticket.Flag.CompareTo(rule.Flag),
        ValueTypeKind.Number or ValueTypeKind.Count => ticket.Number.CompareTo(rule.Number),
        ValueTypeKind.Duration => ticket.Duration.CompareTo(rule.Duration),
        ValueTypeKind.Date => ticket.Date.CompareTo(rule.Date),
        ValueTypeKind.Money => ticket.Money.Currency != rule.Money.Currency ? null : ticket.Money.Amount.CompareTo(rule.Money.Amount),
        _ => string.CompareOrdinal(ticket.Text, rule.Text),
    };

    /// <summary>Whether an operator holds for an order found by <see cref="Of"/>.</summary>
    public static bool Holds(CompareOperator op, int order) => op switch
    {
        CompareOperator.Equal => order == 0,
        CompareOperator.NotEqual => order != 0,
        CompareOperator.Less => order < 0,
        CompareOperator.LessOrEqual => order <= 0,
        CompareOperator.Greater => order > 0,
        _ => order >= 0,
    };
}
