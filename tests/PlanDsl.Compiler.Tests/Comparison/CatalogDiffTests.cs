using PlanDsl.Compiler.Comparison;
using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Comparison;

/// <summary>One test (or two) per better/worse rule of docs/diff.md, on small inline catalogs.</summary>
public sealed class CatalogDiffTests
{
    private const string Head = """
        catalog c "C" {
          currency: EUR
          timezone: "Europe/Warsaw"
        }
        calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
        calendar office_copy "Office, again" { hours: Mon-Fri 09:00-17:00 }
        calendar long_office "Long office" { hours: Mon-Fri 07:00-21:00 }
        severities most urgent first {
          critical = 1 "Critical"
          major = 2 "Major"
        }
        channels {
          phone "Phone"
          email "E-mail"
        }
        entitlements {
          remote "Remote": yes/no
          devices "Devices": count
          tickets "Tickets": count per month
          average "Average response": duration
          updates "Updates": list
          priority "Priority": one of low "Low", normal "Normal", high "High"
        }
        """;

    private static ResolvedCatalog Cat(string plans) => Catalog(Head + "\n" + plans);

    private static IReadOnlyList<Change> Diff(string oldPlans, string newPlans) => CatalogDiff.Compare(Cat(oldPlans), Cat(newPlans));

    private static Change Only(string oldPlans, string newPlans) => Assert.Single(Diff(oldPlans, newPlans));

    private static string Targets(string critical, string on = "office") => $$"""
        plan p "P" {
          hours: office
          targets on office {
            | severity | response | resolution | on |
            | critical | {{critical}} | - | {{on}} |
            | major    | 8 h      | 5 business days | office |
          }
        }
        """;

    private static string Plan(string body) => "plan p \"P\" {\n  hours: office\n" + body + "\n}\n";

    [Fact]
    public void Identical_catalogs_have_no_changes() => Assert.Empty(Diff(Targets("1 h"), Targets("1 h")));

    [Fact]
    public void A_shorter_target_is_better_and_a_longer_one_worse()
    {
        var better = Only(Targets("1 h"), Targets("30 min"));
        Assert.Equal((ChangeKind.TargetChanged, "critical", Metric.Response, Impact.Better), (better.Kind, better.Severity, better.Metric, better.Impact));
        Assert.Equal(("1 h on office", "30 min on office"), (better.Old, better.New));
        Assert.Equal(Impact.Worse, Only(Targets("30 min"), Targets("1 h")).Impact);
    }

    [Fact]
    public void A_committed_time_removed_is_worse_and_added_is_better()
    {
        Assert.Equal(Impact.Worse, Only(Targets("1 h"), Targets("best effort")).Impact);
        Assert.Equal(Impact.Worse, Only(Targets("1 h"), Targets("-")).Impact);
        Assert.Equal(Impact.Better, Only(Targets("-"), Targets("1 h")).Impact);
        Assert.Equal(Impact.Better, Only(Targets("best effort"), Targets("4 h")).Impact);
        Assert.Equal(Impact.Worse, Only(Targets("best effort"), Targets("-")).Impact);
    }

    [Fact]
    public void The_same_duration_on_a_longer_calendar_is_measured_over_the_reference_week()
    {
        // 4 h on Mon-Fri 09-17 opened Friday 17:00 is due Monday 13:00 (68 h); on 07-21 the worst is Friday 21:00 → Monday 11:00 (62 h).
        var change = Only(Targets("4 h", "office"), Targets("4 h", "long_office"));
        Assert.Equal(Impact.Better, change.Impact);
        Assert.Contains("worst case 68 h → 62 h", change.Reason, StringComparison.Ordinal);
        Assert.Equal(Impact.Worse, Only(Targets("4 h", "long_office"), Targets("4 h", "office")).Impact);
        Assert.Equal(Impact.Better, Only(Targets("4 h", "office"), Targets("4 h", "always")).Impact);
    }

    [Fact]
    public void The_same_duration_on_an_identical_calendar_of_another_name_is_neutral()
    {
        var change = Only(Targets("4 h", "office"), Targets("4 h", "office_copy"));
        Assert.Equal(Impact.Neutral, change.Impact);
    }

