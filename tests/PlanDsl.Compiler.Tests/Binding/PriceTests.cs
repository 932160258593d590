using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>A plan's prices: the kind of price each written form is, its amount, unit and period.</summary>
public sealed class PriceTests
{
    private static PriceModel PriceOf(string written, string currency = "EUR")
    {
        var catalog = Catalog($$"""
            catalog c "C" { currency: {{currency}} }
            plan p {
              prices {
                fee "The fee": {{written}}
              }
            }
            """);
        return Assert.Single(catalog.Plan("p").Prices);
    }

    [Fact]
    public void A_fee_per_period_is_recurring()
    {
        var price = PriceOf("300.00 EUR per month");
        Assert.Equal(new PriceModel("fee", Text(("en", "The fee")), PriceKind.Recurring, new Money(300.00m, "EUR"), null, "month"), price);
        Assert.Equal("300.00 EUR per month", price.Describe());
    }

    [Fact]
    public void A_fee_per_unit_per_period_is_per_unit_recurring()
    {
        var price = PriceOf("150.00 EUR per instance per month");
        Assert.Equal((PriceKind.PerUnitRecurring, new Money(150.00m, "EUR"), "instance", "month"), (price.Kind, price.Amount, price.Unit, price.Period));
    }

    [Theory]
    [InlineData("100 EUR/h")]
    [InlineData("100 EUR per hour")]
    public void A_rate_per_hour_is_hourly(string written)
    {
        var price = PriceOf(written);
        Assert.Equal((PriceKind.Hourly, new Money(100m, "EUR"), (string?)null, "hour"), (price.Kind, price.Amount, price.Unit, price.Period));
        Assert.Equal("100 EUR/h", price.Describe());
    }

    [Fact]
    public void A_price_per_unit_per_hour_is_metered()
    {
        var price = PriceOf("0.0002 EUR per GB per hour");
        Assert.Equal((PriceKind.Metered, new Money(0.0002m, "EUR"), "GB", "hour"), (price.Kind, price.Amount, price.Unit, price.Period));
    }

    [Fact]
    public void An_amount_alone_is_one_off()
    {
        var price = PriceOf("500 EUR");
        Assert.Equal((PriceKind.OneOff, new Money(500m, "EUR"), (string?)null, (string?)null), (price.Kind, price.Amount, price.Unit, price.Period));
    }

    [Fact]
    public void A_price_per_unit_without_period()
    {
        var price = PriceOf("5 EUR per device");
        Assert.Equal((PriceKind.PerUnit, "device", (string?)null), (price.Kind, price.Unit, price.Period));
    }

    [Fact]
    public void A_price_without_currency_takes_the_catalog_currency()
    {
        var price = PriceOf("20 per month", "PLN");
        Assert.Equal((PriceKind.Recurring, new Money(20m, "PLN")), (price.Kind, price.Amount));
    }

    [Fact]
    public void A_price_without_a_label_is_titled_by_its_name()
    {
        var catalog = Catalog("""
            catalog c "C" { currency: EUR }
            plan p {
              prices {
                base_fee: 10 EUR per month
              }
            }
            """);
        Assert.Equal(Text(("en", "base_fee")), Assert.Single(catalog.Plan("p").Prices).Title);
    }

    [Fact]
    public void An_unknown_currency_is_PD0403_with_a_suggestion()
    {
        const string source = """
            catalog c "C" { }
            plan p {
              prices {
                fee: 100 EUO per month
              }
            }
            """;
        var d = Reports(source, "PD0403", 4, 14);
        Assert.Equal("'EUO' is not an ISO 4217 currency code; did you mean 'EUR'?", d.Message);
    }

    [Fact]
    public void An_unknown_catalog_currency_is_PD0403()
    {
        const string source = """
            catalog c "C" {
              currency: ZLT
            }
            """;
        Reports(source, "PD0403", 2, 13);
    }

    [Fact]
    public void A_price_in_another_currency_than_the_catalog_is_warning_PD0405_and_keeps_its_currency()
    {
        const string source = """
            catalog c "C" { currency: PLN }
            plan p {
              prices {
                fee: 100 EUR/h
              }
            }
            """;
        var result = Compile(source);
        var d = result.Reports("PD0405", 4, 14);
        Assert.False(d.IsError);
        Assert.Equal("price in EUR while the catalog's currency is PLN", d.Message);
        Assert.Equal(new Money(100m, "EUR"), Assert.Single(CatalogOf(result).Plan("p").Prices).Amount);
    }

    [Fact]
    public void A_price_without_currency_in_a_catalog_without_one_is_PD0406()
    {
        const string source = """
            catalog c "C" { }
            plan p {
              prices {
                fee: 100 per month
              }
            }
            """;
        Reports(source, "PD0406", 4, 10);
    }

    [Fact]
    public void A_price_given_again_in_a_child_replaces_the_inherited_one_by_name()
    {
        var catalog = Catalog("""
            catalog c "C" { currency: EUR }
            plan silver {
              prices {
                base: 100 EUR per month
                hourly: 80 EUR/h
              }
            }
            plan gold extends silver {
              prices { base: 150 EUR per month }
            }
            """);
        Assert.Equal(new[] { ("hourly", 80m), ("base", 150m) }, catalog.Plan("gold").Prices.Select(p => (p.Id, p.Amount.Amount)));
    }
}
