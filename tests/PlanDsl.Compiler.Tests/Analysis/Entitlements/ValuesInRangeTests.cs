using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Entitlements;

/// <summary>PD0852-PD0857: 'unlimited' written as a value, and counts, quotas, percentages and prices in a meaningful range.</summary>
public class ValuesInRangeTests
{
    private static string Catalog(string plans, string tiers = "") => $$"""
        catalog c "C" {
          currency: EUR
        {{tiers}}
        }
        entitlements {
          devices "Devices": count
          tickets "Tickets a month": count per month
          support "Support": text
          discount "Discount": percent
          assessment "Assessment": duration
        }
        {{plans}}
        """;

    [Fact]
    public void A_count_a_higher_tier_leaves_out_while_the_tier_below_has_it_is_reported()
    {
        var finding = Single(Catalog("""
            plan bronze "Bronze" {
              devices: 3
            }
            plan silver "Silver" {
              tickets: 5
            }
            plan gold "Gold" {
              devices: 10
              tickets: unlimited
            }
            """, "  tiers: bronze < silver < gold"), "PD0852", 15, 6,
            "'devices' is not given in silver while bronze, a lower tier, has 3: write 'devices: unlimited' if there is no limit, or 'devices: -' if silver does not provide it");
        Assert.Equal((13, 3), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
    }

    [Fact]
    public void Unlimited_or_not_provided_written_out_satisfies_it_and_plans_without_tiers_are_not_compared()
    {
        None(Catalog("""
            plan bronze "Bronze" {
              devices: 3
            }
            plan silver "Silver" {
              devices: unlimited
            }
            plan gold "Gold" {
              devices: -
            }
            plan other "Other" { }
            """, "  tiers: bronze < silver < gold"), "PD0852");
    }

    [Theory]
    [InlineData("\"bez limitu\"")]
    [InlineData("\"Unlimited.\"")]
    [InlineData("\"No limit\" fr \"illimité\"")]
    [InlineData("fr \"Illimité\"")]
    public void Unlimited_written_as_text_is_reported(string value)
    {
        var result = Compile(Catalog($$"""
            plan basic "Basic" {
              support: {{value}}
            }
            """));
        var finding = Assert.Single(result.Findings("PD0853"));
        Assert.Equal((13, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Matches("^'support' is the text \"[^\"]+\" in basic: 'unlimited' is a value; declare 'support' as a count and write 'support: unlimited'$", finding.Message);
    }

    [Fact]
    public void The_unlimited_text_is_quoted_as_written()
    {
        Single(Catalog("""
            plan basic "Basic" {
              support: "bez limitu"
            }
            """), "PD0853", 13, 3,
            "'support' is the text \"bez limitu\" in basic: 'unlimited' is a value; declare 'support' as a count and write 'support: unlimited'");
    }

    [Fact]
    public void A_text_that_only_mentions_no_limit_is_not_reported()
    {
        None(Catalog("""
            plan basic "Basic" {
              support: "Unlimited for the first month, then 5 tickets"
            }
            """), "PD0853");
    }

    [Theory]
    [InlineData("devices: 0", "'devices' is 0 in basic: write 'devices: -' if basic does not provide it")]
    [InlineData("devices: 0 included, additional not allowed", "'devices' is 0 included, additional not allowed in basic: write 'devices: -' if basic does not provide it")]
    [InlineData("tickets: 0", "'tickets' is 0 per month in basic: write 'tickets: -' if basic does not provide it")]
    [InlineData("assessment: 0 h", "'assessment' is 0 min in basic: write 'assessment: -' if basic does not provide it")]
    public void Zero_where_nothing_is_meant_is_reported(string line, string message)
    {
        Single(Catalog($$"""
            plan basic "Basic" {
              {{line}}
            }
            """), "PD0854", 13, 3, message);
    }

    [Fact]
    public void Zero_included_with_more_billed_is_a_meaningful_count()
    {
        None(Catalog("""
            plan basic "Basic" {
              devices: 0 included, additional at 5 EUR per device per month
              assessment: 1 business day
            }
            """), "PD0854", "PD0855");
    }

    [Fact]
    public void More_at_no_charge_is_unlimited()
    {
        Single(Catalog("""
            plan basic "Basic" {
              devices: 60 included, additional at 0 EUR per device
            }
            """), "PD0855", 13, 3,
            "'devices' is 60 included, additional at 0 EUR per device in basic: more at no charge is no limit; write 'devices: unlimited'");
    }

    [Fact]
    public void A_percentage_above_100_is_reported_and_100_is_not()
    {
        var result = Compile(Catalog("""
            plan basic "Basic" {
              discount: 150%
            }
            plan plus "Plus" {
              discount: 100%
            }
            """));
        result.Single("PD0857", 13, 3, "'discount' is 150% in basic, more than 100%: check it, or suppress the finding if it is meant");
    }

    [Fact]
    public void A_price_a_hundred_times_the_same_price_elsewhere_is_reported_against_the_lowest()
    {
        var finding = Single(Catalog("""
            plan basic "Basic" {
              prices {
                fee "Fee": 300.00 EUR per month
                hourly "Hourly": 100 EUR/h
              }
            }
            plan gold "Gold" {
              prices {
                fee "Fee": 30000 EUR per month
                hourly "Hourly": 9000 EUR/h
              }
            }
            """), "PD0856", 20, 5,
            "price 'fee' is 30000 EUR per month in gold, 100 times the 300.00 EUR per month in basic: check the decimal point");
        Assert.Equal((14, 5), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
    }

    [Fact]
    public void Free_prices_and_prices_of_other_kinds_are_not_compared()
    {
        None(Catalog("""
            plan free "Free" {
              prices {
                fee "Fee": 0.00 EUR per month
              }
            }
            plan gold "Gold" {
              prices {
                fee "Fee": 30000 EUR per year
              }
            }
            plan silver "Silver" {
              prices {
                fee "Fee": 200 EUR per month
              }
            }
            """), "PD0856");
    }
}
