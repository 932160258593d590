using PlanDsl.Compiler.Formatting;

namespace PlanDsl.Compiler.Tests.Formatting;

/// <summary>The canonical style, rule by rule (docs/formatting.md).</summary>
public class PlanFormatterTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>Formats, checks the result is stable and keeps the comments and tokens, returns the text.</summary>
    private static string Fmt(string input)
    {
        var result = PlanFormatter.Format(input);
        Assert.Empty(result.SyntaxErrors.Select(d => d.ToMsBuildString()));
        Assert.Equal(input != result.Text, result.Changed);
        var again = PlanFormatter.Format(result.Text);
        Assert.False(again.Changed, "formatting is not idempotent:\n" + result.Text + "\n---\n" + again.Text);
        Assert.Equal(SeedFormattingTests.Comments(input), SeedFormattingTests.Comments(result.Text));
        Assert.Equal(SeedFormattingTests.CodeTokens(input), SeedFormattingTests.CodeTokens(result.Text));
        return result.Text;
    }

    [Fact]
    public void Blocks_are_indented_two_spaces_a_level_and_braces_are_placed()
    {
        var input = Lines(
            "plan a \"A\"",
            "{",
            "hours: always",
            "      channels {",
            " phone: yes",
            "        }",
            "}");

        Assert.Equal(Lines(
            "plan a \"A\" {",
            "  hours: always",
            "  channels {",
            "    phone: yes",
            "  }",
            "}"), Fmt(input));
    }

    [Fact]
    public void One_line_blocks_and_semicolons_become_one_member_a_line()
    {
        var input = Lines(
            "severities most urgent first {",
            "  critical = 1 \"Critical\" { aliases: \"Sev 1\" }; major = 2 \"Major\"",
            "}",
            "channels { phone \"Phone\" }");

        Assert.Equal(Lines(
            "severities most urgent first {",
            "  critical = 1 \"Critical\" {",
            "    aliases: \"Sev 1\"",
            "  }",
            "  major = 2 \"Major\"",
            "}",
            "channels {",
            "  phone \"Phone\"",
            "}"), Fmt(input));
    }

    [Fact]
    public void A_semicolon_before_a_translation_like_member_is_kept()
    {
        // On a line of its own, `en "E"` would become a translation of "A".
        var formatted = Fmt("kinds {\n  a \"A\" ; en \"E\"\n}\n");

        Assert.Equal("kinds {\n  a \"A\"; en \"E\"\n}\n", formatted);
    }

    [Fact]
    public void Colons_commas_and_operators_are_spaced()
    {
        var input = Lines(
            "catalog c \"C\" {",
            "  tiers:free<basic <   gold",
            "  languages : pl ,en",
            "}",
            "coverage {",
            "  when cause=bug and  x !=  1 and y in [a ,b]->included \"ok\"",
            "  otherwise   ->   billable at 100 EUR/h",
            "}");

        Assert.Equal(Lines(
            "catalog c \"C\" {",
            "  tiers: free < basic < gold",
            "  languages: pl, en",
            "}",
            "coverage {",
            "  when cause = bug and x != 1 and y in [a, b] -> included \"ok\"",
            "  otherwise -> billable at 100 EUR/h",
            "}"), Fmt(input));
    }

    [Fact]
    public void Hours_offsets_dates_and_none_are_kept_tight_as_written()
    {
        var input = Lines(
            "calendar office {",
            "  timezone:   UTC+02:00",
            "  hours:  Mon-Fri 08:00-17:00",
            "  closed: 2026-12-24,2026-12-31",
            "}",
            "holidays h {",
            "  easter +1: \"Easter Monday\"",
            "  12-24 from 2025: \"Christmas Eve\"",
            "}",
            "plan p {",
            "  devices:-",
            "  tickets: 5 per month",
            "}");

        Assert.Equal(Lines(
            "calendar office {",
            "  timezone: UTC+02:00",
            "  hours: Mon-Fri 08:00-17:00",
            "  closed: 2026-12-24, 2026-12-31",
            "}",
            "holidays h {",
            "  easter +1: \"Easter Monday\"",
            "  12-24 from 2025: \"Christmas Eve\"",
            "}",
            "plan p {",
            "  devices: -",
            "  tickets: 5 per month",
            "}"), Fmt(input));
    }

    [Fact]
    public void Tables_are_aligned_and_rule_rows_regenerated()
    {
        var input = Lines(
            "plan a {",
            "  targets {",
            "  |severity|response|",
            "  |---|---|",
            "  | critical | 30 min |",
            "  // a comment between rows",
            "  |minor|8 h|",
            "  }",
            "}");

        Assert.Equal(Lines(
            "plan a {",
            "  targets {",
            "    | severity | response |",
            "    |----------|----------|",
            "    | critical | 30 min   |",
            "    // a comment between rows",
            "    | minor    | 8 h      |",
            "  }",
            "}"), Fmt(input));
    }

    [Fact]
    public void Table_alignment_counts_utf16_characters_and_keeps_colons_of_rule_rows()
    {
        var input = Lines(
            "matrix \"Zakres\" {",
            "  | entitlement | podstawowy |",
            "  |:---|---:|",
            "  | wdrożenie | yes |",
            "}");

        Assert.Equal(Lines(
            "matrix \"Zakres\" {",
            "  | entitlement | podstawowy |",
            "  |:------------|-----------:|",
            "  | wdrożenie   | yes        |",
            "}"), Fmt(input));
    }

    [Fact]
    public void Trailing_comments_keep_their_column_when_the_code_fits_before_it()
    {
        var input = Lines(
            "catalog c {",
            "  vendor: \"V\"         // aligned",
            "  currency:EUR        // aligned",
            "  languages:pl,en// pushed right by the code",
            "  | a | b |   // after a row",
            "}");

        Assert.Equal(Lines(
            "catalog c {",
            "  vendor: \"V\"         // aligned",
            "  currency: EUR       // aligned",
            "  languages: pl, en // pushed right by the code",
            "  | a | b |   // after a row",
            "}"), Fmt(input));
    }

    [Fact]
    public void A_brace_on_its_own_line_moves_before_the_header_comment()
    {
        var input = Lines(
            "plan a // the first plan",
            "",
            "{",
            "  hours: always",
            "}");

        Assert.Equal(Lines(
            "plan a { // the first plan",
            "  hours: always",
            "}"), Fmt(input));
    }

    [Fact]
    public void Comment_lines_are_indented_like_the_code_after_them()
    {
        var input = Lines(
            "    // a file comment",
            "plan a {",
            "// about hours",
            "        hours: always",
            "/* a block",
            "   comment */",
            "}",
            "  /* at the end */");

        Assert.Equal(Lines(
            "// a file comment",
            "plan a {",
            "  // about hours",
            "  hours: always",
            "  /* a block",
            "   comment */",
            "}",
            "/* at the end */"), Fmt(input));
    }

    [Fact]
    public void Runs_of_blank_lines_collapse_to_one_and_the_file_ends_with_one_newline()
    {
        var input = "\n\n// top\n\n\n\n\nplan a {\n  hours: always\n\n  note: \"x\"\n}\n\n\n";

        Assert.Equal("// top\n\nplan a {\n  hours: always\n\n  note: \"x\"\n}\n", Fmt(input));
        Assert.Equal("plan a {\n}\n", Fmt("plan a {\n}"));
        Assert.Equal("", Fmt("\n\n  \n"));
    }

    [Fact]
    public void Translations_stay_on_their_line_or_are_indented_one_level_on_continuation_lines()
    {
        var input = Lines(
            "catalog c \"C\" pl \"K\" {",
            "  note: \"x\"",
            "              pl \"y\" fr \"z\"",
            "  note:   \"a\"   pl   \"b\"",
            "}",
            "glossary {",
            "\"T\" pl \"U\":",
            "\"Long\"",
            "pl \"Długi\"",
            "}");

        Assert.Equal(Lines(
            "catalog c \"C\" pl \"K\" {",
            "  note: \"x\"",
            "    pl \"y\" fr \"z\"",
            "  note: \"a\" pl \"b\"",
            "}",
            "glossary {",
            "  \"T\" pl \"U\":",
            "    \"Long\"",
            "    pl \"Długi\"",
            "}"), Fmt(input));
    }

    [Fact]
    public void Continued_value_lists_are_indented_one_level()
    {
        var input = Lines(
            "attributes {",
            "  cause \"Cause\": one of bug \"Bug\",",
            "  other \"Other\"",
            "}");

        Assert.Equal(Lines(
            "attributes {",
            "  cause \"Cause\": one of bug \"Bug\",",
            "    other \"Other\"",
            "}"), Fmt(input));
    }

    [Fact]
    public void Triple_quoted_texts_are_kept_verbatim()
    {
        var input = "catalog c {\n      note: \"\"\"\n   first line  \n      second\n   \"\"\"   \n}\n";

        Assert.Equal("catalog c {\n  note: \"\"\"\n   first line  \n      second\n   \"\"\"\n}\n", Fmt(input));
    }

    [Fact]
    public void Crlf_input_comes_out_with_lf_line_endings()
    {
        var input = "plan a {\r\n    hours: always   // open\r\n\r\n\r\n  note: \"x\"\r\n}\r\n";

        var formatted = Fmt(input);

        Assert.Equal("plan a {\n  hours: always     // open\n\n  note: \"x\"\n}\n", formatted);
        Assert.DoesNotContain('\r', formatted);
    }

    [Fact]
    public void A_file_with_a_syntax_error_is_returned_unchanged_with_its_diagnostic()
    {
        var input = "plan a {\n      hours:   always\n  targets {\n";

        var result = PlanFormatter.Format(input, "plans/broken.plan");

        Assert.False(result.Changed);
        Assert.Same(input, result.Text);
        Assert.NotEmpty(result.SyntaxErrors);
        Assert.All(result.SyntaxErrors, e => Assert.Equal("PD0001", e.Code));
        Assert.StartsWith("plans/broken.plan(", result.SyntaxErrors[0].ToMsBuildString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_a_bad_character_or_an_open_text_is_not_formatted()
    {
        Assert.Contains(PlanFormatter.Format("plan a {\n  hours: always $\n}\n").SyntaxErrors, d => d.Code == "PD0002");
        Assert.Contains(PlanFormatter.Format("plan a {\n  note: \"open\n}\n").SyntaxErrors, d => d.Code == "PD0008");
    }

    [Fact]
    public void A_formatted_file_is_unchanged()
    {
        var input = Lines(
            "import \"../shared/polish-holidays.plan\"",
            "",
            "plan a \"A\" extends b {",
            "  hours: always                // open",
            "}");

        var result = PlanFormatter.Format(input);

        Assert.False(result.Changed);
        Assert.Same(input, result.Text);
    }
}
