using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>
/// A condition's truth for a ticket that gives only some attributes, in the runtime's three-valued logic
/// (<see cref="ConditionEvaluator"/>): unknown while it depends on an attribute not given yet. Comparisons
/// are the runtime's: texts and members ordinal, money only within one currency — comparing amounts in two
/// currencies is an error for the runtime, and unknown here (such a ticket is not a valid example).
/// </summary>
internal static class PartialTicketTruth
{
    public static Truth Evaluate(ConditionNode? node, IReadOnlyDictionary<string, int> slots, AttributeSample?[] ticket) => node switch
    {
        null => Truth.True,
        NotCondition n => Kleene.Not(Evaluate(n.Operand, slots, ticket)),
        AndCondition a => And(a, slots, ticket),
        OrCondition o => Or(o, slots, ticket),
        FlagCondition f => Value(f.Attribute, slots, ticket) is { } flag ? Kleene.Of(flag.Flag) : Truth.Unknown,
        CompareCondition c => Value(c.Attribute, slots, ticket) is { } value ? Compare(value, c.Operator, c.Value) : Truth.Unknown,
        InCondition i => In(i, slots, ticket),
        _ => Truth.Unknown,
    };

    private static Truth And(AndCondition a, IReadOnlyDictionary<string, int> slots, AttributeSample?[] ticket)
    {
        var left = Evaluate(a.Left, slots, ticket);
        return left == Truth.False ? Truth.False : Kleene.And(left, Evaluate(a.Right, slots, ticket));
    }

    private static Truth Or(OrCondition o, IReadOnlyDictionary<string, int> slots, AttributeSample?[] ticket)
    {
        var left = Evaluate(o.Left, slots, ticket);
        return left == Truth.True ? Truth.True : Kleene.Or(left, Evaluate(o.Right, slots, ticket));
    }

    private static Truth In(InCondition condition, IReadOnlyDictionary<string, int> slots, AttributeSample?[] ticket)
    {
        if (Value(condition.Attribute, slots, ticket) is not { } value) return Truth.Unknown;
        var found = Truth.False;
        foreach (var item in condition.Values)
        {
            found = Kleene.Or(found, Compare(value, CompareOperator.Equal, item));
            if (found == Truth.True) break;
        }
        return condition.Negated ? Kleene.Not(found) : found;
    }

    private static RuleLiteral? Value(string attribute, IReadOnlyDictionary<string, int> slots, AttributeSample?[] ticket) =>
        slots.TryGetValue(attribute, out var slot) ? ticket[slot]?.Value : null;

    /// <summary>The evaluator's own ordering; money in another currency cannot be compared here (unknown).</summary>
    private static Truth Compare(RuleLiteral ticket, CompareOperator op, RuleLiteral rule) =>
        LiteralOrder.Of(ticket, rule) is { } order ? Kleene.Of(LiteralOrder.Holds(op, order)) : Truth.Unknown;
}
