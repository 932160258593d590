using System.Collections.Immutable;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Billing;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Coverage;

public class ThreeValuedLogicTests
{
    private static readonly ResolvedCatalog Catalog = Seeds.Compile(TestCatalog.Text);

    private const Truth T = Truth.True, F = Truth.False, U = Truth.Unknown;

    [Theory]
    [InlineData(T, T, T, T)]
    [InlineData(T, F, F, T)]
    [InlineData(T, U, U, T)]
    [InlineData(F, F, F, F)]
    [InlineData(F, U, F, U)]
    [InlineData(U, U, U, U)]
    [InlineData(U, F, F, U)]
    [InlineData(U, T, U, T)]
    [InlineData(F, T, F, T)]
    public void Kleene_and_or(Truth a, Truth b, Truth and, Truth or)
    {
        Assert.Equal(and, Kleene.And(a, b));
        Assert.Equal(or, Kleene.Or(a, b));
    }

    [Fact]
    public void Kleene_not() =>
        Assert.Equal(new[] { F, U, T }, new[] { T, U, F }.Select(Kleene.Not));

    private static Truth Eval(ConditionNode condition, Dictionary<string, object?> attributes, out List<string> missing)
    {
        missing = new List<string>();
        return ConditionEvaluator.Evaluate(condition, TicketFacts.From(Catalog, attributes), missing);
    }

    private static readonly ConditionNode Big = new CompareCondition("size", CompareOperator.Greater, RuleLiteral.OfNumber(5));
    private static readonly ConditionNode Urgent = new FlagCondition("urgent");

    [Fact]
    public void A_comparison_on_a_missing_attribute_is_unknown_and_so_is_its_negation()
    {
        Assert.Equal(U, Eval(Big, new(), out var missing));
        Assert.Equal(new[] { "size" }, missing);
        Assert.Equal(U, Eval(new NotCondition(Big), new(), out _));
        Assert.Equal(U, Eval(Urgent, new(), out _));
        Assert.Equal(U, Eval(new NotCondition(Urgent), new(), out _));
        Assert.Equal(U, Eval(new InCondition("colour", ImmutableArray.Create(RuleLiteral.OfChoice("red")), Negated: true), new(), out _));
    }

    [Fact]
    public void A_known_side_can_decide_and_or()
    {
        Assert.Equal(T, Eval(new OrCondition(Big, Urgent), new() { ["urgent"] = true }, out _));
        Assert.Equal(F, Eval(new AndCondition(Big, Urgent), new() { ["urgent"] = false }, out _));
        Assert.Equal(U, Eval(new AndCondition(Big, Urgent), new() { ["urgent"] = true }, out var missing));
        Assert.Equal(new[] { "size" }, missing);
    }

    [Fact]
    public void A_null_value_is_a_missing_attribute() =>
        Assert.Equal(U, Eval(Big, new() { ["size"] = null }, out _));

    [Theory]
    [InlineData(CompareOperator.Equal, 5, T)]
    [InlineData(CompareOperator.NotEqual, 5, F)]
    [InlineData(CompareOperator.Less, 6, T)]
    [InlineData(CompareOperator.LessOrEqual, 5, T)]
    [InlineData(CompareOperator.Greater, 5, F)]
    [InlineData(CompareOperator.GreaterOrEqual, 5, T)]
    public void Numbers_compare(CompareOperator op, int literal, Truth expected) =>
        Assert.Equal(expected, Eval(new CompareCondition("size", op, RuleLiteral.OfNumber(literal)), new() { ["size"] = 5m }, out _));

    [Fact]
    public void Typed_values_compare_by_their_type()
    {
        Assert.Equal(T, Eval(new CompareCondition("effort", CompareOperator.Greater, RuleLiteral.OfDuration(NodaTime.Duration.FromHours(2))), new() { ["effort"] = "PT2H30M" }, out _));
        Assert.Equal(T, Eval(new CompareCondition("effort", CompareOperator.Less, RuleLiteral.OfDuration(NodaTime.Duration.FromHours(2))), new() { ["effort"] = NodaTime.Duration.FromMinutes(90) }, out _));
        Assert.Equal(T, Eval(new CompareCondition("since", CompareOperator.Less, RuleLiteral.OfDate(new NodaTime.LocalDate(2026, 1, 1))), new() { ["since"] = "2025-12-31" }, out _));
        Assert.Equal(T, Eval(new CompareCondition("budget", CompareOperator.GreaterOrEqual, RuleLiteral.OfMoney(new Money(100, "EUR"))), new() { ["budget"] = "100.00 EUR" }, out _));
        Assert.Equal(F, Eval(new CompareCondition("remark", CompareOperator.Equal, RuleLiteral.OfText("VIP")), new() { ["remark"] = "vip" }, out _));
        Assert.Equal(T, Eval(new InCondition("colour", ImmutableArray.Create(RuleLiteral.OfChoice("red")), Negated: true), new() { ["colour"] = "blue" }, out _));
    }

    [Fact]
    public void Money_in_another_currency_cannot_be_compared()
    {
        var e = Assert.Throws<CoverageInputException>(() =>
            Eval(new CompareCondition("budget", CompareOperator.Greater, RuleLiteral.OfMoney(new Money(100, "EUR"))), new() { ["budget"] = new Money(100, "PLN") }, out _));
        Assert.Equal("budget", e.Attribute);
    }

    [Fact]
    public void A_rule_matches_only_when_its_condition_is_true()
    {
        // Rules: when not (size > 5) -> excluded; when urgent and colour = red -> refused; otherwise -> included.
        var version = Catalog.FindPlan("p")!.Current;
        var noSize = CoverageEvaluator.Evaluate(Catalog, version, new Dictionary<string, object?>());
        Assert.Equal(CoverageVerdict.Included, noSize.Verdict);          // rule 0 unknown, rule 1 unknown, otherwise
        Assert.Equal(new[] { 0, 1 }, noSize.UnknownRules.Select(u => u.Index));
        Assert.Equal(new[] { "size", "urgent", "colour" }, noSize.MissingAttributes);
        Assert.True(noSize.Provisional);

        var small = CoverageEvaluator.Evaluate(Catalog, version, new Dictionary<string, object?> { ["size"] = 3 });
        Assert.Equal(CoverageVerdict.Excluded, small.Verdict);
        Assert.Equal("Small or unknown", small.Reason!.Title);
        Assert.False(small.Provisional);

        var red = CoverageEvaluator.Evaluate(Catalog, version, new Dictionary<string, object?> { ["size"] = 9, ["urgent"] = true, ["colour"] = "red" });
        Assert.Equal((CoverageVerdict.Refused, 1), (red.Verdict, red.RuleIndex!.Value));
    }
}
