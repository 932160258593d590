using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Tests.Files;

/// <summary>Issue 11, item 8: one file reports at most <see cref="DiagnosticCap.PerFile"/> diagnostics, then one PD0017 with the count left out.</summary>
public sealed class DiagnosticCapTests
{
    /// <summary>The reproducer: one 786 KB line naming an unknown tier 262,136 times.</summary>
    public static string ManyUnknownTiers(int size = 786_432)
    {
        const string head = "catalog c \"C\" { tiers: ";
        var count = (size - head.Length) / 3;
        return head + string.Join(", ", Enumerable.Repeat("a", count)) + " }\n";
    }

    [Fact]
    public void A_line_of_262136_errors_gives_exactly_the_cap_and_one_more_line()
    {
        var result = Workspace.CompileSources(new SourceFile("many.plan", ManyUnknownTiers()));

        Assert.Equal(DiagnosticCap.PerFile + 1, result.Diagnostics.Count);
        var more = Assert.Single(result.Diagnostics, d => d.Code == "PD0017");
        Assert.Equal($"{262_136 - DiagnosticCap.PerFile} more diagnostic(s) in this file not shown: at most {DiagnosticCap.PerFile} are reported per file, and the file is not compiled further", more.Message);
        Assert.Equal(DiagnosticCap.PerFile, result.Diagnostics.Count(d => d.Code == "PD0202"));
    }

    [Fact]
    public void Syntax_errors_past_the_cap_are_counted_and_the_file_is_not_bound()
    {
        // Each line is a syntax error of its own.
        var text = "catalog c \"C\" { language: en }\n" + string.Concat(Enumerable.Repeat("} ,\n", 3000));
        var result = Workspace.CompileSources(new SourceFile("bad.plan", text));

        Assert.Equal(DiagnosticCap.PerFile + 1, result.Diagnostics.Count);
        Assert.Single(result.Diagnostics, d => d.Code == "PD0017");
    }

    [Fact]
    public void A_file_under_the_cap_keeps_every_diagnostic()
    {
        var result = Workspace.CompileSources(new SourceFile("few.plan", ManyUnknownTiers(3 * 500)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PD0017");
        Assert.True(result.Diagnostics.Count < DiagnosticCap.PerFile);
    }
}
