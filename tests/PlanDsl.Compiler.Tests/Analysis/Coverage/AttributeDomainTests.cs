using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Compiler.Analysis.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Analysis.Coverage;

/// <summary>The values tried for each attribute: one from every region the rules' literals cut its values into.</summary>
public sealed class AttributeDomainTests
{
    private static AttributeModel Attribute(ValueTypeKind kind, params string[] members) =>
        new("a", LocalizedText.Empty, new TypeSpec(kind, null, members.Select(m => new ChoiceMember(m, LocalizedText.Empty)).ToImmutableArray()), false);

    private static string[] Shown(AttributeModel attribute, params RuleLiteral[] literals) =>
        AttributeDomain.Of(attribute, literals).Select(s => s.Shown).ToArray();

    [Fact]
    public void Numbers_are_tried_below_at_between_and_above_each_literal()
    {
        Assert.Equal(new[] { "4", "5", "5.5", "6", "7", "10", "11" },
            Shown(Attribute(ValueTypeKind.Number), RuleLiteral.OfNumber(10), RuleLiteral.OfNumber(5), RuleLiteral.OfNumber(6), RuleLiteral.OfNumber(5)));
    }

    [Fact]
    public void Durations_step_by_hours_when_every_literal_is_whole_hours_else_by_minutes_and_never_below_zero()
    {
        Assert.Equal(new[] { "0 min", "1 h", "2 h", "4 h", "5 h" },
            Shown(Attribute(ValueTypeKind.Duration), RuleLiteral.OfDuration(Duration.FromHours(1)), RuleLiteral.OfDuration(Duration.FromHours(4))));
        Assert.Equal(new[] { "1 h 29 min", "1 h 30 min", "1 h 31 min" },
            Shown(Attribute(ValueTypeKind.Duration), RuleLiteral.OfDuration(Duration.FromMinutes(90))));
        Assert.Equal(new[] { "0 min", "1 h" }, Shown(Attribute(ValueTypeKind.Duration), RuleLiteral.OfDuration(Duration.Zero)));
    }

    /// <summary>Issue 11: the midpoint of two long durations was summed in Int64 nanoseconds, wrapped, and left out.</summary>
    [Fact]
    public void Between_durations_of_60000_days_one_minute_apart_the_midpoint_is_tried()
    {
        var a = Duration.FromDays(60_000);
        Assert.Equal(new[] { "1439999 h 59 min", "1440000 h", "1440000 h 30 s", "1440000 h 1 min", "1440000 h 2 min" },
            Shown(Attribute(ValueTypeKind.Duration), RuleLiteral.OfDuration(a), RuleLiteral.OfDuration(a + Duration.FromMinutes(1))));
    }

    [Fact]
    public void Dates_step_by_a_day_and_adjacent_dates_leave_nothing_between()
    {
        Assert.Equal(new[] { "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03" },
            Shown(Attribute(ValueTypeKind.Date), RuleLiteral.OfDate(new LocalDate(2026, 1, 1)), RuleLiteral.OfDate(new LocalDate(2026, 1, 2))));
    }

    [Fact]
    public void Money_is_tried_per_currency()
    {
        Assert.Equal(new[] { "99 EUR", "100 EUR", "101 EUR", "49 PLN", "50 PLN", "51 PLN" },
            Shown(Attribute(ValueTypeKind.Money), RuleLiteral.OfMoney(new Money(50, "PLN")), RuleLiteral.OfMoney(new Money(100, "EUR"))));
    }

    [Fact]
    public void Members_the_rules_name_are_tried_and_one_unnamed_member_stands_for_the_rest()
    {
        Assert.Equal(new[] { "phone", "email", "chat" },
            Shown(Attribute(ValueTypeKind.Choice, "phone", "email", "chat", "portal", "fax"), RuleLiteral.OfChoice("phone"), RuleLiteral.OfChoice("chat")));
        Assert.Equal(new[] { "phone", "email" }, Shown(Attribute(ValueTypeKind.Choice, "phone", "email"), RuleLiteral.OfChoice("phone"), RuleLiteral.OfChoice("email")));
    }

    [Fact]
    public void Texts_are_tried_as_named_and_as_one_other_text()
    {
        Assert.Equal(new[] { "\"eu\"", "a text other than \"eu\"" }, Shown(Attribute(ValueTypeKind.Text), RuleLiteral.OfText("eu")));
        var other = AttributeDomain.Of(Attribute(ValueTypeKind.Text), new[] { RuleLiteral.OfText("other") })[1].Value.Text;
        Assert.NotEqual("other", other);
    }

    [Fact]
    public void Yes_no_is_tried_both_ways()
    {
        Assert.Equal(new[] { "yes", "no" }, Shown(Attribute(ValueTypeKind.YesNo)));
    }
}
