using System.Collections.Immutable;
using System.Globalization;

namespace PlanDsl.Runtime.Model;

public enum CompareOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>A literal in a condition, typed like the attribute it is compared with.</summary>
public sealed record RuleLiteral(ValueTypeKind Type, bool Flag, decimal Number, string? Text, NodaTime.Duration Duration, NodaTime.LocalDate Date, Money Money)
{
    public static RuleLiteral OfFlag(bool b) => new(ValueTypeKind.YesNo, b, 0, null, default, default, default);
    public static RuleLiteral OfNumber(decimal n) => new(ValueTypeKind.Number, false, n, null, default, default, default);
    public static RuleLiteral OfText(string s) => new(ValueTypeKind.Text, false, 0, s, default, default, default);
    public static RuleLiteral OfChoice(string member) => new(ValueTypeKind.Choice, false, 0, member, default, default, default);
    public static RuleLiteral OfDuration(NodaTime.Duration d) => new(ValueTypeKind.Duration, false, 0, null, d, default, default);
    public static RuleLiteral OfDate(NodaTime.LocalDate d) => new(ValueTypeKind.Date, false, 0, null, default, d, default);
    public static RuleLiteral OfMoney(Money m) => new(ValueTypeKind.Money, false, 0, null, default, default, m);

    public string Describe() => Type switch
    {
        ValueTypeKind.YesNo => Flag ? "yes" : "no",
        ValueTypeKind.Number or ValueTypeKind.Count => Number.ToString(CultureInfo.InvariantCulture),
        ValueTypeKind.Text => "\"" + Text + "\"",
        ValueTypeKind.Duration => DurationSpec.Of(Duration).ToString(),
        ValueTypeKind.Date => Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        ValueTypeKind.Money => Money.ToString(),
        _ => Text!,
    };
}

/// <summary>A condition over ticket attributes.</summary>
public abstract record ConditionNode
{
    public abstract string Describe();
}

public sealed record NotCondition(ConditionNode Operand) : ConditionNode
{
    public override string Describe() => "not (" + Operand.Describe() + ")";
}

public sealed record AndCondition(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    public override string Describe() => "(" + Left.Describe() + " and " + Right.Describe() + ")";
}

public sealed record OrCondition(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    public override string Describe() => "(" + Left.Describe() + " or " + Right.Describe() + ")";
}

/// <summary><c>attribute op literal</c>.</summary>
public sealed record CompareCondition(string Attribute, CompareOperator Operator, RuleLiteral Value) : ConditionNode
{
    public override string Describe() => $"{Attribute} {Symbol(Operator)} {Value.Describe()}";

    public static string Symbol(CompareOperator op) => op switch
    {
        CompareOperator.Equal => "=",
        CompareOperator.NotEqual => "!=",
        CompareOperator.Less => "<",
        CompareOperator.LessOrEqual => "<=",
        CompareOperator.Greater => ">",
        _ => ">=",
    };
}

/// <summary><c>attribute in [a, b]</c>; a group of work items is expanded to its members.</summary>
public sealed record InCondition(string Attribute, ImmutableArray<RuleLiteral> Values, bool Negated) : ConditionNode
{
    public override string Describe() => $"{Attribute} {(Negated ? "not in" : "in")} [{string.Join(", ", Values.Select(v => v.Describe()))}]";
}

/// <summary>A yes/no attribute that must be yes.</summary>
public sealed record FlagCondition(string Attribute) : ConditionNode
{
    public override string Describe() => Attribute;
}
