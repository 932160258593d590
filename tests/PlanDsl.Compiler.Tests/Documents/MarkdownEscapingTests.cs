using Markdig;
using TableRow = Markdig.Extensions.Tables.TableRow;
using Markdig.Syntax;
using PlanDsl.Compiler.Documents;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Documents;

/// <summary>
/// Plan texts cannot inject markup into a Markdown document: every text is escaped where it enters the
/// template, and the page a Markdown renderer (Markdig, CommonMark with the GitHub extensions) makes of
/// it shows the texts as written.
/// </summary>
public class MarkdownEscapingTests
{
    private const string Title = "<script>alert(1)</script> | *bold* _em_ `code` [x](y) &amp; ~~gone~~ #";

    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    private static string HostileDocument()
    {
        var result = Workspace.CompileSources(new SourceFile("x.plan", $$""""
            catalog hostile "{{Title}}" {
              vendor: "<img src=x onerror=alert(1)> &#60;b&#62; Co"
              language: en
              languages: en
              note: "# not a heading"
              note: """1. not a list
            | a | b |
            - nor this"""
            }
            severities most urgent first {
              critical = 1 "<b>Critical</b> | *x* | y"
            }
            entitlements {
              phone_hours "Phone <i>hours</i> | [x](y)": yes/no {
                definition: "`rm -rf` &lt;b&gt; <!-- c -->"
                note: "> quoted"
              }
            }
            work extras "Extras <u>list</u> | _u_" {
              w1 "Work *one* | __two__ | ![i](p)"
            }
            plan basic "Basic <script>alert(2)</script> | **b**" {
              description: """- first
            line two | <em>x</em>"""
              hours: always
              phone_hours: yes
              excluded: extras
              targets {
                | severity | response |
                | critical | 4 h      |
              }
            }
            """"));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var set = DocumentGenerator.Generate(result.Catalogs, new DocumentOptions(new[] { "md" }, new[] { "en" }));
        return set.Documents.Single().Text;
    }

    [Fact]
    public void Plan_texts_with_markup_render_as_text_and_not_as_html_links_emphasis_or_extra_cells()
    {
        var md = HostileDocument();
        var html = Markdown.ToHtml(md, Gfm);

        foreach (var element in new[] { "<script", "<img", "<b>", "<i>", "<u>", "<em", "<code", "<a ", "<del", "<!--", "<blockquote", "<ol", "<h1>not" })
            Assert.DoesNotContain(element, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h1>" + Encode(Title) + "</h1>", html);
        Assert.Contains(Encode("<img src=x onerror=alert(1)> &#60;b&#62; Co"), html);
        Assert.Contains(Encode("1. not a list | a | b | - nor this"), html);
        Assert.Contains("<p># not a heading</p>", html);
        Assert.Contains("<h3>" + Encode("Basic <script>alert(2)</script> | **b**") + "</h3>", html);
        Assert.Contains("<p>" + Encode("- first line two | <em>x</em>") + "</p>", html);
        Assert.Contains(Encode("Work *one* | __two__ | ![i](p)"), html);
        Assert.Contains(Encode("`rm -rf` &lt;b&gt; <!-- c -->"), html);
        Assert.Contains(Encode("<b>Critical</b> | *x* | y"), html);

        // Every row of every table has as many cells as its header: no text split a cell.
        var document = Markdown.Parse(md, Gfm);
        var tables = document.Descendants<Markdig.Extensions.Tables.Table>().ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var rows = table.OfType<TableRow>().ToList();
            Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        }
    }

    [Fact]
    public void The_markdown_source_escapes_the_markup_characters_and_keeps_the_text_on_one_line()
    {
        var md = HostileDocument();

        Assert.Contains(@"# \<script>alert(1)\</script> \| \*bold\* \_em\_ \`code\` \[x\](y) \&amp; \~\~gone\~\~ \#" + "\n", md);
        Assert.Contains(@"| Work \*one\* \| \_\_two\_\_ \| !\[i\](p) |", md);
        Assert.Contains("\n\\# not a heading\n", md);
        Assert.Contains("\n1\\. not a list \\| a \\| b \\| - nor this\n", md);
        // No tag, comment or autolink is left unescaped anywhere in the document.
        Assert.DoesNotMatch(@"(?<!\\)<[A-Za-z/!?]", md);
    }

    [Theory]
    [InlineData("plain text, 99.8% & more", "plain text, 99.8% & more")]
    [InlineData("support_team and snake_case_id", "support_team and snake_case_id")]
    [InlineData("_lead and trail_", @"\_lead and trail\_")]
    [InlineData("a * b and a ** b", "a * b and a ** b")]
    [InlineData("*a*", @"\*a\*")]
    [InlineData("Training *", @"Training \*")]
    [InlineData("< 99.8% and a<b", @"< 99.8% and a\<b")]
    [InlineData("</p> <!-- x --> <?php", @"\</p> \<!-- x --> \<?php")]
    [InlineData("&amp; &#60; & x", @"\&amp; \&#60; & x")]
    [InlineData(@"C:\path and \*", @"C:\path and \\\*")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("#1 priority", "#1 priority")]
    [InlineData("Title ##", @"Title \##")]
    [InlineData("- item", @"\- item")]
    [InlineData("-5 %", "-5 %")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("100.00 EUR", "100.00 EUR")]
    [InlineData("2026) done", @"2026\) done")]
    [InlineData("a | b", @"a \| b")]
    [InlineData("line one\r\nline two\n\n\tthree", "line one line two three")]
    [InlineData("~~~ fence", @"\~\~\~ fence")]
    [InlineData("", "")]
    public void Escaping_changes_only_what_Markdown_would_read_as_markup(string text, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.Escape(text));
    }

    private static string Encode(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
