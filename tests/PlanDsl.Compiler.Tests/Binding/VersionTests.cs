using NodaTime;
using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>A plan declared several times, each with its own <c>effective:</c> date.</summary>
public sealed class VersionTests
{
    private const string TwoVersions = Header + """

        entitlements {
          devices "Devices": count
          remote "Remote": yes/no
        }
        plan p "P 2025" {
          effective: 2025-01-01
          description: "First"
          note: "Old note"
          hours: office
          devices: 5
          remote: yes
          prices { base "Base": 100 EUR per month }
          targets {
            | severity | response |
            | all      | 4 h      |
          }
        }
        plan p {
          effective: 2026-01-01
          devices: 10
        }
        """;

    [Fact]
    public void Versions_are_kept_oldest_first_with_their_dates()
    {
        var plan = Catalog(TwoVersions).FindPlan("p")!;
        Assert.Equal(new LocalDate?[] { new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1) }, plan.Versions.Select(v => v.EffectiveFrom));
    }

    [Fact]
    public void A_later_version_starts_from_the_earlier_one_and_changes_only_what_it_says()
    {
        var plan = Catalog(TwoVersions).FindPlan("p")!;
        var (first, second) = (plan.Versions[0], plan.Versions[1]);
        Assert.Equal("5", first.Entitlement("devices")!.Describe());
        Assert.Equal("10", second.Entitlement("devices")!.Describe());
        Assert.Equal("yes", second.Entitlement("remote")!.Describe());
        Assert.Equal(Text(("en", "P 2025")), second.Title);
        Assert.Equal(Text(("en", "First")), second.Description);
        Assert.Equal(new[] { Text(("en", "Old note")) }, second.Notes);
        Assert.Equal("office", second.Hours);
        Assert.Equal(first.Prices.ToArray(), second.Prices.ToArray());
        // The same rows, now marked as inherited: the second version writes none.
        Assert.Equal(first.Targets.Select(t => t with { Inherited = true }).ToArray(), second.Targets.ToArray());
        Assert.All(first.Targets, t => Assert.False(t.Inherited));
    }

    [Fact]
    public void Values_carried_from_an_earlier_version_are_not_marked_inherited()
    {
        var second = Catalog(TwoVersions).FindPlan("p")!.Versions[1];
        Assert.All(second.Entitlements, e => Assert.False(e.Inherited));
    }

    [Theory]
    [InlineData("2024-12-31", null)]
    [InlineData("2025-01-01", "2025-01-01")]
    [InlineData("2025-12-31", "2025-01-01")]
    [InlineData("2026-01-01", "2026-01-01")]
    [InlineData("2026-01-02", "2026-01-01")]
    [InlineData("2030-06-15", "2026-01-01")]
    public void InForceOn_picks_the_latest_version_effective_on_or_before_the_day(string day, string? expected)
    {
        var plan = Catalog(TwoVersions).FindPlan("p")!;
        var version = plan.InForceOn(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, version?.EffectiveFrom?.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void Versions_declared_newest_first_are_ordered_by_date()
    {
        const string source = Header + """

            entitlements { devices "Devices": count }
            plan p { effective: 2026-01-01
              devices: 10 }
            plan p { effective: 2025-01-01
              devices: 5 }
            """;
        var plan = Catalog(source).FindPlan("p")!;
        Assert.Equal(new[] { "5", "10" }, plan.Versions.Select(v => v.Entitlement("devices")!.Describe()));
        Assert.Same(plan.Versions[1], plan.Current);
    }

    [Fact]
    public void A_version_without_a_date_is_the_oldest()
    {
        const string source = Header + """

            entitlements { devices "Devices": count }
            plan p { effective: 2026-01-01
              devices: 10 }
            plan p { devices: 5 }
            """;
        var plan = Catalog(source).FindPlan("p")!;
        Assert.Null(plan.Versions[0].EffectiveFrom);
        Assert.Equal("5", plan.InForceOn(new LocalDate(2025, 12, 31))!.Entitlement("devices")!.Describe());
        Assert.Equal("10", plan.InForceOn(new LocalDate(2026, 1, 1))!.Entitlement("devices")!.Describe());
    }

    [Fact]
    public void A_child_version_extends_the_parent_version_in_force_on_its_date()
    {
        const string source = Header + """

            entitlements { devices "Devices": count }
            plan base { effective: 2025-01-01
              devices: 1 }
            plan base { effective: 2026-01-01
              devices: 2 }
            plan child extends base { effective: 2026-03-01 }
            """;
        Assert.Equal("2", Catalog(source).Plan("child").Entitlement("devices")!.Describe());
    }

    [Fact]
    public void A_plan_without_its_own_date_is_in_force_from_the_catalog_effective_date()
    {
        const string source = """
            catalog c "C" {
              effective: 2024-01-01
            }
            plan p { }
            """;
        var plan = Catalog(source).FindPlan("p")!;
        Assert.Equal(new LocalDate(2024, 1, 1), plan.Versions[0].EffectiveFrom);
        Assert.Null(plan.InForceOn(new LocalDate(2023, 12, 31)));
        Assert.NotNull(plan.InForceOn(new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void Two_versions_with_the_same_date_are_PD0205()
    {
        const string source = """
            catalog c "C" { }
            plan p { effective: 2026-01-01 }
            plan p { effective: 2026-01-01 }
            """;
        var d = Reports(source, "PD0205", 3, 6);
        Assert.Equal("plan 'p' has two versions in force from 2026-01-01", d.Message);
    }

    [Fact]
    public void Two_versions_without_a_date_are_PD0205()
    {
        const string source = """
            catalog c "C" { }
            plan p { }

            plan p { }
            """;
        Reports(source, "PD0205", 4, 6);
    }

    [Fact]
    public void A_later_version_that_extends_another_parent_is_PD0206()
    {
        const string source = """
            catalog c "C" { }
            plan a { }
            plan b { }
            plan p extends a { effective: 2025-01-01 }
            plan p extends b { effective: 2026-01-01 }
            """;
        var d = Reports(source, "PD0206", 5, 16);
        Assert.Equal("a later version of plan 'p' extends 'b' but the earlier one extends 'a'", d.Message);
    }

    [Fact]
    public void A_later_version_that_adds_a_parent_is_PD0206()
    {
        const string source = """
            catalog c "C" { }
            entitlements { devices "Devices": count }
            plan base { devices: 1 }
            plan p { effective: 2025-01-01 }
            plan p extends base { effective: 2026-01-01 }
            """;
        Reports(source, "PD0206", 5, 16);
    }

    [Fact]
    public void A_bad_effective_date_is_reported_once()
    {
        var result = Compile("""
            catalog c "C" { }
            plan p { effective: 2026-13-01 }
            plan p { }
            """);
        Assert.Equal("PD0304", Assert.Single(result.Diagnostics).Code);
    }
}
