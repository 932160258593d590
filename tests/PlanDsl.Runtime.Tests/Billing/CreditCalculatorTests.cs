using PlanDsl.Runtime.Billing;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Billing;

/// <summary>
/// Oktawave's "Rekompensaty" (seed 004): below 99.8 - / - / 10 %, 99.6 - / 10 / 25 %, 99.4 10 / 25 / 50 %,
/// 99.2 50 / 75 / 100 %, 99.0 100 / 200 / 300 % (Silver / Gold / Platinum), of the monthly advanced
/// support fee: 300.00 PLN + 150 / 300 / 600 PLN per OCI. With 3 OCI: 750 / 1200 / 2100 PLN.
/// </summary>
public class CreditCalculatorTests
{
    private static readonly Dictionary<string, decimal> ThreeOci = new() { ["OCI"] = 3 };

    private static PlanVersion Oktawave(string plan) => Seeds.Catalog("oktawave").FindPlan(plan)!.Current;

    // 99.41 is below 99.8 and 99.6 but not below 99.4: Silver has no row above 99.4 (0 %),
    // Gold's lowest row it is below is 99.6 (10 %), Platinum's is 99.6 (25 %).
    // 98.7 is below every row: the 99.0 row wins.
    [Theory]
    [InlineData("silver", "99.41", null, null, "0", "750", "0.00")]
    [InlineData("gold", "99.41", "99.6", "10", "10", "1200", "120.00")]
    [InlineData("platinum", "99.41", "99.6", "25", "25", "2100", "525.00")]
    [InlineData("silver", "98.7", "99.0", "100", "100", "750", "750.00")]
    [InlineData("gold", "98.7", "99.0", "200", "200", "1200", "2400.00")]
    [InlineData("platinum", "98.7", "99.0", "300", "300", "2100", "6300.00")]
    public void Oktawave_credits_for_3_OCI(string plan, string uptime, string? below, string? credit, string percent, string fee, string amount)
    {
        var result = CreditCalculator.Calculate(Oktawave(plan), decimal.Parse(uptime), ThreeOci, "PLN");
        Assert.Equal(below is null ? null : new CreditStep(decimal.Parse(below), decimal.Parse(credit!)), result.Step);
        Assert.Equal(decimal.Parse(percent), result.Percent);
        Assert.Equal(decimal.Parse(fee), result.MonthlyFee!.Value.Amount);
        Assert.Equal(decimal.Parse(amount), result.Amount);
        Assert.Equal(amount, result.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("PLN", result.Currency);
        Assert.False(result.Capped);
    }

    [Theory]
    [InlineData("99.4", "0")]     // not strictly below 99.4
    [InlineData("99.39", "10")]
    [InlineData("99.2", "10")]
    [InlineData("99.19999", "50")]
    [InlineData("99.0", "50")]
    [InlineData("0", "100")]
    [InlineData("100", "0")]
    public void Thresholds_are_strict(string uptime, string percent) =>
        Assert.Equal(decimal.Parse(percent), CreditCalculator.Calculate(Oktawave("silver"), decimal.Parse(uptime), ThreeOci).Percent);

    [Fact]
    public void The_cap_limits_the_percentage()
    {
        var catalog = Seeds.Compile(TestCatalog.Text);
        var version = catalog.FindPlan("p")!.Current;
        // Below 99 % the ladder says 50 %; the cap is 25 %. The fee is 120 EUR per year = 10 EUR a month
        // plus 2 seats × 2.50 EUR per seat per day × 30 days (April) = 150 EUR: 160 EUR; 25 % = 40.00.
        var result = CreditCalculator.Calculate(version, 98m, new Dictionary<string, decimal> { ["seat"] = 2 }, catalog.Currency, new NodaTime.YearMonth(2026, 4));
        Assert.Equal(50m, result.LadderPercent);
        Assert.Equal(25m, result.Percent);
        Assert.True(result.Capped);
        Assert.Equal(160m, result.MonthlyFee!.Value.Amount);
        Assert.Equal(40.00m, result.Amount);
    }

    [Fact]
    public void A_plan_without_a_ladder_credits_nothing_and_says_so()
    {
        var result = CreditCalculator.Calculate(Oktawave("podstawowy"), 50m, null, "PLN");
        Assert.Equal(0m, result.Percent);
        Assert.Equal(0.00m, result.Amount);
        Assert.Null(result.Step);
        Assert.Equal("no credit ladder", result.Note);
    }

    [Fact]
    public void A_per_unit_fee_without_its_units_is_an_error_naming_the_unit()
    {
        var e = Assert.Throws<BillingInputException>(() => CreditCalculator.Calculate(Oktawave("gold"), 99m, null, "PLN"));
        Assert.Equal("units.OCI", e.Field);
        Assert.Contains("OCI", e.Message);
    }

    [Fact]
    public void A_unit_no_price_counts_is_an_error_naming_it()
    {
        var e = Assert.Throws<BillingInputException>(() =>
            CreditCalculator.Calculate(Oktawave("gold"), 99m, new Dictionary<string, decimal> { ["OCI"] = 3, ["VM"] = 2 }, "PLN"));
        Assert.Equal("units.VM", e.Field);
        Assert.Contains("OCI", e.Message);
    }

    [Fact]
    public void Unit_names_compare_ignoring_case() =>
        Assert.Equal(120.00m, CreditCalculator.Calculate(Oktawave("gold"), 99.5m, new Dictionary<string, decimal> { ["oci"] = 3 }).Amount);

    [Fact]
    public void An_uptime_outside_0_to_100_is_an_error() =>
        Assert.Equal("uptime", Assert.Throws<BillingInputException>(() => CreditCalculator.Calculate(Oktawave("gold"), 100.5m, ThreeOci)).Field);

    [Fact]
    public void Amounts_round_half_away_from_zero()
    {
        // Gold with 0.5 OCI: fee 450 PLN; at 99.5 % (10 %) 45.00. With 0.0125 OCI: fee 303.75; 10 % = 30.375 → 30.38.
        Assert.Equal(30.38m, CreditCalculator.Calculate(Oktawave("gold"), 99.5m, new Dictionary<string, decimal> { ["OCI"] = 0.0125m }).Amount);
    }

    [Fact]
    public void The_step_agrees_with_the_models_own_ladder_reading()
    {
        foreach (var plan in new[] { "silver", "gold", "platinum" })
            for (var u = 97.0m; u <= 100m; u += 0.05m)
                Assert.Equal(Oktawave(plan).Credits!.CreditFor(u), CreditCalculator.Calculate(Oktawave(plan), u, ThreeOci).Percent);
    }
}
