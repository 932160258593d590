using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Tiers;

/// <summary>
/// <c>tier-dominance</c> (PD0810–PD0817): each tier at least as good as the one below, dimension by
/// dimension, with the exact counterexample of each finding. The header is lines 1-25; the plans of
/// each test start on line 26.
/// </summary>
public sealed class TierDominanceTests
{
    private const string Head = """
        catalog c "C" {
          currency: EUR
          timezone: "Europe/Warsaw"
          tiers: silver < gold
        }
        calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
        calendar late_office "Late office" { hours: Mon-Fri 08:30-17:30 }
        calendar extended "Extended" { hours: Mon-Fri 08:00-20:00 }
        severities most urgent first {
          sev1 = 1 "Severity 1"
          sev2 = 2 "Severity 2"
        }
        channels {
          phone "Phone"
          email "E-mail"
        }
        entitlements {
          remote "Remote support": yes/no
          contacts "Contacts": count
          tickets "Tickets": count per month
          devices "Devices": count
          average "Average response": duration
          updates "Weekly updates": list
          priority "Priority": one of low "Low", normal "Normal", high "High"
        }
        """;

    private static string Cat(string plans) => Head + "\n" + plans;

    private static IReadOnlyList<string> Tiers(string plans) => Findings(Cat(plans), "PD081");

    // ------------------------------------------------------------------ (a) targets

    [Fact]
    public void A_target_due_later_at_some_opening_names_the_opening_with_the_largest_difference()
    {
        var plans = """
            plan silver "Silver" {
              hours: always
              targets {
                | severity | response |
                | sev1     | 1 h      |
                | sev2     | 8 h      |
              }
            }
            plan gold "Gold" {
              hours: always
              targets {
                | severity | response | on          |
                | sev1     | 30 min   | always      |
                | sev2     | 30 min   | late_office |
              }
            }
            """;

        // Opened Friday 17:30, after Gold's office closes: due Monday 09:00, 55.5 h after Silver's 8 h.
        Assert.Equal(new[] { "x.plan(39,5): warning PD0810: Gold Severity 2 response opened Fri 17:30 is due Mon 09:00, Silver's is due Sat 01:30" }, Tiers(plans));
        var finding = Compile(Cat(plans)).Diagnostics.Single(d => d.Code == "PD0810");
        var related = Assert.Single(finding.Related);
        Assert.Equal((31, 5), (related.Span.Line, related.Span.Column));
        Assert.Equal("Silver's, the tier below", related.Message);
    }

    [Fact]
    public void A_target_due_no_later_at_any_opening_is_not_reported()
    {
        var plans = """
            plan silver "Silver" {
              hours: always
              outside hours: tickets wait
              targets {
                | severity | response | on     |
                | sev1     | 1 h      | always |
                | sev2     | 2 h      | office |
              }
            }
            plan gold "Gold" {
              hours: always
              targets {
                | severity | response |
                | sev1     | 1 h      |
                | sev2     | 2 h      |
              }
            }
            """;

        Assert.Empty(All(Cat(plans)));
    }

    [Fact]
    public void Openings_and_due_times_are_shown_in_the_catalog_zone_whatever_the_calendar_zone()
    {
        var plans = """
            plan silver "Silver" {
              hours: always
              targets {
                | severity | response |
                | sev2     | 8 h      |
              }
            }
            plan gold "Gold" {
              hours: always
              targets {
                | severity | response | on       |
                | sev2     | 30 min   | new_york |
              }
            }
            calendar new_york "New York office" {
              timezone: "America/New_York"
              hours: Mon-Fri 09:00-17:00
            }
            """;

        // New York 09:00-17:00 is 15:00-23:00 in Warsaw that week.
        Assert.Equal(new[] { "x.plan(37,5): warning PD0810: Gold Severity 2 response opened Fri 23:00 is due Mon 15:30, Silver's is due Sat 07:00" }, Tiers(plans));
    }

    [Fact]
    public void Business_days_are_compared_with_hours_in_real_elapsed_time()
    {
        var plans = """
            plan silver "Silver" {
              hours: always
              targets {
                | severity | resolution |
                | sev2     | 48 h       |
              }
            }
            plan gold "Gold" {
              hours: office
              targets {
                | severity | resolution      |
                | sev2     | 2 business days |
              }
            }
            """;

        var findings = Tiers(plans);

        // Opened Wednesday 17:00 (closed): counted from Thursday 09:00, due two open days later.
        Assert.Contains("x.plan(37,5): warning PD0810: Gold Severity 2 resolution opened Wed 17:00 is due Mon 09:00, Silver's is due Fri 17:00", findings);
    }

