using PlanDsl.Compiler.Analysis.Ladders;
using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Ladders;

/// <summary>Rule credit-ladder: each ladder's shape, its cap, and its agreement with the uptime target.</summary>
public sealed class CreditLadderCheckTests
{
    private static readonly string[] Codes = { "PD0820", "PD0821", "PD0822", "PD0823", "PD0824", "PD0825", "PD0826", "PD0827" };

    private static string Plan(string body) => "catalog c \"C\" { }\nplan basic {\n" + body + "}\n";

    [Fact]
    public void A_ladder_whose_credit_falls_as_uptime_falls_is_PD0820_at_the_lower_step()
    {
        var result = Compile(Plan("""
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 5%     |
              }
            """));

        var finding = result.Finding("PD0820", 6, 22, "credit falls as uptime falls: at 98.9 % uptime the credit is 5 %, less than the 10 % at 99.4 %");
        var related = Assert.Single(finding.Related);
        Assert.Equal((5, 22), (related.Span.Line, related.Span.Column));
        Assert.Equal("the 10 % step", related.Message);
        Assert.Single(result.Catalogs);
    }

    [Fact]
    public void Each_step_below_a_higher_credit_is_reported_against_the_highest_credit_above_it()
    {
        var result = Compile(Plan("""
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 5%     |
                | 98.0%        | 7%     |
                | 97.0%        | 20%    |
              }
            """));

        Assert.Equal(new[]
        {
            "x.plan(6,22): warning PD0820: credit falls as uptime falls: at 98.9 % uptime the credit is 5 %, less than the 10 % at 99.4 %",
            "x.plan(7,22): warning PD0820: credit falls as uptime falls: at 97.9 % uptime the credit is 7 %, less than the 10 % at 99.4 %",
        }, result.Lines());
    }

    [Fact]
    public void A_zero_credit_below_a_paying_step_is_a_gap_PD0821()
    {
        var result = Compile(Plan("""
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 98.0%        | 0%     |
                | 97.0%        | 50%    |
              }
            """));

        result.Finding("PD0821", 6, 22, "gap in the credit ladder: uptime from 97 % to below 98 % earns no credit (e.g. 97.9 %), though 99.4 % earns 10 %");
        result.HasNone("PD0820");
    }

