using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Billing;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Coverage;

public class TicketFactsTests
{
    private static readonly ResolvedCatalog Catalog = Seeds.Compile(TestCatalog.Text);

    [Theory]
    [InlineData("colur", "red", "not declared")]
    [InlineData("size", "five", "a number")]
    [InlineData("urgent", 1, "yes/no")]
    [InlineData("colour", "green", "not one of red, blue")]
    [InlineData("effort", "4 hours", "ISO-8601")]
    [InlineData("since", "05.10.2026", "2026-10-05")]
    [InlineData("budget", "100", "100.00 EUR")]
    [InlineData("remark", 3, "a text")]
    public void A_value_that_does_not_fit_is_an_error_naming_the_attribute(string name, object value, string hint)
    {
        var e = Assert.Throws<CoverageInputException>(() => TicketFacts.From(Catalog, new Dictionary<string, object?> { [name] = value }));
        Assert.Equal(name, e.Attribute);
        Assert.Contains($"'{name}'", e.Message);
        Assert.Contains(hint, e.Message);
    }

    [Fact]
    public void Accepted_forms()
    {
        var facts = TicketFacts.From(Catalog, new Dictionary<string, object?>
        {
            ["urgent"] = "yes", ["size"] = 3, ["remark"] = "x", ["effort"] = NodaTime.Duration.FromHours(1),
            ["since"] = new NodaTime.LocalDate(2026, 1, 1), ["budget"] = new Money(5, "EUR"), ["colour"] = "blue",
        });
        Assert.Equal(7, facts.Names.Count);
        Assert.True(facts.TryGet("urgent", out var urgent) && urgent.Flag);
    }

    [Fact]
    public void A_severity_may_be_given_by_number_or_alias()
    {
        var ombori = Seeds.Catalog("ombori");
        Assert.True(TicketFacts.From(ombori, new Dictionary<string, object?> { ["severity"] = "Level 1" }).TryGet("severity", out var byAlias));
        Assert.Equal("critical", byAlias.Text);
        Assert.True(TicketFacts.From(ombori, new Dictionary<string, object?> { ["severity"] = 2m }).TryGet("severity", out var byNumber));
        Assert.Equal("major", byNumber.Text);
    }

    [Fact]
    public void Built_in_work_must_be_a_declared_item()
    {
        var e = Assert.Throws<CoverageInputException>(() => TicketFacts.From(Seeds.Catalog("kolmisoft"), new Dictionary<string, object?> { ["work"] = "not_done" }));
        Assert.Equal("work", e.Attribute);
    }
}
