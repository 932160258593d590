using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Syntax;

/// <summary>
/// Re-parsing only what an edit touched gives exactly the tree and the diagnostics of parsing the whole
/// new text: every node, every span, every message — over edits written out and thousands of random ones.
/// </summary>
public class IncrementalParserTests
{
    private const string Catalog = """
        catalog acme "Acme" {
          timezone: "Europe/Warsaw"
        }

        calendar office "Office" {
          timezone: "Europe/Warsaw"
          hours: Mon-Fri 08:00-16:00
        }

        severities most urgent first {
          critical = 1 "Critical"
          minor = 2 "Minor"
        }

        plan basic "Basic" {
          hours: office
          targets {
            | severity | response |
            | critical | 4 h      |
            | minor    | 1 business day |
          }
        }

        plan gold "Gold" extends basic {
          targets {
            | severity | response |
            | critical | 1 h      |
          }
        }
        """;

    [Theory]
    [InlineData("| critical | 1 h      |", "| critical | 2 h      |")]                   // a value in the last plan
    [InlineData("hours: office", "hours: office\n  uptime target: 99.9%")]               // a line added in the middle
    [InlineData("  minor = 2 \"Minor\"\n", "")]                                          // a line removed
    [InlineData("plan gold \"Gold\" extends basic {", "plan gold \"Gold\" extends basic")] // an open declaration: errors, then the next one
    [InlineData("calendar office \"Office\" {", "calendar office \"Office\" {{")]          // unbalanced braces: to the end of the file
    [InlineData("severities most urgent first {", "/* severities most urgent first {")]  // a comment that swallows what follows
    [InlineData("catalog acme", "// a comment\ncatalog acme")]                           // above everything
    [InlineData("    | critical | 1 h      |\n  }\n}", "    | critical | 1 h      |\n  }\n}\n\nplan extra \"Extra\" { }\n")] // a declaration added at the end
    public void An_edit_gives_what_a_whole_parse_gives(string find, string replace)
    {
        var before = Catalog;
        Assert.Contains(find, before);
        var index = before.LastIndexOf(find, StringComparison.Ordinal);
        var after = before[..index] + replace + before[(index + find.Length)..];

        AssertSameAsWholeParse(before, after);
    }

    [Fact]
    public void An_edit_in_one_plan_keeps_the_other_declarations_as_they_were()
    {
        var previous = ParsedFile.Parse(new SourceFile("x.plan", Catalog));
        var edited = Catalog.Replace("| critical | 1 h      |", "| critical | 2 h      |", StringComparison.Ordinal);

        var next = IncrementalParser.Reparse(previous, new SourceFile("x.plan", edited));

        // Untouched declarations are the very same objects; the edited plan is new.
        Assert.Same(previous.Unit.Declarations[0], next.Unit.Declarations[0]);
        Assert.Same(previous.Unit.Declarations[3], next.Unit.Declarations[3]);
        Assert.NotSame(previous.Unit.Declarations[4], next.Unit.Declarations[4]);
    }

    [Fact]
    public void Declarations_below_an_added_line_move_down_one_line()
    {
        var previous = ParsedFile.Parse(new SourceFile("x.plan", Catalog));
        var edited = Catalog.Replace("  timezone: \"Europe/Warsaw\"\n}", "  timezone: \"Europe/Warsaw\"\n  vendor: \"Acme\"\n}", StringComparison.Ordinal);

        var next = IncrementalParser.Reparse(previous, new SourceFile("x.plan", edited));

        Assert.Equal(previous.Unit.Declarations[4].Span.Line + 1, next.Unit.Declarations[4].Span.Line);
        Assert.Equal(SyntaxDump.Write(ParsedFile.Parse(new SourceFile("x.plan", edited)).Unit), SyntaxDump.Write(next.Unit));
    }

    [Theory]
    [MemberData(nameof(RobustnessSeeds))]
    public void Random_edits_of_a_seed_give_what_a_whole_parse_gives(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, path)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var random = Randomized.NewRandom(path.Length * 104_729, out var seed);
        string[] pieces = { "{", "}", "\n", "\"", "\"\"\"", "/*", "*/", "//", "plan x {", "| a | b |", " ", "x", "1 h", "\n\n", "-", ":" };
        var current = ParsedFile.Parse(new SourceFile(path, text));
        for (var i = 0; i < 400; i++)
        {
            var at = random.Next(text.Length + 1);
            var removed = random.Next(4) == 0 ? random.Next(Math.Min(60, text.Length - at) + 1) : 0;
            var inserted = random.Next(3) == 0 ? "" : pieces[random.Next(pieces.Length)];
            var edited = text[..at] + inserted + text[(at + removed)..];

            // Edits build on each other half the time, so that errors pile up and go away.
            var next = IncrementalParser.Reparse(current, new SourceFile(path, edited));
            AssertSame(ParsedFile.Parse(new SourceFile(path, edited)), next, $"seed {seed}, edit {i}: at {at}, removed {removed}, inserted '{inserted}'");
            if (random.Next(2) == 0) { text = edited; current = next; }
        }
    }

    public static TheoryData<string> RobustnessSeeds => new()
    {
        "plans/ombori/catalog.plan", "plans/kolmisoft/catalog.plan", "plans/otrs/catalog.plan",
        "plans/domo/catalog.plan", "plans/oktawave/catalog.plan", "plans/shared/polish-holidays.plan",
    };

    private static void AssertSameAsWholeParse(string before, string after)
    {
        var previous = ParsedFile.Parse(new SourceFile("x.plan", before));
        var next = IncrementalParser.Reparse(previous, new SourceFile("x.plan", after));
        AssertSame(ParsedFile.Parse(new SourceFile("x.plan", after)), next, "");
    }

    private static void AssertSame(ParsedFile whole, ParsedFile incremental, string what)
    {
        Assert.True(SyntaxDump.Write(whole.Unit) == SyntaxDump.Write(incremental.Unit), $"{what}: the trees differ");
        Assert.Equal(whole.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
    }
}
