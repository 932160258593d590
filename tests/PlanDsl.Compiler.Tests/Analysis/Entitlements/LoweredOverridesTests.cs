using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Entitlements;

/// <summary>PD0850 (an inherited entitlement made worse without 'lowers:') and PD0851 ('lowers:' naming what is not lowered).</summary>
public class LoweredOverridesTests
{
    private const string Lowered = "PD0850";
    private const string NotLowered = "PD0851";

    private static string Catalog(string child) => $$"""
        catalog c "C" { }
        entitlements {
          devices "Devices": count
          phone "Phone support": yes/no
          contacts "Contacts": count
          level "Level": one of low "Low", high "High"
        }
        plan basic "Basic" {
          devices: 5
          phone: yes
          contacts: unlimited
          level: high
        }
        {{child}}
        """;

    [Fact]
    public void A_lower_count_in_a_plan_that_extends_is_reported_with_both_values()
    {
        var finding = Single(Catalog("""
            plan lite "Lite" extends basic {
              devices: 3
            }
            """), Lowered, 15, 3, "'devices' is 5 in basic and 3 in lite, which extends it: say 'lowers: devices' if that is intended");
        Assert.True(finding.IsError);
        var related = Assert.Single(finding.Related);
        Assert.Equal((9, 3), (related.Span.Line, related.Span.Column));
        Assert.Equal("5 in basic", related.Message);
    }

    [Theory]
    [InlineData("phone: no", "'phone' is yes in basic and no in lite, which extends it: say 'lowers: phone' if that is intended")]
    [InlineData("phone: -", "'phone' is yes in basic and not provided in lite, which extends it: say 'lowers: phone' if that is intended")]
    [InlineData("contacts: 10", "'contacts' is unlimited in basic and 10 in lite, which extends it: say 'lowers: contacts' if that is intended")]
    [InlineData("level: low", "'level' is high in basic and low in lite, which extends it: say 'lowers: level' if that is intended")]
    public void Removing_or_lowering_any_kind_of_value_is_reported(string line, string message)
    {
        Single(Catalog($$"""
            plan lite "Lite" extends basic {
              {{line}}
            }
            """), Lowered, 15, 3, message);
    }

    [Fact]
    public void Lowers_says_so()
    {
        None(Catalog("""
            plan lite "Lite" extends basic {
              lowers: devices, phone, contacts
              devices: 3
              phone: -
              contacts: 10
            }
            """), Lowered, NotLowered);
    }

    [Fact]
    public void A_better_or_equivalent_value_needs_nothing()
    {
        None(Catalog("""
            plan plus "Plus" extends basic {
              devices: 10 included, additional billed
              level: high
            }
            """), Lowered, NotLowered);
    }

    [Fact]
    public void A_later_version_that_lowers_is_reported_against_the_version_before_it()
    {
        Single("""
            catalog c "C" { }
            entitlements {
              devices "Devices": count
            }
            plan basic "Basic" {
              effective: 2026-01-01
              devices: 5
            }
            plan basic "Basic" {
              effective: 2026-07-01
              devices: 3
            }
            """, Lowered, 11, 3,
            "'devices' is 5 in basic from 2026-01-01 and 3 in basic from 2026-07-01, the version after it: say 'lowers: devices' if that is intended");
    }

    [Fact]
    public void A_value_written_in_a_matrix_is_an_override_too()
    {
        Single(Catalog("""
            plan lite "Lite" extends basic { }
            matrix "Devices" {
              | entitlement | lite |
              | devices     | 2    |
            }
            """), Lowered, 17, 19, "'devices' is 5 in basic and 2 in lite, which extends it: say 'lowers: devices' if that is intended");
    }

    [Fact]
    public void Lowers_naming_a_value_that_is_not_lower_is_reported_with_both_values()
    {
        Single(Catalog("""
            plan plus "Plus" extends basic {
              lowers: devices
              devices: 10
            }
            """), NotLowered, 15, 11, "'lowers' names 'devices', but 10 in plus is not lower than 5 in basic (more included)");
    }

    [Theory]
    [InlineData("plan plus \"Plus\" extends basic {\n  lowers: contacts\n}", "'lowers' names 'contacts', but plus does not state it")]
    [InlineData("plan plus \"Plus\" extends basic {\n  lowers: contacts\n  contacts: unlimited\n}", "'lowers' names 'contacts', but plus states the value it inherits (unlimited)")]
    [InlineData("plan own \"Own\" {\n  lowers: contacts\n  contacts: 1\n}", "'lowers' names 'contacts', but own inherits no value of it to lower")]
    public void Lowers_naming_what_the_plan_does_not_lower_is_reported(string child, string message)
    {
        Single(Catalog(child), NotLowered, 15, 11, message);
    }

    [Fact]
    public void Lowers_naming_no_entitlement_is_an_unknown_name()
    {
        var result = Compile(Catalog("""
            plan lite "Lite" extends basic {
              lowers: device
            }
            """));
        var finding = Assert.Single(result.Findings("PD0101"));
        Assert.Equal((15, 11), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("unknown entitlement 'device'", finding.Message);
    }
}
