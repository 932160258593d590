using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Coverage;

/// <summary>Rule coverage-rules: gaps, overlaps and rules that never decide, with example tickets.</summary>
public sealed class CoverageRulesCheckTests
{
    private const string Header = """
        catalog c "C" { currency: EUR }
        channels {
          phone "Phone"
          email "E-mail"
        }
        work extras "Extras" {
          migration "Migration"
          training "Training"
          audit "Audit"
        }
        attributes {
          on_site "On site": yes/no
          effort "Effort": duration
          seats "Seats": number
        }

        """;

    private static readonly string[] Codes = { "PD0845", "PD0846", "PD0847", "PD0848", "PD0849" };

    [Fact]
    public void A_ticket_no_rule_decides_is_a_gap_PD0845_at_the_last_rule()
    {
        var result = Compile(Header + """
            plan basic {
              coverage {
                when channel = phone and on_site -> billable at 100 EUR/h
                when channel = email -> included
              }
            }
            """);

        Assert.Equal(new[]
        {
            "x.plan(19,5): warning PD0845: no coverage rule of plan 'basic' decides e.g. a ticket with channel = phone, on_site = no; add a rule or 'otherwise'",
        }, result.Lines());
    }

    [Fact]
    public void Otherwise_closes_every_gap_and_overlaps_nothing()
    {
        var result = Compile(Header + """
            plan basic {
              coverage {
                when channel = phone and on_site -> billable at 100 EUR/h
                when channel = email -> included
                otherwise -> excluded
              }
            }
            """);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Two_rules_that_decide_a_ticket_differently_overlap_PD0846_at_the_later_rule()
    {
        var result = Compile(Header + """
            plan basic {
              coverage {
                when channel = phone and on_site -> billable at 100 EUR/h
                when effort > 4 h -> excluded
                otherwise -> included
              }
            }
            """);

        var finding = result.Finding("PD0846", 19, 5,
            "the rule on line 18 decides 'billable at 100 EUR/h' for e.g. a ticket with channel = phone, on_site = yes, effort = 5 h, which this rule would decide 'excluded': the earlier rule wins, so this one is partly shadowed");
        Assert.Equal((18, 5), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
        Assert.Single(result.Catalogs);
    }

    [Fact]
    public void Rules_that_agree_on_a_ticket_do_not_overlap()
    {
        var result = Compile(Header + """
            plan basic {
              coverage {
                when channel = phone -> included "phone is free"
                when on_site -> included "on-site work is free"
                otherwise -> billable at 100 EUR/h
              }
            }
            """);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_plans_rules_override_the_catalogs_on_purpose_and_do_not_overlap_them()
    {
        var result = Compile(Header + """
            coverage {
              when work = migration -> billable at 100 EUR/h
              otherwise -> excluded
            }
            plan basic { }
            plan premium {
              included: migration
            }
            """);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_rule_earlier_rules_decide_entirely_never_decides_PD0847()
    {
        var result = Compile(Header + """
            plan basic {
              coverage {
                when work in extras -> included
                when work = migration and on_site -> excluded
                otherwise -> billable at 100 EUR/h
              }
            }
            """);

        // Reported as never deciding, not also as an overlap with the rule before it.
        Assert.Equal(new[]
        {
            "x.plan(19,5): warning PD0847: this rule never decides: an earlier rule decides every ticket it matches (e.g. the rule on line 18 decides a ticket with work = migration, on_site = yes)",
        }, result.Lines());
    }

    [Fact]
    public void A_catalog_rule_is_reported_as_never_deciding_only_when_no_plan_reaches_it()
    {
        var reached = Compile(Header + """
            coverage {
              when work = migration -> billable at 100 EUR/h
              otherwise -> excluded
            }
            plan basic {
              coverage { otherwise -> included }
            }
            plan premium { }
            """);
        reached.HasNone(Codes);

        var shadowed = Compile(Header + """
            coverage {
              when work = migration -> billable at 100 EUR/h
              otherwise -> excluded
            }
            plan basic {
              coverage { otherwise -> included }
            }
            """);
        shadowed.Finding("PD0847", 17, 3,
            "this rule never decides: an earlier rule decides every ticket it matches (e.g. the rule on line 21 decides a ticket with work = migration)");
    }

    [Fact]
    public void A_condition_no_ticket_meets_is_PD0848()
    {
        var result = Compile(Header + """
            plan basic {
              coverage {
                when seats < 5 and seats > 7 -> included
                otherwise -> excluded
              }
            }
            """);

        Assert.Equal(new[]
        {
            "x.plan(18,5): warning PD0848: no ticket matches this rule: its condition '(seats < 5 and seats > 7)' is never true",
        }, result.Lines());
    }

    [Fact]
    public void Work_lists_of_one_plan_are_written_together_and_can_overlap()
    {
        var result = Compile(Header + """
            plan basic {
              included: migration, training
              excluded: training, audit
            }
            """);

        Assert.Equal(new[]
        {
            "x.plan(18,3): warning PD0846: the rule on line 17 decides 'included' for e.g. a ticket with work = training, which this rule would decide 'excluded': the earlier rule wins, so this one is partly shadowed",
        }, result.Lines());
    }

    [Fact]
    public void A_billable_rule_given_the_plans_hourly_rate_is_still_found_where_it_is_written()
    {
        var result = Compile(Header + """
            coverage {
              when on_site -> included
              when channel = phone -> billable
              otherwise -> excluded
            }
            plan basic {
              prices { hourly "Hourly": 80 EUR/h }
            }
            """);

        // The rule on line 18 is given basic's rate by the compiler: a new rule in the model, written on line 18.
        result.Finding("PD0846", 18, 3,
            "the rule on line 17 decides 'included' for e.g. a ticket with on_site = yes, channel = phone, which this rule would decide 'billable at 80 EUR/h': the earlier rule wins, so this one is partly shadowed");
    }

    [Fact]
    public void Plans_that_share_their_rules_share_one_finding()
    {
        var result = Compile(Header + """
            coverage {
              when not on_site -> refused
            }
            plan basic { }
            plan premium { }
            plan gold { }
            plan gold {
              effective: 2027-01-01
            }
            """);

        // Plans in the catalog's order (by tier, else by name); a plan of several versions names each.
        Assert.Equal(new[]
        {
            "x.plan(17,3): warning PD0845: no coverage rule of plans 'basic', 'gold' (first version), 'gold' from 2027-01-01, 'premium' decides e.g. a ticket with on_site = yes; add a rule or 'otherwise'",
        }, result.Lines());
    }

    [Fact]
    public void A_plan_without_rules_says_nothing_about_coverage_and_is_not_a_gap()
    {
        Assert.Empty(Compile(Header + "plan basic { }\n").Diagnostics);
    }

    [Fact]
    public void Numbers_durations_dates_money_and_texts_are_tried_at_their_boundaries()
    {
        var result = Compile("""
            catalog c "C" { }
            attributes {
              seats "Seats": number
              effort "Effort": duration
              due "Due": date
              budget "Budget": money
              region "Region": text
            }
            plan basic {
              coverage {
                when seats >= 10 -> included
                when effort > 90 min -> excluded
                when due < 2026-01-01 -> refused
                when budget <= 500 EUR -> included
                when region = "eu" -> excluded
              }
            }
            """);

        result.Finding("PD0845", 15, 5,
            "no coverage rule of plan 'basic' decides e.g. a ticket with seats = 9, effort = 1 h 29 min, due = 2026-01-01, budget = 501 EUR, region = a text other than \"eu\"; add a rule or 'otherwise'");
    }

    [Fact]
    public void Amounts_in_two_currencies_are_never_compared()
    {
        var result = Compile("""
            catalog c "C" { }
            attributes { budget "Budget": money }
            plan basic {
              coverage {
                when budget > 100 EUR -> included
                when budget > 100 PLN -> excluded
                otherwise -> refused
              }
            }
            """);

        result.HasNone(Codes);
        Assert.Single(result.Catalogs);
    }
}
