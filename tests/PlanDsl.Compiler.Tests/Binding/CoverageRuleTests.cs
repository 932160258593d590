using System.Collections.Immutable;
using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>Coverage rules: typed conditions, precedence of not/and/or, outcomes with rates and reasons.</summary>
public sealed class CoverageRuleTests
{
    // 19 lines: a `coverage { ... }` appended after a newline is on line 20, its first rule on line 21.
    private const string Declarations = """
        catalog c "C" { currency: EUR }
        attributes {
          cause "Cause": one of bug "Bug", misconfiguration "Misconfiguration", other "Other"
          latest "On a latest version": yes/no
          urgent "Urgent": yes/no
          vip "VIP": yes/no
          users "Users": number
          effort "Effort": duration
          reported "Reported": date
          budget "Budget": money
          product "Product": text
        }
        work paid "Paid work" {
          migration "Migration"
          training "Training"
        }
        obligations {
          good_standing "Good standing"
        }
        """;

    private static ImmutableArray<CoverageRule> Rules(string rules) =>
        Catalog(Declarations + "\ncoverage {\n" + rules + "\n}\n").CatalogRules;

    private static ConditionNode ConditionOf(string condition) =>
        Assert.Single(Rules($"  when {condition} -> included")).Condition!;

    [Fact]
    public void Equal_to_a_choice_member()
    {
        Assert.Equal(new CompareCondition("cause", CompareOperator.Equal, RuleLiteral.OfChoice("bug")), ConditionOf("cause = bug"));
    }

    [Fact]
    public void Not_equal()
    {
        Assert.Equal(new CompareCondition("cause", CompareOperator.NotEqual, RuleLiteral.OfChoice("other")), ConditionOf("cause != other"));
    }

    [Theory]
    [InlineData("<", CompareOperator.Less)]
    [InlineData("<=", CompareOperator.LessOrEqual)]
    [InlineData(">", CompareOperator.Greater)]
    [InlineData(">=", CompareOperator.GreaterOrEqual)]
    public void Ordering_a_number(string op, CompareOperator expected)
    {
        Assert.Equal(new CompareCondition("users", expected, RuleLiteral.OfNumber(10)), ConditionOf($"users {op} 10"));
    }

    [Fact]
    public void Literals_take_the_type_of_their_attribute()
    {
        Assert.Equal(RuleLiteral.OfDuration(Hours(4)), ((CompareCondition)ConditionOf("effort < 4 h")).Value);
        Assert.Equal(RuleLiteral.OfDate(new NodaTime.LocalDate(2026, 1, 1)), ((CompareCondition)ConditionOf("reported >= 2026-01-01")).Value);
        Assert.Equal(RuleLiteral.OfMoney(new Money(500m, "EUR")), ((CompareCondition)ConditionOf("budget > 500 EUR")).Value);
        Assert.Equal(RuleLiteral.OfText("MOR"), ((CompareCondition)ConditionOf("product = \"MOR\"")).Value);
        Assert.Equal(RuleLiteral.OfFlag(false), ((CompareCondition)ConditionOf("urgent = no")).Value);
    }

    [Fact]
    public void In_a_list_and_not_in_a_list()
    {
        Assert.Equal("cause in [bug, other]", ConditionOf("cause in [bug, other]").Describe());
        var notIn = Assert.IsType<InCondition>(ConditionOf("cause not in [bug]"));
        Assert.True(notIn.Negated);
        Assert.Equal(new[] { RuleLiteral.OfChoice("bug") }, notIn.Values);
    }

    [Fact]
    public void Work_in_a_group_expands_to_the_group_members()
    {
        var condition = Assert.IsType<InCondition>(ConditionOf("work in paid"));
        Assert.Equal("work", condition.Attribute);
        Assert.False(condition.Negated);
        Assert.Equal(new[] { RuleLiteral.OfChoice("migration"), RuleLiteral.OfChoice("training") }, condition.Values);
    }

    [Fact]
    public void A_group_inside_a_work_list_expands_too()
    {
        Assert.Equal("work in [migration, training]", ConditionOf("work in [paid, migration]").Describe());
    }

    [Fact]
    public void Built_in_attributes_severity_and_channel_are_choices()
    {
        var catalog = Catalog(Header + """

            channels { phone "Phone" }
            coverage {
              when severity = critical and channel = phone -> included
            }
            """);
        Assert.Equal("(severity = critical and channel = phone)", Assert.Single(catalog.CatalogRules).Condition!.Describe());
    }

    [Fact]
    public void A_bare_yes_no_attribute_is_a_flag()
    {
        Assert.Equal(new FlagCondition("latest"), ConditionOf("latest"));
    }

    [Fact]
    public void And_binds_tighter_than_or()
    {
        var condition = ConditionOf("urgent or vip and latest");
        Assert.Equal(new OrCondition(new FlagCondition("urgent"), new AndCondition(new FlagCondition("vip"), new FlagCondition("latest"))), condition);
    }

    [Fact]
    public void And_binds_tighter_than_or_on_either_side()
    {
        Assert.Equal("((urgent and vip) or latest)", ConditionOf("urgent and vip or latest").Describe());
    }

    [Fact]
    public void Not_binds_tighter_than_and()
    {
        Assert.Equal(new AndCondition(new NotCondition(new FlagCondition("urgent")), new FlagCondition("vip")), ConditionOf("not urgent and vip"));
    }

    [Fact]
    public void Parentheses_group()
    {
        Assert.Equal("((urgent or vip) and latest)", ConditionOf("(urgent or vip) and latest").Describe());
        Assert.Equal("not ((urgent or vip))", ConditionOf("not (urgent or vip)").Describe());
    }

