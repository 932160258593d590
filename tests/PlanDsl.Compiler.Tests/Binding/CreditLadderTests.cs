using System.Collections.Immutable;
using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>Service-credit ladders: a plan's own, the catalog-wide one with a column a plan, and how a credit is looked up.</summary>
public sealed class CreditLadderTests
{
    private const string PlanLadder = """
        catalog c "C" { }
        plan basic {
          credits "Credits" {
            | uptime below | credit |
            |--------------|--------|
            | 99.8%        | 10%    |
            | 99.6%        | 25%    |
            | 99.4%        | 50%    |
            | 99.0%        | 100%   |
            cap: 75%
            basis: "% of the monthly fee"
          }
        }
        """;

    [Fact]
    public void A_plan_ladder_keeps_its_steps_highest_threshold_first_with_cap_title_and_basis()
    {
        var ladder = Catalog(PlanLadder).Plan("basic").Credits!;
        Assert.Equal(new[] { new CreditStep(99.8m, 10m), new CreditStep(99.6m, 25m), new CreditStep(99.4m, 50m), new CreditStep(99.0m, 100m) }, ladder.Steps);
        Assert.Equal(75m, ladder.CapPercent);
        Assert.Equal(Text(("en", "Credits")), ladder.Title);
        Assert.Equal(Text(("en", "% of the monthly fee")), ladder.Basis);
    }

    [Theory]
    [InlineData("100", "0")]
    [InlineData("99.8", "0")]     // not below 99.8
    [InlineData("99.79", "10")]
    [InlineData("99.6", "10")]
    [InlineData("99.5", "25")]
    [InlineData("99.4", "25")]    // 99.4 is not below 99.4: not that step
    [InlineData("99.39", "50")]
    [InlineData("98", "75")]      // 100 %, capped at 75 %
    public void CreditFor_takes_the_lowest_threshold_strictly_above_the_uptime_and_caps_it(string uptime, string credit)
    {
        var ladder = Catalog(PlanLadder).Plan("basic").Credits!;
        Assert.Equal(decimal.Parse(credit, System.Globalization.CultureInfo.InvariantCulture),
            ladder.CreditFor(decimal.Parse(uptime, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_a_cap_the_credit_is_the_step_value()
    {
        var ladder = new CreditLadder(ImmutableArray.Create(new CreditStep(99m, 300m)), null, LocalizedText.Empty, LocalizedText.Empty);
        Assert.Equal(300m, ladder.CreditFor(50m));
    }

    [Fact]
    public void A_catalog_wide_ladder_gives_each_plan_its_column_and_skips_dashes()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            plan silver { }
            plan gold { }
            plan platinum { }
            credits "Compensation" {
              | uptime below | silver | gold | platinum |
              | 99.8%        | -      | -    | 10%      |
              | 99.6%        | -      | 10%  | 25%      |
              | 99.0%        | 100%   | 200% | 300%     |
              cap: 250%
            }
            """);
        Assert.Equal(new[] { new CreditStep(99.0m, 100m) }, catalog.Plan("silver").Credits!.Steps);
        Assert.Equal(new[] { new CreditStep(99.6m, 10m), new CreditStep(99.0m, 200m) }, catalog.Plan("gold").Credits!.Steps);
        var platinum = catalog.Plan("platinum").Credits!;
        Assert.Equal(new[] { new CreditStep(99.8m, 10m), new CreditStep(99.6m, 25m), new CreditStep(99.0m, 300m) }, platinum.Steps);
        Assert.Equal(250m, platinum.CapPercent);
        Assert.Equal(250m, platinum.CreditFor(98m));
        Assert.Equal(0m, catalog.Plan("silver").Credits!.CreditFor(99.5m));
        Assert.Equal(Text(("en", "Compensation")), platinum.Title);
    }

    [Fact]
    public void A_child_inherits_the_ladder_and_a_ladder_given_again_replaces_it_whole()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            plan silver {
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
                | 99.0%        | 20%    |
                cap: 20%
              }
            }
            plan gold extends silver { }
            plan platinum extends silver {
              credits {
                | uptime below | credit |
                | 99.9%        | 5%     |
              }
            }
            """);
        Assert.Equal(new[] { new CreditStep(99.5m, 10m), new CreditStep(99.0m, 20m) }, catalog.Plan("gold").Credits!.Steps);
        var platinum = catalog.Plan("platinum").Credits!;
        Assert.Equal(new[] { new CreditStep(99.9m, 5m) }, platinum.Steps);
        Assert.Null(platinum.CapPercent);
    }

    [Fact]
    public void A_plan_without_credits_has_no_ladder()
    {
        Assert.Null(Catalog("catalog c \"C\" { }\nplan basic { }").Plan("basic").Credits);
    }

    [Fact]
    public void Thresholds_that_do_not_fall_are_PD0507()
    {
        const string source = """
            catalog c "C" { }
            plan basic {
              credits {
                | uptime below | credit |
                | 99.0%        | 10%    |
                | 99.5%        | 25%    |
              }
            }
            """;
        var d = Reports(source, "PD0507", 6, 7);
        Assert.Equal("thresholds must fall from row to row: 99.5% follows 99.0%", d.Message);
    }

    [Fact]
    public void An_equal_threshold_is_PD0507()
    {
        const string source = """
            catalog c "C" { }
            plan silver { }
            credits {
              | uptime below | silver |
              | 99.0%        | 10%    |
              | 99.0%        | 25%    |
            }
            """;
        Reports(source, "PD0507", 6, 5);
    }

    [Fact]
    public void A_plan_given_a_ladder_twice_is_PD0503()
    {
        const string source = """
            catalog c "C" { }
            plan silver {
              credits {
                | uptime below | credit |
                | 99.0%        | 10%    |
              }
            }
            credits {
              | uptime below | silver |
              | 99.0%        | 25%    |
            }
            """;
        Reports(source, "PD0503", 8, 1);
    }

    [Fact]
    public void An_unknown_plan_column_is_PD0501()
    {
        const string source = """
            catalog c "C" { }
            plan silver { }
            credits {
              | uptime below | silvr |
              | 99.0%        | 25%   |
            }
            """;
        var d = Reports(source, "PD0501", 4, 20);
        Assert.EndsWith("did you mean 'silver'?", d.Message);
    }
}
