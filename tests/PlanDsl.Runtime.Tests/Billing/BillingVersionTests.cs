using NodaTime;
using PlanDsl.Runtime.Billing;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Billing;

public class BillingVersionTests
{
    private static readonly PlanModel Plan = Seeds.Compile("""
        catalog v "Versions" {
          currency: EUR
          timezone: "Europe/Warsaw"
        }

        plan p "P" {
          effective: 2026-01-01
          prices {
            base "Base": 100 EUR per month
          }
        }

        plan p "P" {
          effective: 2026-07-01
          prices {
            base "Base": 150 EUR per month
          }
        }
        """).FindPlan("p")!;

    private static decimal Fee(PlanVersion v) => v.Prices[0].Amount.Amount;

    [Fact]
    public void A_month_uses_the_version_in_force_on_its_first_day()
    {
        Assert.Equal(100m, Fee(BillingVersion.For(Plan, new YearMonth(2026, 6))));
        Assert.Equal(150m, Fee(BillingVersion.For(Plan, new YearMonth(2026, 7))));
    }

    [Fact]
    public void Without_a_month_a_date_or_else_the_latest_version()
    {
        Assert.Equal(100m, Fee(BillingVersion.For(Plan, null, new LocalDate(2026, 6, 30))));
        Assert.Equal(150m, Fee(BillingVersion.For(Plan, null)));
    }

    [Fact]
    public void Before_the_first_version_is_an_error() =>
        Assert.Equal("month", Assert.Throws<BillingInputException>(() => BillingVersion.For(Plan, new YearMonth(2025, 12))).Field);
}
