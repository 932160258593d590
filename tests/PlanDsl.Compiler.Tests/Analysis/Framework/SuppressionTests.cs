using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Framework;

/// <summary>Suppression comments: one finding on the next line, with a reason; unused ones are reported.</summary>
public sealed class SuppressionTests
{
    /// <summary>Two findings of credit-ladder: PD0820 on line 7 (the 5 % row) and PD0823 on line 8 (the 150 % row).</summary>
    private static string Catalog(string beforeFallingRow = "", string beforeCapRow = "") => $$"""
        catalog c "C" { }
        plan basic {
          credits {
            | uptime below | credit |
            | 99.5%        | 10%    |
        {{beforeFallingRow}}
            | 99.0%        | 5%     |
        {{beforeCapRow}}
            | 98.0%        | 150%   |
          }
        }
        """;

    [Fact]
    public void Without_a_suppression_both_findings_are_reported()
    {
        var result = Compile(Catalog());

        Assert.Equal(new[] { "PD0820", "PD0823" }, result.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("credit-ladder")]
    [InlineData("PD0820")]
    [InlineData("credit_ladder, PD0823")]
    public void A_suppression_with_a_reason_removes_exactly_the_finding_on_the_next_line(string names)
    {
        var result = Compile(Catalog($"    // plandsl-disable-next-line {names} -- the vendor's table says so"));

        var remaining = Assert.Single(result.Diagnostics);
        Assert.Equal(("PD0823", 9), (remaining.Code, remaining.Span.Line));
    }

    [Fact]
    public void A_suppression_skips_blank_and_comment_lines_to_the_next_line()
    {
        var result = Compile(Catalog("    // plandsl-disable-next-line PD0820 -- why\n\n    // a note on the row"));

        Assert.Equal(new[] { "PD0823" }, result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_suppression_of_another_code_leaves_the_finding()
    {
        var result = Compile(Catalog("    // plandsl-disable-next-line PD0823 -- wrong line"));

        Assert.Equal(new[]
        {
            "x.plan(6,5): warning PD0804: nothing on the next line is reported by 'PD0823'; remove the suppression",
            "x.plan(7,22): warning PD0820: credit falls as uptime falls: at 98.9 % uptime the credit is 5 %, less than the 10 % at 99.4 %",
            "x.plan(9,22): warning PD0823: at 97.9 % uptime the credit is 150 % of the fee and the ladder states no cap; write 'cap: 150%' if that is meant",
        }, result.Lines());
    }

    [Fact]
    public void A_suppression_without_a_reason_is_PD0803()
    {
        var result = Compile(Catalog("    // plandsl-disable-next-line PD0820"));

        Assert.Equal(new[]
        {
            "x.plan(6,5): warning PD0803: say why the finding is suppressed: '// plandsl-disable-next-line <rule> -- <reason>'",
            "x.plan(9,22): warning PD0823: at 97.9 % uptime the credit is 150 % of the fee and the ladder states no cap; write 'cap: 150%' if that is meant",
        }, result.Lines());
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_PD0804()
    {
        var result = Compile("// plandsl-disable-next-line credit-ladder -- nothing to excuse\ncatalog c \"C\" { }\n");

        Assert.Equal(new[] { "x.plan(1,1): warning PD0804: nothing on the next line is reported by 'credit-ladder'; remove the suppression" }, result.Lines());
    }

    [Theory]
    [InlineData("credit ladder: off", "credit-ladder")]
    [InlineData("PD0820: off", "PD0820")]
    public void A_suppression_of_a_rule_that_is_turned_off_is_not_reported_as_unused(string setting, string name)
    {
        var source = Catalog($"    // plandsl-disable-next-line {name} -- kept as published")
            .Replace("catalog c \"C\" { }", "catalog c \"C\" {\n  lint { " + setting + " }\n}");

        var result = Compile(source);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PD0804");
    }

    [Fact]
    public void A_suppression_of_an_unknown_rule_is_PD0801_with_did_you_mean()
    {
        var result = Compile(Catalog("    // plandsl-disable-next-line credit-ladders -- typo"));

        Assert.Contains("x.plan(6,5): warning PD0801: 'credit-ladders' is not an analysis rule or code; did you mean 'credit-ladder'?", result.Lines());
        Assert.Contains(result.Diagnostics, d => d.Code == "PD0820");
    }

    [Fact]
    public void A_suppressed_finding_set_to_error_does_not_make_the_catalog_fail()
    {
        var source = Catalog("    // plandsl-disable-next-line PD0820 -- kept as published", "    // plandsl-disable-next-line PD0823 -- kept as published")
            .Replace("catalog c \"C\" { }", "catalog c \"C\" {\n  lint { credit ladder: error }\n}");

        var result = Compile(source);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Catalogs);
    }
}
