using PlanDsl.Compiler.Formatting;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Tests.Files;

/// <summary>Issue 11, item 6: the escapes of a text are defined, an unknown one is PD0016 at the escape, and fmt keeps texts byte for byte.</summary>
public sealed class TextEscapeTests
{
    [Theory]
    [InlineData("\"ends with backslash \\\\\"", "ends with backslash \\")]
    [InlineData("\"C:\\\\Users\\\\new\"", "C:\\Users\\new")]
    [InlineData("\"a \\\"quote\\\"\"", "a \"quote\"")]
    [InlineData("\"tab\\tline\\ncr\\r\"", "tab\tline\ncr\r")]
    [InlineData("\"\\u{41}\\u{1F600}\"", "A\U0001F600")]
    [InlineData("\"\"", "")]
    [InlineData("\"\"\"\n  C:\\Users\\new\n  \"\"\"", "C:\\Users\\new")]
    public void Unquote_resolves_the_escapes(string literal, string expected) =>
        Assert.Equal(expected, SyntaxTreeBuilder.Unquote(literal));

    [Theory]
    [InlineData("\"C:\\Users\"", 1, 14, "\\U")]
    [InlineData("\"x \\q\"", 1, 14, "\\q")]
    [InlineData("\"\\u{D800}\"", 1, 12, "\\u{D800}")]
    [InlineData("\"\\u41\"", 1, 12, "\\u")]
    public void An_unknown_escape_is_PD0016_at_the_escape(string literal, int count, int column, string escape)
    {
        var text = "catalog c " + literal + " { language: en }\n";
        var unknown = Workspace.CompileSources(new SourceFile("c.plan", text)).Diagnostics.Where(d => d.Code == "PD0016").ToList();
        Assert.Equal(count, unknown.Count);
        Assert.Equal((1, column, 1, column + escape.Length), (unknown[0].Span.Line, unknown[0].Span.Column, unknown[0].Span.EndLine, unknown[0].Span.EndColumn));
        Assert.StartsWith($"unknown escape '{escape}'", unknown[0].Message);
    }

    [Fact]
    public void Known_escapes_and_triple_quoted_backslashes_are_no_diagnostic()
    {
        var text = "catalog c \"C:\\\\Users\\\\new \\\"x\\\" \\u{41}\" { language: en\n  vendor: \"\"\"\n    C:\\Users\n    \"\"\" }\n";
        Assert.DoesNotContain(Workspace.CompileSources(new SourceFile("c.plan", text)).Diagnostics, d => d.Code == "PD0016");
    }

    [Fact]
    public void Fmt_keeps_escapes_byte_for_byte()
    {
        const string text = "catalog c \"ends \\\\\" {\n  language: en\n  vendor: \"C:\\\\Users\\\\new \\t \\u{1F600} \\\"q\\\"\"\n}\n";
        var formatted = PlanFormatter.Format(text, "c.plan");
        Assert.False(formatted.HasErrors);
        Assert.Contains("\"ends \\\\\"", formatted.Text);
        Assert.Contains("\"C:\\\\Users\\\\new \\t \\u{1F600} \\\"q\\\"\"", formatted.Text);
    }
}
