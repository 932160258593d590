using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary><c>plan gold extends silver</c>: what the child takes from its parent, and what it changes.</summary>
public sealed class InheritanceTests
{
    private const string Family = Header + """

        calendar extended "Extended" { hours: Mon-Sun 07:00-22:00 }
        channels {
          phone "Phone"
          email "E-mail"
        }
        entitlements {
          devices "Devices": count
          remote "Remote support": yes/no
          training "Training": yes/no
        }
        work tasks "Tasks" {
          install "Installation"
          migrate "Migration"
          develop "Development"
        }
        attributes {
          urgent "Urgent": yes/no
        }
        coverage {
          otherwise -> refused "catalog rule"
        }
        plan silver "Silver" {
          description: "Silver description"
          note: "Silver note"
          assumption: "Silver assumption"
          hours: office
          uptime target: 99.5%
          included: install
          devices: 5
          remote: yes
          training: no
          channels {
            phone: yes
            email: always
          }
          prices {
            base "Base": 100 EUR per month
            hourly "Hourly": 80 EUR/h
          }
          targets {
            | severity | response | status update |
            | critical | 1 h      | every 2 h     |
            | major    | 4 h      | every 8 h     |
            | minor    | 8 h      | -             |
          }
          credits {
            | uptime below | credit |
            | 99.5%        | 10%    |
          }
          coverage {
            when urgent -> included "silver rule"
          }
        }
        plan gold "Gold" extends silver {
          hours: extended
          excluded: migrate
          devices: 10
          training: -
          channels {
            phone: no
          }
          prices {
            base "Base": 200 EUR per month
          }
          targets {
            | severity | response |
            | critical | 30 min   |
          }
          coverage {
            when not urgent -> billable "gold rule"
          }
        }
        """;

    [Fact]
    public void An_entitlement_given_again_replaces_the_inherited_value()
    {
        var catalog = Catalog(Family);
        Assert.Equal(EntitlementValue.OfCount(10, null, ExtraPolicy.None, null), catalog.Plan("gold").Entitlement("devices"));
        Assert.Equal(EntitlementValue.OfCount(5, null, ExtraPolicy.None, null), catalog.Plan("silver").Entitlement("devices"));
    }

    [Fact]
    public void A_dash_removes_an_inherited_value()
    {
        var gold = Catalog(Family).Plan("gold");
        var training = Assert.Single(gold.Entitlements, e => e.Entitlement == "training");
        Assert.Equal(EntitlementValueKind.NotProvided, training.Value.Kind);
        Assert.False(training.Inherited);
    }

    [Fact]
    public void Only_values_taken_from_the_parent_are_marked_inherited()
    {
        var catalog = Catalog(Family);
        var gold = catalog.Plan("gold").Entitlements.ToDictionary(e => e.Entitlement, e => e.Inherited);
        Assert.Equal(new Dictionary<string, bool> { ["devices"] = false, ["remote"] = true, ["training"] = false }, gold);
        Assert.All(catalog.Plan("silver").Entitlements, e => Assert.False(e.Inherited));
        Assert.Equal(new[] { "devices", "remote", "training" }, catalog.Plan("gold").Entitlements.Select(e => e.Entitlement));
    }

    [Fact]
    public void The_child_inherits_hours_uptime_channels_prices_and_credits_it_does_not_restate()
    {
        var catalog = Catalog(Family);
        var gold = catalog.Plan("gold");
        Assert.Equal("silver", gold.Extends);
        Assert.Equal("extended", gold.Hours);
        Assert.Equal(99.5m, gold.UptimeTarget);
        Assert.Equal(new[]
        {
            new ChannelAccess("phone", false, false, null),
            new ChannelAccess("email", true, false, "always"),
        }, gold.Channels);
        Assert.Equal(new[] { ("hourly", 80m), ("base", 200m) }, gold.Prices.Select(p => (p.Id, p.Amount.Amount)));
        Assert.Equal(catalog.Plan("silver").Credits, gold.Credits);
        Assert.Equal(new[] { new CreditStep(99.5m, 10m) }, gold.Credits!.Steps);
    }

    [Fact]
    public void A_channel_the_child_inherits_open_on_the_plan_hours_follows_the_child_hours()
    {
        const string source = Header + """

            calendar extended "Extended" { hours: Mon-Sun 07:00-22:00 }
            channels { phone "Phone" }
            plan silver { hours: office
              channels { phone: yes } }
            plan gold extends silver { hours: extended }
            """;
        var catalog = Catalog(source);
        Assert.Equal(new ChannelAccess("phone", true, false, "office"), Assert.Single(catalog.Plan("silver").Channels));
        Assert.Equal(new ChannelAccess("phone", true, false, "extended"), Assert.Single(catalog.Plan("gold").Channels));
    }

    [Fact]
    public void A_target_row_for_a_severity_replaces_the_parent_row_whole()
    {
        var gold = Catalog(Family).Plan("gold");
        var critical = gold.FindTargets("critical", null)!;
        Assert.Equal(Due(Minutes(30), "extended"), critical.Response);
        Assert.Equal(TargetValue.None, critical.StatusUpdate); // not the parent's "every 2 h": the row is replaced whole
        Assert.Equal(new[] { "critical", "major", "minor" }, gold.Targets.Select(t => t.Severity));
    }

