using NodaTime;
using PlanDsl.Runtime.Billing;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Billing;

public class CostCalculatorTests
{
    private static (ResolvedCatalog, PlanVersion) Plan(string catalog, string plan)
    {
        var c = Seeds.Catalog(catalog);
        return (c, c.FindPlan(plan)!.Current);
    }

    private static CostResult Cost(string catalog, string plan, BillingUsage usage)
    {
        var (c, v) = Plan(catalog, plan);
        return CostCalculator.Calculate(c, v, usage);
    }

    [Fact]
    public void Oktawave_gold_with_3_OCI_and_backup()
    {
        // 300.00 base + 3 × 300.00 per OCI + 720 000 GB-hours (1 000 GB for 720 h) × 0.0002 = 144.00: 1 344.00 PLN.
        var cost = Cost("oktawave", "gold", new BillingUsage(
            Units: new Dictionary<string, decimal> { ["OCI"] = 3 },
            Metered: new Dictionary<string, decimal> { ["GB-hours"] = 720_000 }));
        Assert.Collection(cost.Lines,
            l => Assert.Equal((InvoiceLineKind.Fee, "base_fee", "Opłata bazowa", 1m, "month", 300m, 300.00m), (l.Kind, l.Source, l.Description, l.Quantity, l.Unit, l.UnitPrice!.Value, l.Amount!.Value)),
            l => Assert.Equal((InvoiceLineKind.PerUnitFee, "per_oci", 3m, "OCI", 300m, 900.00m), (l.Kind, l.Source, l.Quantity, l.Unit, l.UnitPrice!.Value, l.Amount!.Value)),
            l => Assert.Equal((InvoiceLineKind.Metered, "backup", 720_000m, "GB-hours", 0.0002m, 144.00m), (l.Kind, l.Source, l.Quantity, l.Unit, l.UnitPrice!.Value, l.Amount!.Value)));
        Assert.Equal(1344.00m, cost.Total);
        Assert.Equal("1344.00", cost.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("PLN", cost.Currency);
        Assert.True(cost.Complete);
    }

    [Fact]
    public void Tickets_over_the_monthly_quota_are_a_line_without_an_amount()
    {
        // Gold: 15 tickets a month, the seed says nothing about more. 17 used: 2 over.
        var cost = Cost("oktawave", "gold", new BillingUsage(
            Units: new Dictionary<string, decimal> { ["OCI"] = 3 },
            Counts: new Dictionary<string, long> { ["limit_zgloszen"] = 17 }));
        var quota = Assert.Single(cost.Quotas);
        Assert.Equal((15L, 17L, 2L, "month"), (quota.Included!.Value, quota.Used, quota.Over, quota.Period));
        var extra = cost.Lines.Single(l => l.Kind == InvoiceLineKind.Extra);
        Assert.Equal((2m, InvoiceLineStatus.OverLimit), (extra.Quantity, extra.Status));
        Assert.Null(extra.Amount);
        Assert.Contains("15 per month included", extra.Note);
        Assert.Equal(1200.00m, cost.Total);
        Assert.False(cost.Complete);
    }

    [Fact]
    public void Oktawave_basic_support_shows_its_zero_price()
    {
        var line = Assert.Single(Cost("oktawave", "podstawowy", BillingUsage.None).Lines);
        Assert.Equal(("cena", 0.00m), (line.Source, line.Amount!.Value));
        Assert.Equal("0.00", line.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ombori_production_with_65_devices_bills_5_separately_at_no_stated_price()
    {
        var cost = Cost("ombori", "production", new BillingUsage(Counts: new Dictionary<string, long> { ["devices"] = 65 }));
        var line = Assert.Single(cost.Lines);
        Assert.Equal((InvoiceLineKind.Extra, "devices", "Devices", 5m, InvoiceLineStatus.PriceNotStated), (line.Kind, line.Source, line.Description, line.Quantity, line.Status));
        Assert.Null(line.Amount);
        Assert.Null(line.UnitPrice);
        Assert.Contains("billed separately, price not stated", line.Note);
        Assert.Equal(0.00m, cost.Total);
        Assert.Null(cost.Currency);           // Ombori states no prices and no currency
        Assert.False(cost.Complete);
    }

    [Fact]
    public void Ombori_free_allows_no_more_than_3_devices()
    {
        var line = Assert.Single(Cost("ombori", "free", new BillingUsage(Counts: new Dictionary<string, long> { ["devices"] = 5 })).Lines);
        Assert.Equal((2m, InvoiceLineStatus.NotAllowed), (line.Quantity, line.Status));
        Assert.Contains("not allowed", line.Note);
    }

    [Fact]
    public void Within_the_included_quantity_there_is_no_line()
    {
        var cost = Cost("ombori", "enterprise", new BillingUsage(Counts: new Dictionary<string, long> { ["devices"] = 65 }));
        Assert.Empty(cost.Lines);
        Assert.Equal((500L, 0L), (cost.Quotas[0].Included!.Value, cost.Quotas[0].Over));
        Assert.True(cost.Complete);
    }

    [Fact]
    public void Kolmisoft_hourly_work()
    {
        // 2.5 h × 100 EUR/h = 250.00 EUR.
        var cost = Cost("kolmisoft", "basic", new BillingUsage(Hours: 2.5m));
        var line = Assert.Single(cost.Lines);
        Assert.Equal((InvoiceLineKind.Hourly, "hourly", "Hourly rate", 2.5m, "h", 100m, 250.00m), (line.Kind, line.Source, line.Description, line.Quantity, line.Unit, line.UnitPrice!.Value, line.Amount!.Value));
        Assert.Equal((250.00m, "EUR"), (cost.Total, cost.Currency));
    }

    [Fact]
    public void Without_hours_there_is_no_hourly_line()
    {
        var cost = Cost("kolmisoft", "basic", BillingUsage.None);
        Assert.Empty(cost.Lines);
        Assert.Equal(("EUR", 0.00m), (cost.Currency, cost.Total));
    }

    [Fact]
    public void Each_line_is_rounded_half_away_from_zero_then_summed()
    {
        // 12 125 GB-hours × 0.0002 = 2.425 → 2.43 (banker's rounding would give 2.42); 1 h 20 min = 1.3333… h
        // is not representable: 0.3333 h × 100 EUR/h = 33.33.
        var backup = Cost("oktawave", "gold", new BillingUsage(Units: new Dictionary<string, decimal> { ["OCI"] = 0 },
            Metered: new Dictionary<string, decimal> { ["GB-hours"] = 12_125 }));
        Assert.Equal(2.43m, backup.Lines.Single(l => l.Kind == InvoiceLineKind.Metered).Amount);
        Assert.Equal(302.43m, backup.Total);
        Assert.Equal(33.33m, Cost("kolmisoft", "free", new BillingUsage(Hours: 0.3333m)).Total);
    }

    [Fact]
    public void Yearly_and_daily_fees_are_made_monthly_and_priced_extras_are_charged()
    {
        var catalog = Seeds.Compile(TestCatalog.Text);
        var cost = CostCalculator.Calculate(catalog, catalog.FindPlan("p")!.Current, new BillingUsage(
            Units: new Dictionary<string, decimal> { ["seat"] = 3 },
            Counts: new Dictionary<string, long> { ["devices"] = 65, ["tickets"] = 1000 },
            Month: new YearMonth(2026, 2)));
        // 120 EUR a year / 12 = 10.00; 3 seats × 2.50 × 28 days = 210.00; 5 devices over 60 × 5 EUR = 25.00.
        Assert.Equal(new decimal?[] { 10.00m, 210.00m, 25.00m }, cost.Lines.Select(l => l.Amount));
        Assert.Equal(245.00m, cost.Total);
        Assert.Equal(InvoiceLineStatus.Charged, cost.Lines[2].Status);
        var tickets = cost.Quotas.Single(q => q.Entitlement == "tickets");
        Assert.True(tickets.Unlimited);
        Assert.Equal(0, tickets.Over);
        Assert.Contains(cost.Notes, n => n.Contains("setup"));
    }

    [Fact]
    public void A_daily_fee_needs_the_month()
    {
        var catalog = Seeds.Compile(TestCatalog.Text);
        var e = Assert.Throws<BillingInputException>(() => CostCalculator.Calculate(catalog, catalog.FindPlan("p")!.Current,
            new BillingUsage(Units: new Dictionary<string, decimal> { ["seat"] = 3 })));
        Assert.Equal("month", e.Field);
    }

    [Theory]
    [InlineData("units", "units.OCI")]
    [InlineData("unknown unit", "units.VM")]
    [InlineData("unknown meter", "metered.GB")]
    [InlineData("unknown entitlement", "counts.devicez")]
    [InlineData("not a count", "counts.backup")]
    [InlineData("negative", "units.OCI")]
    public void Bad_usage_is_an_error_naming_the_field(string problem, string field)
    {
        var usage = problem switch
        {
            "units" => BillingUsage.None,
            "unknown unit" => new BillingUsage(Units: new Dictionary<string, decimal> { ["OCI"] = 1, ["VM"] = 1 }),
            "unknown meter" => new BillingUsage(Units: new Dictionary<string, decimal> { ["OCI"] = 1 }, Metered: new Dictionary<string, decimal> { ["GB"] = 1 }),
            "unknown entitlement" => new BillingUsage(Units: new Dictionary<string, decimal> { ["OCI"] = 1 }, Counts: new Dictionary<string, long> { ["devicez"] = 1 }),
            "not a count" => new BillingUsage(Units: new Dictionary<string, decimal> { ["OCI"] = 1 }, Counts: new Dictionary<string, long> { ["backup"] = 1 }),
            _ => new BillingUsage(Units: new Dictionary<string, decimal> { ["OCI"] = -1 }),
        };
        Assert.Equal(field, Assert.Throws<BillingInputException>(() => Cost("oktawave", "gold", usage)).Field);
    }

    [Fact]
    public void Hours_on_a_plan_without_an_hourly_rate_are_an_error() =>
        Assert.Equal("hours", Assert.Throws<BillingInputException>(() => Cost("ombori", "production", new BillingUsage(Hours: 1))).Field);
}