    [Fact]
    public void Hours_against_business_days_are_compared_over_the_reference_week()
    {
        // Worst cases from Friday 17:00: 1 business day is due Tuesday 09:00 (88 h), 16 h of office time Tuesday 17:00 (96 h).
        var change = Only(Targets("1 business day"), Targets("16 h"));
        Assert.Equal(Impact.Worse, change.Impact);
        Assert.Contains("worst case 88 h → 96 h", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_changed_when_only_its_calendar_definition_changed()
    {
        var oldCatalog = Cat(Targets("4 h"));
        var newCatalog = Catalog((Head + "\n" + Targets("4 h")).Replace("calendar office \"Office\" { hours: Mon-Fri 09:00-17:00 }", "calendar office \"Office\" { hours: Mon-Fri 09:00-15:00 }", StringComparison.Ordinal));
        var changes = CatalogDiff.Compare(oldCatalog, newCatalog);
        Assert.Contains(changes, c => c is { Kind: ChangeKind.HoursChanged, Impact: Impact.Worse });
        Assert.Contains(changes, c => c is { Kind: ChangeKind.TargetChanged, Severity: "critical", Metric: Metric.Response, Impact: Impact.Worse });
        Assert.Contains(changes, c => c is { Kind: ChangeKind.TargetChanged, Severity: "major", Metric: Metric.Resolution });
    }

    [Theory]
    [InlineData("remote: no", "remote: yes", Impact.Better)]
    [InlineData("remote: yes", "remote: no", Impact.Worse)]
    [InlineData("remote: yes", "remote: -", Impact.Worse)]
    [InlineData("remote: yes", "", Impact.Worse)]
    [InlineData("", "remote: yes", Impact.Better)]
    [InlineData("devices: 5", "devices: 10", Impact.Better)]
    [InlineData("devices: 10", "devices: 5", Impact.Worse)]
    [InlineData("devices: 10", "devices: unlimited", Impact.Better)]
    [InlineData("devices: unlimited", "devices: 1000", Impact.Worse)]
    [InlineData("devices: 3 included, additional not allowed", "devices: 3 included, additional billed", Impact.Better)]
    [InlineData("devices: 3 included, additional billed", "devices: 3 included, additional not allowed", Impact.Worse)]
    [InlineData("devices: 3 included, additional not allowed", "devices: 5 included, additional billed", Impact.Better)]
    [InlineData("devices: 3 included, additional billed", "devices: 5 included, additional not allowed", Impact.Unclear)]
    [InlineData("devices: 3 included, additional at 5 EUR per device per month", "devices: 3 included, additional at 4 EUR per device per month", Impact.Better)]
    [InlineData("tickets: 5", "tickets: 15", Impact.Better)]
    [InlineData("priority: normal", "priority: high", Impact.Better)]
    [InlineData("priority: normal", "priority: low", Impact.Worse)]
    [InlineData("updates: \"a\"", "updates: \"a\", \"b\"", Impact.Better)]
    [InlineData("updates: \"a\", \"b\"", "updates: \"b\"", Impact.Worse)]
    [InlineData("updates: \"a\"", "updates: \"b\"", Impact.Unclear)]
    [InlineData("average: 1 h", "average: 2 h", Impact.Unclear)]
    public void Entitlements_more_is_better_and_removed_is_worse(string oldValue, string newValue, Impact expected)
    {
        var change = Only(Plan("  " + oldValue), Plan("  " + newValue));
        Assert.Equal(ChangeKind.EntitlementChanged, change.Kind);
        Assert.Equal(expected, change.Impact);
    }

    [Theory]
    [InlineData("300.00 EUR per month", "350.00 EUR per month", Impact.Worse)]
    [InlineData("300.00 EUR per month", "250.00 EUR per month", Impact.Better)]
    [InlineData("100 EUR/h", "90 EUR/h", Impact.Better)]
    [InlineData("300.00 EUR per month", "3000.00 EUR per year", Impact.Unclear)]
    [InlineData("300.00 EUR per month", "300.00 PLN per month", Impact.Unclear)]
    public void Prices_up_are_worse_and_down_better_when_comparable(string oldPrice, string newPrice, Impact expected)
    {
        var change = Only(Plan($"  prices {{\n    fee \"Fee\": {oldPrice}\n  }}"), Plan($"  prices {{\n    fee \"Fee\": {newPrice}\n  }}"));
        Assert.Equal((ChangeKind.PriceChanged, "fee", expected), (change.Kind, change.ItemId, change.Impact));
    }

    [Fact]
    public void A_new_price_is_worse()
    {
        var change = Only(Plan(""), Plan("  prices {\n    fee \"Fee\": 10 EUR per month\n  }"));
        Assert.Equal(Impact.Worse, change.Impact);
    }

    private static string Credits(params (string Below, string Credit)[] steps) =>
        Plan("  credits {\n    | uptime below | credit |\n" + string.Join("", steps.Select(s => $"    | {s.Below} | {s.Credit} |\n")) + "  }");

    [Fact]
    public void Credits_higher_somewhere_and_nowhere_lower_are_better()
    {
        var change = Only(Credits(("99.5%", "10%"), ("99%", "25%")), Credits(("99.5%", "10%"), ("99%", "50%")));
        Assert.Equal((ChangeKind.CreditChanged, Impact.Better), (change.Kind, change.Impact));
        Assert.Contains("25% → 50%", change.Reason, StringComparison.Ordinal);
        Assert.Equal(Impact.Better, Only(Credits(("99.5%", "10%")), Credits(("99.8%", "10%"))).Impact);
        Assert.Equal(Impact.Better, Only(Plan(""), Credits(("99.5%", "10%"))).Impact);
    }

    [Fact]
    public void Credits_lower_somewhere_and_nowhere_higher_are_worse_and_both_unclear()
    {
        Assert.Equal(Impact.Worse, Only(Credits(("99.8%", "10%")), Credits(("99.5%", "10%"))).Impact);
        Assert.Equal(Impact.Worse, Only(Credits(("99.5%", "10%")), Plan("")).Impact);
        Assert.Equal(Impact.Unclear, Only(Credits(("99.5%", "10%"), ("99%", "50%")), Credits(("99.5%", "20%"), ("99%", "30%"))).Impact);
    }

    [Fact]
    public void Plans_added_are_better_and_removed_worse()
    {
        var changes = Diff(Plan("") + "plan gone \"Gone\" { hours: office }", Plan("") + "plan fresh \"Fresh\" { hours: office }");
        Assert.Equal(2, changes.Count);
        Assert.Equal((ChangeKind.PlanAdded, "fresh", Impact.Better), (changes[0].Kind, changes[0].Plan, changes[0].Impact));
        Assert.Equal((ChangeKind.PlanRemoved, "gone", Impact.Worse), (changes[1].Kind, changes[1].Plan, changes[1].Impact));
    }

    [Fact]
    public void Channels_and_hours_with_more_open_time_are_better()
    {
        var phone = Only(Plan("  channels {\n    phone: no\n  }"), Plan("  channels {\n    phone: yes\n  }"));
        Assert.Equal((ChangeKind.ChannelChanged, "phone", Impact.Better), (phone.Kind, phone.ItemId, phone.Impact));
        Assert.Equal(Impact.Worse, Only(Plan("  channels {\n    phone: always\n  }"), Plan("  channels {\n    phone: yes\n  }")).Impact);
        Assert.Equal(Impact.Worse, Only(Plan("  channels {\n    phone: yes\n  }"), Plan("  channels {\n    phone: best effort\n  }")).Impact);
        Assert.Equal(Impact.Unclear, Only(Plan("  channels {\n    phone: office\n  }"), Plan("  channels {\n    phone: best effort on always\n  }")).Impact);
        var hours = Only("plan p \"P\" { hours: office }", "plan p \"P\" { hours: long_office }");
        Assert.Equal((ChangeKind.HoursChanged, Impact.Better), (hours.Kind, hours.Impact));
        Assert.Contains("40 h → 70 h", hours.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_uptime_target_is_worse()
    {
        var change = Only(Plan("  uptime target: 99.9%"), Plan("  uptime target: 99.5%"));
        Assert.Equal((ChangeKind.UptimeTargetChanged, Impact.Worse, "99.9%", "99.5%"), (change.Kind, change.Impact, change.Old, change.New));
    }

    [Fact]
    public void Versions_of_one_plan_are_compared_with_the_same_engine()
    {
        var catalog = Cat("""
            plan p "P" {
              effective: 2025-01-01
              hours: office
              targets {
                | severity | response |
                | all      | 4 h      |
              }
            }
            plan p "P" {
              effective: 2026-01-01
              targets {
                | severity | response |
                | critical | 8 h      |
              }
            }
            """);
        var plan = catalog.FindPlan("p")!;
        var change = Assert.Single(CatalogDiff.Compare(catalog, "p", plan.Versions[0], plan.Versions[1]));
        Assert.Equal((ChangeKind.TargetChanged, "critical", Impact.Worse), (change.Kind, change.Severity, change.Impact));
    }

    [Fact]
    public void Overall_is_the_worst_impact()
    {
        Assert.Equal(Impact.Neutral, CatalogDiff.Overall(Array.Empty<Change>()));
        var changes = Diff(Targets("1 h") , Targets("30 min").Replace("8 h", "16 h", StringComparison.Ordinal));
        Assert.Equal(Impact.Worse, CatalogDiff.Overall(changes));
    }
}
