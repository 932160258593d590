using System.Collections.Immutable;
using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>A plan's value of each type of entitlement, read and checked against the entitlement's type.</summary>
public sealed class EntitlementValueTests
{
    private const string Declarations = """
        catalog c "C" {
          currency: EUR
        }
        entitlements {
          remote "Remote": yes/no
          devices "Devices": count
          tickets "Tickets": count per month
          response "Average response": duration
          backup "Backup": money
          discount "Discount": percent
          contact "Contact": text
          updates "Updates": list
          priority "Priority": one of low "Low", normal "Normal", high "High"
          group education "Education" {
            training "Training": yes/no
          }
        }
        """;

    private static EntitlementValue ValueOf(string entitlement, string written) =>
        Catalog(Declarations + $"\nplan p {{\n  {entitlement}: {written}\n}}\n").Plan("p").Entitlement(entitlement)!;

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public void Yes_no(string written, bool flag)
    {
        Assert.Equal(EntitlementValue.YesNo(flag), ValueOf("remote", written));
        Assert.Equal(EntitlementValueKind.YesNo, ValueOf("remote", written).Kind);
    }

    [Fact]
    public void A_plain_count()
    {
        var value = ValueOf("devices", "5");
        Assert.Equal((EntitlementValueKind.Count, 5L, (string?)null, ExtraPolicy.None), (value.Kind, value.Count, value.Period, value.Extra));
    }

    [Fact]
    public void A_count_included_with_additional_billed()
    {
        var value = ValueOf("devices", "3 included, additional billed");
        Assert.Equal((EntitlementValueKind.Count, 3L, ExtraPolicy.Billed), (value.Kind, value.Count, value.Extra));
        Assert.Null(value.ExtraPrice);
        Assert.Equal("3 included, additional billed", value.Describe());
    }

    [Fact]
    public void A_count_included_with_additional_not_allowed()
    {
        var value = ValueOf("devices", "3 included, additional not allowed");
        Assert.Equal((3L, ExtraPolicy.NotAllowed), (value.Count, value.Extra));
    }

    [Fact]
    public void A_count_included_with_additional_at_a_per_unit_recurring_price()
    {
        var value = ValueOf("devices", "60 included, additional at 5 EUR per device per month");
        Assert.Equal((60L, ExtraPolicy.Priced), (value.Count, value.Extra));
        var price = value.ExtraPrice!;
        Assert.Equal(PriceKind.PerUnitRecurring, price.Kind);
        Assert.Equal(new Money(5m, "EUR"), price.Amount);
        Assert.Equal(("device", "month"), (price.Unit, price.Period));
        Assert.Equal("60 included, additional at 5 EUR per device per month", value.Describe());
    }

    [Fact]
    public void Unlimited_count()
    {
        var value = ValueOf("devices", "unlimited");
        Assert.Equal(EntitlementValueKind.Unlimited, value.Kind);
        Assert.Null(value.Period);
    }

    [Theory]
    [InlineData("15")]
    [InlineData("15 per month")]
    public void A_quota_may_restate_its_period(string written)
    {
        var value = ValueOf("tickets", written);
        Assert.Equal((EntitlementValueKind.Count, 15L, "month"), (value.Kind, value.Count, value.Period));
        Assert.Equal("15 per month", value.Describe());
    }

    [Fact]
    public void An_unlimited_quota_keeps_its_period()
    {
        var value = ValueOf("tickets", "unlimited");
        Assert.Equal((EntitlementValueKind.Unlimited, "month"), (value.Kind, value.Period));
    }

    [Fact]
    public void A_quota_in_another_period_is_PD0402()
    {
        const string source = Declarations + """

            plan p {
              tickets: 15 per week
            }
            """;
        var d = Reports(source, "PD0402", 19, 15);
        Assert.Contains("this quota is per month", d.Message);
    }

    [Fact]
    public void The_PD0402_message_quotes_the_unit_as_written()
    {
        const string source = Declarations + """

            plan p {
              tickets: 15 per week
            }
            """;
        Assert.Equal("unknown unit 'per week' (this quota is per month)", Reports(source, "PD0402", 19, 15).Message);
    }

    [Fact]
    public void A_unit_on_a_plain_count_is_PD0402()
    {
        const string source = Declarations + """

            plan p {
              devices: 15 per month
            }
            """;
        Reports(source, "PD0402", 19, 15);
    }

