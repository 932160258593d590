using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Coverage;

public class CoverageEvaluatorTests
{
    private static CoverageResult Evaluate(string catalog, string plan, Dictionary<string, object?> attributes, string? language = null)
    {
        var c = Seeds.Catalog(catalog);
        return CoverageEvaluator.Evaluate(c, c.FindPlan(plan)!.Current, attributes, language);
    }

    [Fact]
    public void Kolmisoft_a_bug_on_a_latest_version_is_included()
    {
        // Enterprise: its work lists do not name 'helping'; the catalog's "not done" rule does not apply;
        // "cause = bug and latest_version" does.
        var result = Evaluate("kolmisoft", "enterprise", new() { ["work"] = "helping", ["cause"] = "bug", ["latest_version"] = true });
        Assert.Equal(CoverageVerdict.Included, result.Verdict);
        Assert.Equal(CoverageReasonKind.RuleText, result.Reason!.Kind);
        Assert.StartsWith("If the problem is caused by a bug", result.Reason.Title);
        Assert.Equal("catalog", result.Rule!.Origin);
        Assert.Equal(3, result.RuleIndex);        // after enterprise's included and its excluded list, and "not done"
        Assert.Contains("cause = bug and latest_version", result.RuleDescription);
        Assert.False(result.Provisional);
        Assert.Null(result.Rate);
    }

    [Fact]
    public void Kolmisoft_a_bug_on_an_old_version_is_billable()
    {
        var result = Evaluate("kolmisoft", "free", new() { ["work"] = "helping", ["cause"] = "bug", ["latest_version"] = false });
        Assert.Equal(CoverageVerdict.Billable, result.Verdict);
    }

    [Fact]
    public void Kolmisoft_misconfiguration_is_billable_at_100_EUR_an_hour()
    {
        var result = Evaluate("kolmisoft", "free", new() { ["work"] = "helping", ["cause"] = "misconfiguration", ["latest_version"] = true });
        Assert.Equal(CoverageVerdict.Billable, result.Verdict);
        Assert.Equal(new Money(100m, "EUR"), result.Rate!.Amount);
        Assert.Equal(PriceKind.Hourly, result.Rate.Kind);
        Assert.StartsWith("In all other cases (misconfiguration", result.Reason!.Title);
        Assert.Null(result.Rule!.Condition);   // otherwise
        Assert.Equal(3, result.RuleIndex);
    }

    [Fact]
    public void Kolmisoft_misconfiguration_without_the_work_is_billable_but_provisional()
    {
        // Without 'work', "work in not_done" and "work in paid_services" are unknown and passed over:
        // the verdict is the same, and the result says which rules could not be judged.
        var result = Evaluate("kolmisoft", "free", new() { ["cause"] = "misconfiguration" });
        Assert.Equal(CoverageVerdict.Billable, result.Verdict);
        Assert.True(result.Provisional);
        Assert.Equal(new[] { 0, 2 }, result.UnknownRules.Select(u => u.Index));
        Assert.Equal(new[] { "work" }, result.MissingAttributes);
        Assert.Contains("does not give work", result.UnknownRules[0].Describe());
    }

    [Fact]
    public void Kolmisoft_SNMP_configuration_is_refused()
    {
        var result = Evaluate("kolmisoft", "premium", new() { ["work"] = "snmp" });
        Assert.Equal(CoverageVerdict.Refused, result.Verdict);
        Assert.Equal("Jobs NOT done by Kolmisoft", result.Reason!.Title);
        Assert.Equal("catalog", result.Rule!.Origin);
    }

    [Fact]
    public void Kolmisoft_premium_custom_development_is_excluded_with_the_items_text()
    {
        var result = Evaluate("kolmisoft", "premium", new() { ["work"] = "custom_development", ["cause"] = "bug", ["latest_version"] = true });
        Assert.Equal(CoverageVerdict.Excluded, result.Verdict);
        Assert.Equal(new CoverageReason(CoverageReasonKind.WorkItem, "custom_development", "Custom development",
            "no additional functionality programming is included. It can be ordered separately."), result.Reason);
        Assert.Equal("plan premium work lists", result.Rule!.Origin);
        Assert.Equal(1, result.RuleIndex);
    }