    [Fact]
    public void Outcomes_with_rates_and_reasons()
    {
        var rules = Rules("""
              when cause = bug and latest -> included "Bugs are fixed for free"
              when work in paid -> billable at 100 EUR/h migration
              when not urgent -> refused good_standing
              when vip -> excluded
              otherwise -> billable at 120 EUR per hour
            """);
        Assert.Equal(new[] { CoverageDecision.Included, CoverageDecision.Billable, CoverageDecision.Refused, CoverageDecision.Excluded, CoverageDecision.Billable },
            rules.Select(r => r.Outcome.Decision));
        Assert.Equal(Text(("en", "Bugs are fixed for free")), rules[0].Outcome.ReasonText);
        Assert.Null(rules[0].Outcome.ReasonRef);
        Assert.Equal((PriceKind.Hourly, new Money(100m, "EUR")), (rules[1].Outcome.Rate!.Kind, rules[1].Outcome.Rate!.Amount));
        Assert.Equal("migration", rules[1].Outcome.ReasonRef);
        Assert.Equal("good_standing", rules[2].Outcome.ReasonRef);
        Assert.Null(rules[3].Outcome.Rate);
        Assert.Null(rules[4].Condition);
        Assert.Equal(new Money(120m, "EUR"), rules[4].Outcome.Rate!.Amount);
        Assert.All(rules, r => Assert.Equal("catalog", r.Origin));
    }

    [Fact]
    public void Billable_without_a_rate_takes_the_plan_hourly_price()
    {
        var catalog = Catalog(Declarations + """

            coverage {
              otherwise -> billable
            }
            plan p {
              prices {
                base: 100 EUR per month
                hourly "Hourly rate": 90 EUR/h
              }
            }
            plan q { }
            """);
        var rate = Assert.Single(catalog.Plan("p").Coverage).Outcome.Rate!;
        Assert.Equal(("hourly", PriceKind.Hourly, new Money(90m, "EUR")), (rate.Id, rate.Kind, rate.Amount));
        Assert.Null(Assert.Single(catalog.Plan("q").Coverage).Outcome.Rate);
        Assert.Null(Assert.Single(catalog.CatalogRules).Outcome.Rate);
    }

    [Fact]
    public void A_billable_work_list_takes_the_plan_hourly_price()
    {
        var catalog = Catalog(Declarations + """

            plan p {
              billable: paid
              prices { hourly: 90 EUR/h }
            }
            """);
        var rule = Assert.Single(catalog.Plan("p").Coverage);
        Assert.Equal("work in [migration, training]", rule.Condition!.Describe());
        Assert.Equal((CoverageDecision.Billable, 90m), (rule.Outcome.Decision, rule.Outcome.Rate!.Amount.Amount));
        Assert.Equal(new[] { "migration", "training" }, catalog.Plan("p").BillableWork);
    }

    [Fact]
    public void A_literal_of_the_wrong_type_is_PD0601()
    {
        var d = Reports(Declarations + """

            coverage {
              when cause = 5 -> included
            }
            """, "PD0601", 21, 16);
        Assert.Equal("'cause' is one of bug, misconfiguration, other and cannot be compared with '5'", d.Message);
    }

    [Fact]
    public void A_text_compared_with_a_number_is_PD0601()
    {
        Reports(Declarations + """

            coverage {
              when users = "many" -> included
            }
            """, "PD0601", 21, 16);
    }

    [Fact]
    public void Ordering_a_choice_is_PD0602()
    {
        var d = Reports(Declarations + """

            coverage {
              when cause < bug -> included
            }
            """, "PD0602", 21, 8);
        Assert.StartsWith("'<' cannot be used on 'cause'", d.Message);
    }

    [Fact]
    public void A_rule_after_otherwise_is_warning_PD0604()
    {
        var result = Compile(Declarations + """

            coverage {
              otherwise -> included
              when urgent -> refused
            }
            """);
        var d = result.Reports("PD0604", 22, 3);
        Assert.False(d.IsError);
        Assert.Equal(2, CatalogOf(result).CatalogRules.Length);
    }

    [Fact]
    public void An_unknown_attribute_is_PD0101_with_a_suggestion()
    {
        var d = Reports(Declarations + """

            coverage {
              when urgnt -> included
            }
            """, "PD0101", 21, 8);
        Assert.EndsWith("did you mean 'urgent'?", d.Message);
    }

    [Fact]
    public void A_bare_attribute_that_is_not_yes_no_is_PD0603()
    {
        Reports(Declarations + """

            coverage {
              when users -> included
            }
            """, "PD0603", 21, 8);
    }

    [Fact]
    public void An_unknown_reason_is_PD0605()
    {
        Reports(Declarations + """

            coverage {
              when urgent -> refused good_standin
            }
            """, "PD0605", 21, 26);
    }

    [Fact]
    public void A_rate_that_is_not_per_hour_is_PD0606()
    {
        Reports(Declarations + """

            coverage {
              when urgent -> billable at 100 EUR per month
            }
            """, "PD0606", 21, 30);
    }

    [Fact]
    public void Work_not_in_a_group_is_a_negated_expanded_list()
    {
        Assert.Equal("work not in [migration, training]", ConditionOf("work not in paid").Describe());
    }

    [Fact]
    public void A_business_days_literal_is_not_silently_zero()
    {
        var result = Compile(Declarations + """

            coverage {
              when effort < 2 business days -> included
            }
            """);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Span.Line == 21 && d.Span.Column == 17);
    }
}
