using PlanDsl.Runtime.Billing;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Billing;

public class QuotaUsageTests
{
    private static QuotaLine Quota(string catalog, string plan, string entitlement, long used)
    {
        var c = Seeds.Catalog(catalog);
        return Assert.Single(QuotaUsage.For(c, c.FindPlan(plan)!.Current, new Dictionary<string, long> { [entitlement] = used }));
    }

    [Theory]
    [InlineData("silver", 5, 3, 3, 0)]
    [InlineData("silver", 5, 7, 5, 2)]
    [InlineData("gold", 15, 15, 15, 0)]
    [InlineData("gold", 15, 17, 15, 2)]
    [InlineData("platinum", 40, 41, 40, 1)]
    public void Oktawave_tickets_this_month(string plan, long included, long used, long includedUsed, long over)
    {
        var quota = Quota("oktawave", plan, "limit_zgloszen", used);
        Assert.Equal((included, includedUsed, over, "month"), (quota.Included!.Value, quota.IncludedUsed, quota.Over, quota.Period));
    }

    [Fact]
    public void Unlimited_is_never_over()
    {
        var quota = Quota("oktawave", "platinum", "osoby_kontaktowe", 1_000_000);
        Assert.True(quota.Unlimited);
        Assert.Null(quota.Included);
        Assert.Equal(0, quota.Over);
    }

    [Fact]
    public void Domo_authorized_contacts()
    {
        var quota = Quota("domo", "gold", "authorized_contacts", 4);
        Assert.Equal((3L, 1L, ExtraPolicy.None), (quota.Included!.Value, quota.Over, quota.Extra));
    }

    [Fact]
    public void An_entitlement_the_plan_does_not_grant_includes_none()
    {
        // Domo Standard has no private training sessions.
        var quota = Quota("domo", "standard", "private_training", 2);
        Assert.False(quota.Granted);
        Assert.Equal((0L, 2L), (quota.Included!.Value, quota.Over));
    }

    [Fact]
    public void Ombori_devices_say_what_more_costs()
    {
        Assert.Equal(ExtraPolicy.NotAllowed, Quota("ombori", "free", "devices", 4).Extra);
        Assert.Equal(ExtraPolicy.Billed, Quota("ombori", "production", "devices", 65).Extra);
        Assert.Equal(5, Quota("ombori", "production", "devices", 65).Over);
    }
}