    [Fact]
    public void Kolmisoft_basic_includes_helping_before_any_catalog_rule()
    {
        var result = Evaluate("kolmisoft", "basic", new() { ["work"] = "helping", ["cause"] = "misconfiguration" });
        Assert.Equal(CoverageVerdict.Included, result.Verdict);
        Assert.Equal(("helping", "Helping to solve problems"), (result.Reason!.Ref, result.Reason.Title));
        Assert.Equal(0, result.RuleIndex);
    }

    [Fact]
    public void Kolmisoft_paid_services_are_billable()
    {
        var result = Evaluate("kolmisoft", "basic", new() { ["work"] = "data_migration", ["cause"] = "other", ["latest_version"] = true });
        Assert.Equal(CoverageVerdict.Billable, result.Verdict);
        Assert.Equal("More examples of paid services", result.Reason!.Title);
        Assert.Equal(100m, result.Rate!.Amount.Amount);
    }

    [Fact]
    public void Domo_a_request_from_an_unauthorized_contact_is_refused_with_the_obligation()
    {
        var result = Evaluate("domo", "gold", new() { ["from_authorized_contact"] = false, ["obligations_current"] = true });
        Assert.Equal(CoverageVerdict.Refused, result.Verdict);
        Assert.Equal((CoverageReasonKind.Obligation, "authorized_support_contacts", "Authorized support contacts"), (result.Reason!.Kind, result.Reason.Ref, result.Reason.Title));
        Assert.StartsWith("The Subscriber will designate", result.Reason.Text);
    }

    [Fact]
    public void Domo_reasons_in_french()
    {
        var result = Evaluate("domo", "gold", new() { ["from_authorized_contact"] = false }, "fr");
        Assert.Equal("Contacts d'assistance autorisés", result.Reason!.Title);
        Assert.StartsWith("L'Abonné désignera", result.Reason.Text);
    }

    [Fact]
    public void Domo_in_good_standing_from_an_authorized_contact_is_undecided()
    {
        var result = Evaluate("domo", "gold", new() { ["from_authorized_contact"] = true, ["obligations_current"] = true });
        Assert.Equal(CoverageVerdict.Undecided, result.Verdict);
        Assert.Null(result.Rule);
        Assert.Empty(result.UnknownRules);
    }

    [Fact]
    public void Domo_without_the_contact_fact_is_not_refused_for_it()
    {
        // not (from_authorized_contact) with the attribute missing is unknown, not true.
        var result = Evaluate("domo", "gold", new() { ["obligations_current"] = false });
        Assert.Equal(CoverageVerdict.Refused, result.Verdict);
        Assert.Equal("good_standing", result.Reason!.Ref);
        Assert.True(result.Provisional);
        Assert.Equal(new[] { "from_authorized_contact" }, result.MissingAttributes);

        var nothing = Evaluate("domo", "gold", new());
        Assert.Equal(CoverageVerdict.Undecided, nothing.Verdict);
        Assert.Equal(new[] { "from_authorized_contact", "obligations_current" }, nothing.MissingAttributes);
    }

    [Fact]
    public void Oktawave_basic_support_excludes_system_administration()
    {
        var result = Evaluate("oktawave", "podstawowy", new() { ["work"] = "administracja_systemow" });
        Assert.Equal(CoverageVerdict.Excluded, result.Verdict);
        Assert.Equal("Zadania związane z administracją systemami operacyjnymi", result.Reason!.Title);
        Assert.Equal("Operating-system administration tasks", Evaluate("oktawave", "podstawowy", new() { ["work"] = "administracja_systemow" }, "en").Reason!.Title);
    }

    [Fact]
    public void Oktawave_hosting_panels_stay_undecided()
    {
        Assert.Equal(CoverageVerdict.Undecided, Evaluate("oktawave", "gold", new() { ["work"] = "panele_hostingowe" }).Verdict);
    }
}
