using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Coverage;

/// <summary>
/// Evaluates a condition over a ticket's attributes in three-valued logic: a comparison, an
/// <c>in</c> test or a yes/no test on an attribute the ticket does not give is <see cref="Truth.Unknown"/>
/// (and the attribute is added to <c>missing</c>, once, in order of need); <c>not</c>, <c>and</c>, <c>or</c> follow
/// <see cref="Kleene"/>. Text compares exactly (ordinal, case-sensitive). Conditions are at most
/// 64 levels deep (the compiler refuses deeper ones), so the recursion is bounded.
/// </summary>
public static class ConditionEvaluator
{
    public static Truth Evaluate(ConditionNode node, TicketFacts facts, IList<string> missing)
    {
        switch (node)
        {
            case NotCondition n:
                return Kleene.Not(Evaluate(n.Operand, facts, missing));
            case AndCondition a:
                return Kleene.And(Evaluate(a.Left, facts, missing), Evaluate(a.Right, facts, missing));
            case OrCondition o:
                return Kleene.Or(Evaluate(o.Left, facts, missing), Evaluate(o.Right, facts, missing));
            case FlagCondition f:
                return Known(f.Attribute, facts, missing, out var flag) ? Kleene.Of(flag.Flag) : Truth.Unknown;
            case CompareCondition c:
                return Known(c.Attribute, facts, missing, out var value) ? Kleene.Of(Compare(c.Attribute, value, c.Operator, c.Value)) : Truth.Unknown;
            case InCondition i:
                if (!Known(i.Attribute, facts, missing, out var member)) return Truth.Unknown;
                var found = i.Values.Any(v => Compare(i.Attribute, member, CompareOperator.Equal, v));
                return Kleene.Of(found != i.Negated);
            default:
                throw new NotSupportedException($"condition {node.GetType().Name}");
        }
    }

    /// <summary>Whether the condition tests the attribute anywhere.</summary>
    public static bool Mentions(ConditionNode? node, string attribute) => node switch
    {
        NotCondition n => Mentions(n.Operand, attribute),
        AndCondition a => Mentions(a.Left, attribute) || Mentions(a.Right, attribute),
        OrCondition o => Mentions(o.Left, attribute) || Mentions(o.Right, attribute),
        FlagCondition f => f.Attribute == attribute,
        CompareCondition c => c.Attribute == attribute,
        InCondition i => i.Attribute == attribute,
        _ => false,
    };

    private static bool Known(string attribute, TicketFacts facts, IList<string> missing, out RuleLiteral value)
    {
        if (facts.TryGet(attribute, out value)) return true;
        if (!missing.Contains(attribute)) missing.Add(attribute);
        return false;
    }

    private static bool Compare(string attribute, RuleLiteral ticket, CompareOperator op, RuleLiteral rule) =>
        LiteralOrder.Of(ticket, rule) is { } order
            ? LiteralOrder.Holds(op, order)
            : throw new CoverageInputException(attribute, $"{ticket.Money} cannot be compared with {rule.Money} (another currency)");
}