    [Fact]
    public void A_duration()
    {
        var value = ValueOf("response", "90 min");
        Assert.Equal(EntitlementValueKind.Duration, value.Kind);
        Assert.Equal(DurationSpec.Of(Minutes(90)), value.Duration);
        Assert.Equal("1 h 30 min", value.Describe());
    }

    [Fact]
    public void Money()
    {
        var value = ValueOf("backup", "300.00 EUR");
        Assert.Equal(EntitlementValueKind.Money, value.Kind);
        Assert.Equal(new Money(300.00m, "EUR"), value.Money);
    }

    [Fact]
    public void A_percentage()
    {
        var value = ValueOf("discount", "12.5%");
        Assert.Equal((EntitlementValueKind.Percent, 12.5m), (value.Kind, value.Percent));
    }

    [Fact]
    public void A_text()
    {
        var value = ValueOf("contact", "\"A named engineer\"");
        Assert.Equal(EntitlementValue.OfText(Text(("en", "A named engineer"))), value);
    }

    [Theory]
    [InlineData("\"Active tickets\", \"Metrics\"")]
    [InlineData("[\"Active tickets\", \"Metrics\"]")]
    public void A_list_with_or_without_brackets(string written)
    {
        var value = ValueOf("updates", written);
        Assert.Equal(EntitlementValueKind.List, value.Kind);
        Assert.Equal(new[] { "Active tickets", "Metrics" }, value.Items.Select(i => i.Get("en")));
    }

    [Fact]
    public void One_of_a_member()
    {
        var value = ValueOf("priority", "high");
        Assert.Equal((EntitlementValueKind.Choice, "high"), (value.Kind, value.Choice));
    }

    [Fact]
    public void An_unknown_member_is_PD0101_with_a_suggestion()
    {
        const string source = Declarations + """

            plan p {
              priority: hihg
            }
            """;
        var d = Reports(source, "PD0101", 19, 13);
        Assert.EndsWith("did you mean 'high'?", d.Message);
    }

    [Fact]
    public void A_dash_is_not_provided_for_any_type()
    {
        foreach (var id in new[] { "remote", "devices", "tickets", "response", "backup", "discount", "contact", "updates", "priority" })
            Assert.Equal(EntitlementValueKind.NotProvided, ValueOf(id, "-").Kind);
    }

    [Fact]
    public void An_entitlement_of_a_group_is_given_by_its_own_name()
    {
        var catalog = Catalog(Declarations + "\nplan p { training: yes }\n");
        Assert.Equal(EntitlementValue.YesNo(true), catalog.Plan("p").Entitlement("training"));
        var model = catalog.Entitlements.Single(e => e.Id == "training");
        Assert.Equal(("education", "Education"), (model.Group, model.GroupTitle.Get("en")));
    }

    [Fact]
    public void Values_in_an_entitlements_section_are_the_same_as_direct_ones()
    {
        var catalog = Catalog(Declarations + """

            plan p {
              entitlements {
                devices: 7
                remote: yes
              }
            }
            """);
        Assert.Equal(new[] { ("remote", "yes"), ("devices", "7") }, catalog.Plan("p").Entitlements.Select(e => (e.Entitlement, e.Value.Describe())));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_PD0401()
    {
        const string source = Declarations + """

            plan p {
              remote: 5
            }
            """;
        var d = Reports(source, "PD0401", 19, 11);
        Assert.Equal("entitlement 'remote' (yes/no) expects yes or no, not '5'", d.Message);
    }

    [Fact]
    public void A_fractional_count_is_PD0401()
    {
        const string source = Declarations + """

            plan p {
              devices: 2.5
            }
            """;
        Reports(source, "PD0401", 19, 12);
    }

    [Fact]
    public void A_text_for_a_duration_is_PD0401()
    {
        const string source = Declarations + """

            plan p {
              response: "fast"
            }
            """;
        Reports(source, "PD0401", 19, 13);
    }

    [Fact]
    public void An_unknown_entitlement_in_a_plan_is_PD0103_with_a_suggestion()
    {
        const string source = Declarations + """

            plan p {
              devics: 5
            }
            """;
        var d = Reports(source, "PD0103", 19, 3);
        Assert.EndsWith("did you mean 'devices'?", d.Message);
    }

    [Fact]
    public void Values_compare_by_their_canonical_form()
    {
        Assert.Equal(EntitlementValue.OfList(ImmutableArray.Create(Text(("en", "a")))), ValueOf("updates", "[\"a\"]"));
    }
}