    [Fact]
    public void A_dash_below_a_paying_row_is_PD0822_because_the_row_above_still_applies()
    {
        var result = Compile(Plan("""
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | -      |
                | 98.0%        | 50%    |
              }
            """));

        var finding = result.Finding("PD0822", 6, 22, "'-' below a step that pays is not a step: uptime from 98 % to below 99 % still earns the 10 % of the row above (e.g. 98.9 %); write that credit, or 0% for none");
        Assert.Equal((5, 22), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
        Assert.Equal(10m, Assert.Single(result.Catalogs).Plans[0].Current.Credits!.CreditFor(98.9m));
    }

    [Fact]
    public void Dashes_above_the_first_paying_row_of_a_catalog_wide_ladder_mean_no_credit_and_are_fine()
    {
        var result = Compile("""
            catalog c "C" { }
            plan silver { }
            plan gold { }
            credits {
              | uptime below | silver | gold |
              | 99.8%        | -      | 10%  |
              | 99.6%        | 10%    | 25%  |
              | 99.0%        | 50%    | -    |
            }
            """);

        // Gold's '-' at 99 % is below a paying row: reported at gold's cell; silver's leading '-' is not.
        Assert.Equal(new[]
        {
            "x.plan(8,29): warning PD0822: '-' below a step that pays is not a step: uptime from 0 % to below 99 % still earns the 25 % of the row above (e.g. 98.9 %); write that credit, or 0% for none",
        }, result.Lines());
    }

    [Fact]
    public void A_ladder_above_the_fee_without_a_cap_is_PD0823_at_the_first_step_above_100_percent()
    {
        var result = Compile("""
            catalog c "C" { }
            plan silver { }
            plan gold { }
            plan platinum { }
            credits {
              | uptime below | silver | gold | platinum |
              | 99.4%        | 10%    | 25%  | 50%      |
              | 99.2%        | 50%    | 75%  | 150%     |
              | 99.0%        | 100%   | 200% | 300%     |
            }
            """);

        // Silver tops out at 100 % (the whole fee, no more): no cap needed.
        Assert.Equal(new[]
        {
            "x.plan(8,36): warning PD0823: at 99.1 % uptime the credit is 150 % of the fee and the ladder states no cap; write 'cap: 300%' if that is meant",
            "x.plan(9,29): warning PD0823: at 98.9 % uptime the credit is 200 % of the fee and the ladder states no cap; write 'cap: 200%' if that is meant",
        }, result.Lines());
    }

    [Fact]
    public void A_stated_cap_satisfies_the_cap_rule()
    {
        var result = Compile(Plan("""
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 300%   |
                cap: 300%
              }
            """));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_step_above_the_cap_is_PD0824_once_at_the_first_such_step_and_the_cut_credit_does_not_fall()
    {
        var result = Compile(Plan("""
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 50%    |
                | 98.0%        | 25%    |
                cap: 20%
              }
            """));

        var finding = result.Finding("PD0824", 6, 22, "the cap of 20 % cuts this step: at 98.9 % uptime the ladder gives 50 % but pays 20 %");
        Assert.Equal("the cap", finding.Related[0].Message);
        Assert.Equal((8, 10), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
        // 10 %, then 20 % and 20 % paid: the credit never falls once the cap is applied.
        result.HasNone("PD0820", "PD0821");
    }

    [Fact]
    public void An_uptime_target_above_the_first_step_is_PD0825_at_the_target()
    {
        var result = Compile(Plan("""
              uptime target: 99.9%
              credits {
                | uptime below | credit |
                | 99.8%        | 10%    |
              }
            """));

        var finding = result.Finding("PD0825", 3, 3, "99.89 % uptime misses the 99.9 % uptime target but earns no credit: the ladder's first step that pays is below 99.8 %");
        Assert.Equal((6, 22), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
    }

    [Fact]
    public void An_uptime_target_below_the_first_step_is_PD0826_shown_at_the_target_itself()
    {
        var result = Compile(Plan("""
              uptime target: 99%
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 25%    |
              }
            """));

        result.Finding("PD0826", 3, 3, "99 % uptime meets the 99 % uptime target but earns 10 % credit: the ladder's first step that pays is below 99.5 %");
    }

    [Fact]
    public void An_uptime_target_equal_to_the_first_paying_step_satisfies_the_rule_even_under_a_zero_row()
    {
        var result = Compile(Plan("""
              uptime target: 99.9%
              credits {
                | uptime below | credit |
                | 99.95%       | 0%     |
                | 99.9%        | 10%    |
                | 99.0%        | 25%    |
                cap: 25%
              }
            """));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_step_below_0_percent_uptime_is_never_reached_PD0827()
    {
        var result = Compile(Plan("""
              credits {
                | uptime below | credit |
                | 99.0%        | 10%    |
                | 0%           | 100%   |
              }
            """));

        Assert.Equal(new[] { "x.plan(6,22): warning PD0827: no uptime is below 0 %: this step never pays its 100 %" }, result.Lines());
    }

    [Fact]
    public void An_inherited_ladder_is_reported_once_where_it_is_written()
    {
        var result = Compile("""
            catalog c "C" { }
            plan silver {
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 5%     |
              }
            }
            plan gold extends silver { }
            plan silver {
              effective: 2027-01-01
              note: "a later version that keeps the ladder"
            }
            """);

        Assert.Single(result.Findings("PD0820"));
    }

    [Fact]
    public void A_child_whose_target_disagrees_with_the_inherited_ladder_is_reported_at_its_target_with_the_parents_step_related()
    {
        var result = Compile("""
            catalog c "C" { }
            plan silver {
              uptime target: 99.5%
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
              }
            }
            plan gold extends silver {
              uptime target: 99.9%
            }
            """);

        var finding = result.Finding("PD0825", 10, 3, "99.8 % uptime misses the 99.9 % uptime target but earns no credit: the ladder's first step that pays is below 99.5 %");
        Assert.Equal((6, 22), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
    }

    [Fact]
    public void The_oktawave_ladder_with_a_cap_is_well_formed()
    {
        var result = Compile("""
            catalog c "C" { }
            plan silver { }
            plan gold { }
            plan platinum { }
            credits {
              | uptime below | silver | gold | platinum |
              | 99.8%        | -      | -    | 10%      |
              | 99.6%        | -      | 10%  | 25%      |
              | 99.4%        | 10%    | 25%  | 50%      |
              | 99.2%        | 50%    | 75%  | 100%     |
              | 99.0%        | 100%   | 200% | 300%     |
              cap: 300%
            }
            """);

        result.HasNone(Codes);
    }

    [Fact]
    public void Turning_the_rule_off_removes_its_findings()
    {
        var result = Compile("""
            catalog c "C" {
              lint { credit ladder: off }
            }
            plan basic {
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 5%     |
              }
            }
            """);

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("99.5", "99.0", "99.4")]
    [InlineData("99.0", "0", "98.9")]
    [InlineData("99.9", "99.8", "99.89")]
    [InlineData("99.999", "99.8", "99.899")]
    [InlineData("0.05", "0", "0.04")]
    [InlineData("100", "99.9", "99.99")]
    public void The_example_uptime_is_just_below_the_top_of_the_band(string high, string low, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var example = UptimeExamples.Below(decimal.Parse(high, inv), decimal.Parse(low, inv));
        Assert.Equal(expected, UptimeExamples.Percent(example));
    }
}