    [Fact]
    public void Inherited_targets_measured_on_the_plan_hours_follow_the_child_hours()
    {
        var catalog = Catalog(Family);
        var silverMajor = catalog.Plan("silver").FindTargets("major", null)!;
        var goldMajor = catalog.Plan("gold").FindTargets("major", null)!;
        Assert.Equal(Due(Hours(4), "office"), silverMajor.Response);
        Assert.Equal(Due(Hours(8), "office"), silverMajor.StatusUpdate);
        Assert.Equal(Due(Hours(4), "extended"), goldMajor.Response);
        Assert.Equal(Due(Hours(8), "extended"), goldMajor.StatusUpdate);
    }

    [Fact]
    public void Inherited_targets_on_a_named_calendar_keep_that_calendar()
    {
        const string source = Header + """

            calendar extended "Extended" { hours: Mon-Sun 07:00-22:00 }
            plan silver {
              hours: office
              targets on always {
                | severity | response |
                | all      | 2 h      |
              }
            }
            plan gold extends silver { hours: extended }
            """;
        var gold = Catalog(source).Plan("gold");
        Assert.All(gold.Targets, t => Assert.Equal(Due(Hours(2), "always"), t.Response));
    }

    [Fact]
    public void Work_lists_and_coverage_rules_come_child_first_then_parent_then_catalog()
    {
        var gold = Catalog(Family).Plan("gold");
        var origins = gold.Coverage.Select(r => r.Origin).ToList();
        Assert.Equal(5, origins.Count);
        Assert.True(origins.IndexOf("plan gold work lists") < origins.IndexOf("plan silver work lists"));
        Assert.True(origins.IndexOf("plan gold") < origins.IndexOf("plan silver"));
        Assert.Equal("catalog", origins[^1]);
        Assert.Equal("work in [migrate]", gold.Coverage.Single(r => r.Origin == "plan gold work lists").Condition!.Describe());
        Assert.Equal(Text(("en", "silver rule")), gold.Coverage.Single(r => r.Origin == "plan silver").Outcome.ReasonText);
        Assert.Equal(new[] { "install" }, gold.IncludedWork);
        Assert.Equal(new[] { "migrate" }, gold.ExcludedWork);
    }

    [Fact]
    public void Own_lists_and_rules_come_before_inherited_lists_and_rules_then_the_catalogs()
    {
        var gold = Catalog(Family).Plan("gold");
        Assert.Equal(new[] { "plan gold work lists", "plan gold", "plan silver work lists", "plan silver", "catalog" }, gold.Coverage.Select(r => r.Origin));
    }

    [Fact]
    public void Work_lists_of_the_same_kind_add_up_child_first()
    {
        const string source = Header + """

            work tasks "Tasks" {
              install "Installation"
              migrate "Migration"
            }
            plan silver { included: install }
            plan gold extends silver { included: migrate }
            """;
        var gold = Catalog(source).Plan("gold");
        Assert.Equal(new[] { "migrate", "install" }, gold.IncludedWork);
    }

    [Fact]
    public void Title_description_notes_and_assumptions_are_not_inherited_from_a_parent()
    {
        var gold = Catalog(Family).Plan("gold");
        Assert.Equal(Text(("en", "Gold")), gold.Title);
        Assert.True(gold.Description.IsEmpty);
        Assert.Empty(gold.Notes);
        Assert.Empty(gold.Assumptions);
    }

    [Fact]
    public void A_child_without_a_title_is_titled_by_its_name_not_by_its_parent_title()
    {
        const string source = Header + """

            plan silver "Silver" { description: "D" }
            plan gold extends silver { }
            """;
        Assert.Equal(Text(("en", "gold")), Catalog(source).Plan("gold").Title);
    }

    [Fact]
    public void A_grandchild_inherits_through_its_parent_and_marks_every_ancestor_value_inherited()
    {
        const string source = Header + """

            entitlements {
              devices "Devices": count
              remote "Remote": yes/no
            }
            plan bronze { devices: 1
              remote: no }
            plan silver extends bronze { remote: yes }
            plan gold extends silver { }
            """;
        var gold = Catalog(source).Plan("gold");
        Assert.Equal(new[] { ("devices", "1", true), ("remote", "yes", true) }, gold.Entitlements.Select(e => (e.Entitlement, e.Value.Describe(), e.Inherited)));
    }

    [Fact]
    public void A_cycle_of_two_plans_is_PD0207()
    {
        const string source = """
            catalog c "C" { }
            plan a extends b { }
            plan b extends a { }
            """;
        var d = Reports(source, "PD0207", 3, 16);
        Assert.Contains("'b' inherits from itself", d.Message);
    }

    [Fact]
    public void A_plan_that_extends_itself_is_PD0207()
    {
        const string source = """
            catalog c "C" { }
            plan a extends a { }
            """;
        Reports(source, "PD0207", 2, 16);
    }

    [Fact]
    public void An_unknown_parent_is_PD0101_with_a_suggestion()
    {
        const string source = """
            catalog c "C" { }
            plan silver { }
            plan gold extends silvr { }
            """;
        var d = Reports(source, "PD0101", 3, 19);
        Assert.Equal("unknown plan 'silvr'; did you mean 'silver'?", d.Message);
    }
}
