using PlanDsl.Compiler.Syntax;
using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Framework;

/// <summary>
/// Lint levels, by rule or code, from the catalog's <c>lint</c> section and <c>plandsl.lint.json</c> beside
/// it, shown on the credit-ladder rule: a ladder whose credit falls is PD0820, a warning, on line 6.
/// </summary>
public sealed class LintSettingsTests
{
    private const string Ladder = """
        plan basic {
          credits {
            | uptime below | credit |
            | 99.5%        | 10%    |
            | 99.0%        | 5%     |
          }
        }
        """;

    private const string Falling = "x.plan(6,22): warning PD0820: credit falls as uptime falls: at 98.9 % uptime the credit is 5 %, less than the 10 % at 99.4 %";

    private static string Catalog(string lint = "") =>
        "catalog c \"C\" {" + (lint.Length == 0 ? " }" : "\n  lint {\n" + lint + "\n  }\n}") + "\n" + Ladder;

    private static CompilationResult WithConfig(string json, string lint = "") =>
        Workspace.CompileSources(new SourceFile("dir/catalog.plan", Catalog(lint)), new SourceFile("dir/plandsl.lint.json", json));

    [Fact]
    public void Without_settings_the_finding_has_its_default_severity()
    {
        var result = Compile(Catalog());

        Assert.Equal(new[] { Falling }, result.Lines());
        Assert.Single(result.Catalogs);
    }

    [Theory]
    [InlineData("credit ladder: off")]
    [InlineData("credit_ladder: off")]
    [InlineData("Credit Ladder: OFF")]
    [InlineData("PD0820: off")]
    [InlineData("pd0820: off")]
    public void A_lint_section_turns_the_rule_or_its_code_off(string setting)
    {
        var result = Compile(Catalog("    " + setting));

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Catalogs);
    }

    [Fact]
    public void A_code_set_to_error_makes_the_finding_an_error_and_the_catalog_is_not_returned()
    {
        var result = Compile(Catalog("    PD0820: error"));

        Assert.Equal(new[] { Falling.Replace("x.plan(6,22): warning", "x.plan(10,22): error") }, result.Lines());
        Assert.Empty(result.Catalogs);
    }

    [Fact]
    public void A_codes_own_setting_wins_over_its_rules()
    {
        var result = Compile(Catalog("    credit ladder: off\n    PD0820: warning"));

        Assert.Equal(new[] { Falling.Replace("x.plan(6,", "x.plan(11,") }, result.Lines());
    }

    [Fact]
    public void The_config_file_beside_the_catalog_sets_levels()
    {
        var result = WithConfig("""{ "rules": { "credit-ladder": "error" } }""");

        Assert.Equal(new[] { Falling.Replace("x.plan(6,22): warning", "dir/catalog.plan(6,22): error") }, result.Lines());
        Assert.Empty(result.Catalogs);
    }

    [Fact]
    public void The_catalogs_lint_section_overrides_the_config_file()
    {
        var result = WithConfig("""{ "rules": { "credit-ladder": "error" } }""", "    credit ladder: warning");

        Assert.Equal(new[] { Falling.Replace("x.plan(6,", "dir/catalog.plan(10,") }, result.Lines());
        Assert.Single(result.Catalogs);
    }

    [Fact]
    public void A_config_file_in_another_folder_does_not_apply()
    {
        var result = Workspace.CompileSources(new SourceFile("dir/catalog.plan", Catalog()), new SourceFile("other/plandsl.lint.json", """{ "rules": { "credit-ladder": "off" } }"""));

        Assert.Equal(new[] { Falling.Replace("x.plan", "dir/catalog.plan") }, result.Lines());
    }

    [Fact]
    public void An_unknown_rule_in_the_lint_section_is_PD0801_with_did_you_mean()
    {
        var result = Compile(Catalog("    credit ladders: off"));

        Assert.Contains("x.plan(3,5): warning PD0801: 'credit ladders' is not an analysis rule or code; did you mean 'credit-ladder'?", result.Lines());
        Assert.Contains(result.Lines(), l => l.Contains("PD0820"));
    }

    [Fact]
    public void An_unknown_rule_in_the_config_file_is_PD0801_at_its_name()
    {
        var result = WithConfig("""
            {
              "rules": { "coverage-rule": "off" }
            }
            """);

        Assert.Contains("dir/plandsl.lint.json(2,14): warning PD0801: 'coverage-rule' is not an analysis rule or code; did you mean 'coverage-rules'?", result.Lines());
    }

    [Fact]
    public void A_bad_level_is_PD0802_an_error()
    {
        var result = Compile(Catalog("    credit ladder: loud"));

        Assert.Contains("x.plan(3,20): error PD0802: 'loud' is not a lint level: write error, warning or off", result.Lines());
        Assert.Empty(result.Catalogs);
    }

    [Fact]
    public void A_bad_level_in_the_config_file_is_PD0802_at_the_level()
    {
        var result = WithConfig("""{ "rules": { "credit-ladder": 3 } }""");

        Assert.Contains("dir/plandsl.lint.json(1,31): error PD0802: '3' is not a lint level: write error, warning or off", result.Lines());
    }

    [Fact]
    public void A_malformed_config_file_is_PD0805_at_the_line_and_column_where_it_goes_wrong()
    {
        var result = WithConfig("""
            {
              "rules": {
                "credit-ladder": "off"
                "completeness": "off"
              }
            }
            """);

        var bad = Assert.Single(result.Diagnostics, d => d.Code == "PD0805");
        Assert.Equal(("dir/plandsl.lint.json", 4, 5), (bad.Span.Path, bad.Span.Line, bad.Span.Column));
        Assert.True(bad.IsError);
        Assert.Empty(result.Catalogs);
    }

    [Fact]
    public void The_column_of_PD0805_counts_characters_not_bytes()
    {
        var result = WithConfig("""{ "rules": { "é": "off" "x": "off" } }""");

        var bad = Assert.Single(result.Diagnostics, d => d.Code == "PD0805");
        Assert.Equal((1, 25), (bad.Span.Line, bad.Span.Column));
    }

    [Fact]
    public void A_config_file_that_is_not_an_object_is_PD0805_at_its_first_token()
    {
        var result = WithConfig("\n  [ \"credit-ladder\" ]");

        Assert.Contains("dir/plandsl.lint.json(2,3): error PD0805: expected '{'", result.Lines());
    }

    [Fact]
    public void A_config_file_with_an_unknown_section_is_PD0805()
    {
        var result = WithConfig("""{ "rule": { "credit-ladder": "off" } }""");

        Assert.Contains("dir/plandsl.lint.json(1,3): error PD0805: unknown setting 'rule'; expected \"rules\"", result.Lines());
    }
}