    [Fact]
    public void A_weaker_commitment_is_reported_with_both_sides()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              targets {
                | severity | response | resolution      |
                | sev1     | 4 h      | 5 business days |
              }
            }
            plan gold "Gold" {
              hours: always
              targets {
                | severity | response    | resolution |
                | sev1     | best effort | -          |
              }
            }
            """;

        Assert.Equal(new[]
        {
            "x.plan(37,5): warning PD0811: Gold Severity 1 resolution has no target, Silver's is 5 business days on office",
            "x.plan(37,5): warning PD0811: Gold Severity 1 response is best effort, Silver's is 4 h on office",
        }, Tiers(plans));
    }

    [Fact]
    public void A_commitment_where_the_lower_tier_has_none_is_not_reported()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              targets {
                | severity | response    | status update |
                | sev1     | best effort | when done     |
              }
            }
            plan gold "Gold" {
              hours: office
              targets {
                | severity | response | status update |
                | sev1     | 8 h      | best effort   |
              }
            }
            """;

        Assert.Empty(Tiers(plans));
    }

    // ------------------------------------------------------------------ (b) hours and channels

    [Fact]
    public void Fewer_support_hours_are_reported_with_an_instant_the_higher_tier_is_closed()
    {
        var plans = """
            plan silver "Silver" {
              hours: extended
            }
            plan gold "Gold" {
              hours: office
            }
            """;

        Assert.Equal(new[] { "x.plan(30,3): warning PD0812: Gold hours (office) are open 40 h a week, Silver's (extended) 60 h; closed Mon 08:00 when Silver's are open" }, Tiers(plans));
    }

    [Fact]
    public void Hours_equal_in_the_week_are_told_apart_by_holidays_over_the_year()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
            }
            plan gold "Gold" {
              hours: office_less_may_day
            }
            calendar office_less_may_day "Office" from office { closed: 2026-05-01 }
            """;

        Assert.Equal(new[] { "x.plan(30,3): warning PD0812: Gold hours (office_less_may_day) are open 2080 h in 2026, Silver's (office) 2088 h; closed Fri 1 May 2026 09:00 when Silver's are open" }, Tiers(plans));
    }

    [Fact]
    public void A_channel_the_higher_tier_lacks_or_offers_less_firmly_is_reported()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              channels {
                phone: yes
                email: best effort
              }
            }
            plan gold "Gold" {
              hours: office
              channels {
                phone: best effort
              }
            }
            """;

        Assert.Equal(new[]
        {
            "x.plan(33,6): warning PD0813: Gold channel 'E-mail' is not offered, Silver's is best effort on office",
            "x.plan(36,5): warning PD0813: Gold channel 'Phone' is best effort on office, Silver's is open on office",
        }, Tiers(plans));
    }

    [Fact]
    public void A_channel_open_less_in_the_higher_tier_is_reported()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              channels {
                phone: extended
              }
            }
            plan gold "Gold" {
              hours: always
              channels {
                phone: office
                email: yes
              }
            }
            """;

        Assert.Equal(new[] { "x.plan(35,5): warning PD0814: Gold channel 'Phone' is open 40 h a week on office, Silver's 60 h on extended; closed Mon 08:00 when Silver's is open" }, Tiers(plans));
    }

    // ------------------------------------------------------------------ (c) entitlements

    [Fact]
    public void Entitlements_are_compared_by_type()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              remote: yes
              contacts: 5
              tickets: 10 per month
              devices: 3 included, additional billed
              updates: "Active tickets", "Metrics"
              priority: normal
            }
            plan gold "Gold" {
              hours: office
              remote: no
              contacts: 3
              tickets: unlimited
              devices: 3 included, additional not allowed
              updates: "Active tickets"
              priority: low
            }
            """;

        Assert.Equal(new[]
        {
            "x.plan(37,3): warning PD0815: Gold entitlement 'Remote support' is no, Silver's is yes",
            "x.plan(38,3): warning PD0815: Gold entitlement 'Contacts' is 3, Silver's is 5",
            "x.plan(40,3): warning PD0815: Gold entitlement 'Devices' is 3 included, additional not allowed, Silver's is 3 included, additional billed",
            "x.plan(41,3): warning PD0815: Gold entitlement 'Weekly updates' is \"Active tickets\", Silver's is \"Active tickets\", \"Metrics\"",
            "x.plan(42,3): warning PD0815: Gold entitlement 'Priority' is low, Silver's is normal",
        }, Tiers(plans));
    }

    [Fact]
    public void A_value_written_in_a_matrix_is_reported_at_its_cell()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
            }
            plan gold "Gold" {
              hours: office
            }
            matrix "Plans" {
              | entitlement | silver | gold |
              | contacts    | 5      | 3    |
            }
            matrix "Contact" {
              | channel | silver | gold |
              | phone   | yes    | no   |
            }
            """;

        Assert.Equal(new[]
        {
            "x.plan(34,28): warning PD0815: Gold entitlement 'Contacts' is 3, Silver's is 5",
            "x.plan(38,24): warning PD0813: Gold channel 'Phone' is not offered, Silver's is open on office",
        }, Tiers(plans));
    }

    [Fact]
    public void Unlimited_beats_any_count_and_not_provided_is_worst()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              contacts: unlimited
              tickets: 10 per month
            }
            plan gold "Gold" {
              hours: office
              contacts: 50
            }
            """;

        Assert.Equal(new[]
        {
            "x.plan(31,6): warning PD0815: Gold entitlement 'Tickets' is not provided, Silver's is 10 per month",
            "x.plan(33,3): warning PD0815: Gold entitlement 'Contacts' is 50, Silver's is unlimited",
        }, Tiers(plans));
    }

    [Fact]
    public void A_duration_is_compared_by_presence_only_since_more_is_not_always_better()
    {
        var longer = """
            plan silver "Silver" {
              hours: office
              average: 1 h
            }
            plan gold "Gold" {
              hours: office
              average: 4 h
            }
            """;
        var missing = """
            plan silver "Silver" {
              hours: office
              average: 1 h
            }
            plan gold "Gold" {
              hours: office
            }
            """;

        Assert.Empty(Tiers(longer));
        Assert.Equal(new[] { "x.plan(30,6): warning PD0815: Gold entitlement 'Average response' is not provided, Silver's is 1 h" }, Tiers(missing));
    }

    [Fact]
    public void More_of_everything_is_not_reported()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              remote: no
              contacts: 5
              tickets: 10 per month
              devices: 3 included, additional not allowed
              updates: "Active tickets"
              priority: normal
            }
            plan gold "Gold" {
              hours: office
              remote: yes
              contacts: unlimited
              tickets: 10
              devices: 3 included, additional billed
              updates: "Metrics", "Active tickets"
              priority: high
            }
            """;

        Assert.Empty(Tiers(plans));
    }

    // ------------------------------------------------------------------ (d) credits and uptime

    [Fact]
    public void Less_credit_at_some_uptime_is_reported_at_the_uptime_with_the_largest_difference()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              credits {
                | uptime below | credit |
                | 99.42%       | 10%    |
              }
            }
            plan gold "Gold" {
              hours: office
              credits {
                | uptime below | credit |
                | 99.5%        | 5%     |
                | 99%          | 25%    |
              }
            }
            """;

        Assert.Equal(new[] { "x.plan(35,3): warning PD0816: at 99.41 % uptime Gold credits 5 %, Silver 10 %" }, Tiers(plans));
    }

    [Fact]
    public void The_cap_counts_and_a_missing_ladder_credits_nothing()
    {
        var capped = """
            plan silver "Silver" {
              hours: office
              credits {
                | uptime below | credit |
                | 99%          | 50%    |
              }
            }
            plan gold "Gold" {
              hours: office
              credits {
                | uptime below | credit |
                | 99%          | 100%   |
                cap: 30%
              }
            }
            """;
        var none = """
            plan silver "Silver" {
              hours: office
              credits {
                | uptime below | credit |
                | 99.9%        | 10%    |
              }
            }
            plan gold "Gold" {
              hours: office
            }
            """;

        Assert.Equal(new[] { "x.plan(35,3): warning PD0816: at 98.99 % uptime Gold credits 30 %, Silver 50 %" }, Tiers(capped));
        Assert.Equal(new[] { "x.plan(33,6): warning PD0816: at 99.89 % uptime Gold credits 0 %, Silver 10 %" }, Tiers(none));
    }

    [Fact]
    public void More_credit_at_every_uptime_is_not_reported()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              credits {
                | uptime below | credit |
                | 99.4%        | 10%    |
                | 99%          | 50%    |
              }
            }
            plan gold "Gold" {
              hours: office
              credits {
                | uptime below | credit |
                | 99.6%        | 10%    |
                | 99.4%        | 25%    |
                | 99.2%        | 75%    |
              }
            }
            """;

        Assert.Empty(Tiers(plans));
    }

    [Fact]
    public void A_lower_uptime_target_is_reported()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              uptime target: 99.9%
            }
            plan gold "Gold" {
              hours: office
              uptime target: 99.5%
            }
            """;

        Assert.Equal(new[] { "x.plan(32,3): warning PD0817: Gold uptime target is 99.5 %, Silver's is 99.9 %" }, Tiers(plans));
    }

    // ------------------------------------------------------------------ versions, order, settings

    [Fact]
    public void Versions_in_force_at_the_same_dates_are_compared_and_the_date_is_named()
    {
        var plans = """
            plan silver "Silver" {
              effective: 2026-01-01
              hours: always
              targets {
                | severity | response |
                | sev1     | 2 h      |
              }
            }
            plan silver "Silver" {
              effective: 2027-01-01
              targets {
                | severity | response |
                | sev1     | 30 min   |
              }
            }
            plan gold "Gold" {
              hours: always
              targets {
                | severity | response |
                | sev1     | 1 h      |
              }
            }
            """;

        Assert.Equal(new[] { "x.plan(45,5): warning PD0810: Gold Severity 1 response opened Mon 00:00 is due Mon 01:00, Silver's is due Mon 00:30 (versions in force from 2027-01-01)" }, Tiers(plans));
    }

    [Fact]
    public void Only_adjacent_tiers_are_compared_and_a_catalog_without_tiers_is_not_analysed()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              contacts: 5
            }
            plan gold "Gold" {
              hours: office
              contacts: 3
            }
            """;

        Assert.Empty(Findings(Cat(plans).Replace("  tiers: silver < gold\n", ""), "PD081"));
        Assert.Single(Tiers(plans));
    }

    [Fact]
    public void A_finding_is_suppressed_on_its_line_and_the_rule_can_be_turned_off()
    {
        var plans = """
            plan silver "Silver" {
              hours: office
              contacts: 5
            }
            plan gold "Gold" {
              hours: office
              // plandsl-disable-next-line tier-dominance -- the vendor's table gives Gold fewer contacts
              contacts: 3
            }
            """;
        var off = Cat(plans.Replace("  // plandsl-disable-next-line tier-dominance -- the vendor's table gives Gold fewer contacts\n", ""))
            .Replace("  tiers: silver < gold\n", "  tiers: silver < gold\n  lint { tier dominance: off }\n");

        // Nothing but the completeness rule's findings (these plans have no targets) is left.
        Assert.DoesNotContain(All(Cat(plans)), NotCompleteness);
        Assert.DoesNotContain(All(off), NotCompleteness);
    }

    private static bool NotCompleteness(string line) => !line.Contains(": warning PD084", StringComparison.Ordinal);

    [Fact]
    public void A_consistent_three_tier_catalog_has_no_finding()
    {
        var text = """
            catalog c "C" {
              timezone: "Europe/Warsaw"
              tiers: bronze < silver < gold
              outside hours: tickets wait
            }
            calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
            calendar extended "Extended" { hours: Mon-Fri 07:00-21:00 }
            calendar weekend "Weekend too" { hours: Mon-Sun 07:00-21:00 }
            severities most urgent first {
              critical = 1 "Critical"
              minor = 2 "Minor"
            }
            channels {
              phone "Phone"
              portal "Portal"
            }
            entitlements {
              contacts "Contacts": count
              tickets "Tickets": count per month
              named "Named engineer": yes/no
            }
            plan bronze "Bronze" {
              hours: office
              uptime target: 99%
              contacts: 1
              tickets: 5
              channels { portal: always }
              targets {
                | severity | response    | resolution      |
                | critical | 8 h         | 5 business days |
                | minor    | best effort | -               |
              }
            }
            plan silver "Silver" extends bronze {
              hours: extended
              uptime target: 99.5%
              contacts: 3
              tickets: 15
              channels { phone: yes }
              targets {
                | severity | response | resolution      |
                | critical | 4 h      | 3 business days |
                | minor    | 1 business day | -         |
              }
              credits {
                | uptime below | credit |
                | 99.5%        | 10%    |
              }
            }
            plan gold "Gold" extends silver {
              hours: weekend
              uptime target: 99.9%
              contacts: unlimited
              tickets: unlimited
              named: yes
              targets {
                | severity | response | resolution | on     |
                | critical | 1 h      | 24 h       | always |
                | minor    | 8 h      | -          | weekend |
              }
              credits {
                | uptime below | credit |
                | 99.9%        | 10%    |
                | 99.5%        | 25%    |
              }
            }
            """;

        Assert.Empty(All(text));
    }
}
