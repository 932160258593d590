using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>Cross-plan matrices: one column a plan; a value in a matrix is the same as writing it in that plan.</summary>
public sealed class MatrixTests
{
    private const string Plans = Header + """

        channels {
          phone "Phone"
          email "E-mail"
          chat "Chat"
        }
        entitlements {
          devices "Devices": count
          remote "Remote": yes/no
        }
        plan silver { hours: office }
        plan gold { hours: office }
        """;

    [Fact]
    public void An_entitlement_matrix_gives_each_plan_its_column()
    {
        var catalog = Catalog(Plans + """

            matrix "Scope" {
              | entitlement | silver | gold      |
              |-------------|--------|-----------|
              | devices     | 1      | unlimited |
              | remote      | no     | yes       |
            }
            """);
        Assert.Equal(new[] { ("devices", "1"), ("remote", "no") }, catalog.Plan("silver").Entitlements.Select(e => (e.Entitlement, e.Value.Describe())));
        Assert.Equal(new[] { ("devices", "unlimited"), ("remote", "yes") }, catalog.Plan("gold").Entitlements.Select(e => (e.Entitlement, e.Value.Describe())));
        Assert.All(catalog.Plan("gold").Entitlements, e => Assert.False(e.Inherited));
    }

    [Fact]
    public void A_channel_matrix_gives_each_plan_its_access()
    {
        var catalog = Catalog(Plans + """

            matrix "Contact" {
              | channel | silver      | gold                  |
              | phone   | no          | yes                   |
              | email   | always      | on office             |
              | chat    | best effort | best effort on always |
            }
            """);
        Assert.Equal(new[]
        {
            new ChannelAccess("phone", false, false, null),
            new ChannelAccess("email", true, false, "always"),
            new ChannelAccess("chat", true, true, "office"),
        }, catalog.Plan("silver").Channels);
        Assert.Equal(new[]
        {
            new ChannelAccess("phone", true, false, "office"),
            new ChannelAccess("email", true, false, "office"),
            new ChannelAccess("chat", true, true, "always"),
        }, catalog.Plan("gold").Channels);
    }

    [Fact]
    public void A_target_matrix_with_target_and_on_columns_fills_each_plan_targets()
    {
        var catalog = Catalog(Plans + """

            matrix "Response times" {
              | severity     | target     | on     | silver | gold   |
              | critical     | response   | always | 2 h    | 30 min |
              | major, minor | response   | office | 8 h    | 4 h    |
              | all          | resolution | office | -      | 5 days |
            }
            """);
        var silver = catalog.Plan("silver");
        Assert.Equal(Due(Hours(2), "always"), silver.FindTargets("critical", null)!.Response);
        Assert.Equal(Due(Hours(8), "office"), silver.FindTargets("minor", null)!.Response);
        Assert.Equal(TargetValue.None, silver.FindTargets("critical", null)!.Resolution);

        var gold = catalog.Plan("gold");
        Assert.Equal(Due(Minutes(30), "always"), gold.FindTargets("critical", null)!.Response);
        Assert.Equal(Due(Hours(4), "office"), gold.FindTargets("major", null)!.Response);
        Assert.All(gold.Targets, t => Assert.Equal(Due(Hours(120), "office"), t.Resolution));
        Assert.Equal(new[] { "critical", "major", "minor" }, gold.Targets.Select(t => t.Severity));
    }

    [Fact]
    public void A_target_matrix_without_an_on_column_measures_on_each_plan_hours()
    {
        var catalog = Catalog(Header + """

            calendar extended { hours: Mon-Sun 07:00-22:00 }
            plan silver { hours: office }
            plan gold { hours: extended }
            matrix "Response" {
              | severity | target   | silver | gold |
              | all      | response | 8 h    | 2 h  |
            }
            """);
        Assert.All(catalog.Plan("silver").Targets, t => Assert.Equal(Due(Hours(8), "office"), t.Response));
        Assert.All(catalog.Plan("gold").Targets, t => Assert.Equal(Due(Hours(2), "extended"), t.Response));
    }

    [Fact]
    public void A_kind_matrix_fills_kind_rows()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            calendar office { hours: Mon-Fri 08:00-20:00 }
            kinds {
              deployment "Deployment"
              failure "Failure"
            }
            plan silver { hours: office }
            plan gold { hours: office }
            matrix "Response" {
              | kind       | target   | on     | silver | gold |
              | deployment | response | office | 8 h    | 4 h  |
              | failure    | response | always | 2 h    | 1 h  |
            }
            """);
        var gold = catalog.Plan("gold");
        Assert.Equal(Due(Hours(4), "office"), gold.FindTargets(null, "deployment")!.Response);
        Assert.Equal(Due(Hours(1), "always"), gold.FindTargets(null, "failure")!.Response);
        Assert.Equal(Due(Hours(2), "always"), catalog.Plan("silver").FindTargets(null, "failure")!.Response);
    }

    [Fact]
    public void Matrix_values_are_inherited_like_values_written_in_the_plan()
    {
        var catalog = Catalog(Header + """

            entitlements { devices "Devices": count }
            plan silver { hours: office }
            plan gold extends silver { }
            matrix "Scope" {
              | entitlement | silver |
              | devices     | 3      |
            }
            """);
        var grant = Assert.Single(catalog.Plan("gold").Entitlements);
        Assert.Equal(("devices", "3", true), (grant.Entitlement, grant.Value.Describe(), grant.Inherited));
    }

    [Fact]
    public void An_entitlement_given_in_the_plan_and_in_a_matrix_is_PD0104()
    {
        const string source = """
            catalog c "C" { }
            entitlements { devices "Devices": count }
            plan silver { devices: 1 }
            matrix "Scope" {
              | entitlement | silver |
              | devices     | 2      |
            }
            """;
        Reports(source, "PD0104", 6, 19);
    }

    [Fact]
    public void An_unknown_plan_column_is_PD0501_with_a_suggestion()
    {
        const string source = """
            catalog c "C" { }
            channels { phone "Phone" }
            plan silver { hours: always }
            plan gold { hours: always }
            matrix "Channels" {
              | channel | silver | gld |
              | phone   | no     | yes |
            }
            """;
        var d = Reports(source, "PD0501", 6, 24);
        Assert.Equal("'gld' is not a column of matrix; did you mean 'gold'?", d.Message);
    }

    [Fact]
    public void A_target_matrix_without_a_target_column_is_PD0504()
    {
        const string source = """
            catalog c "C" { }
            severities most urgent first { critical "Critical" }
            plan silver { hours: always }
            matrix "Response" {
              | severity | silver |
              | critical | 1 h    |
            }
            """;
        Reports(source, "PD0504", 5, 3);
    }
}
