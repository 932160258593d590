using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Tests.Analysis;

/// <summary>Compiles inline catalogs and asserts on the analyses' findings: as MSBuild lines, or one code exactly where and what, or none.</summary>
internal static class AnalysisTestKit
{
    public static CompilationResult Compile(string text) => Workspace.CompileSources(new SourceFile("x.plan", text));

    public static CompilationResult Compile(params SourceFile[] files) => Workspace.CompileSources(files);

    /// <summary>Asserts that the code is reported once, at the line and column, with the message; returns it.</summary>
    public static Diagnostic Single(this CompilationResult result, string code, int line, int column, string message)
    {
        var found = result.Findings(code);
        Assert.True(found.Count == 1, $"expected one {code}; got:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToMsBuildString())));
        var finding = found[0];
        Assert.Equal(message, finding.Message);
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
        return finding;
    }

    public static Diagnostic Single(string text, string code, int line, int column, string message) =>
        Compile(text).Single(code, line, column, message);

    /// <summary>Asserts that the catalog compiles (so the analyses ran) and reports none of the codes.</summary>
    public static void None(this CompilationResult result, params string[] codes)
    {
        Assert.True(result.Catalogs.Count == 1, "the catalog does not compile:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToMsBuildString())));
        var reported = result.Diagnostics.Where(d => codes.Contains(d.Code)).Select(d => d.ToMsBuildString()).ToList();
        Assert.True(reported.Count == 0, "unexpected:\n" + string.Join("\n", reported));
    }

    public static void None(string text, params string[] codes) => Compile(text).None(codes);


    /// <summary>Every diagnostic whose code starts with the prefix (<c>PD081</c>: tier dominance), in the compiler's order.</summary>
    public static IReadOnlyList<string> Findings(string text, string codePrefix) =>
        Compile(text).Diagnostics.Where(d => d.Code.StartsWith(codePrefix, StringComparison.Ordinal)).Select(d => d.ToMsBuildString()).ToList();

    /// <summary>Every diagnostic of the compilation, as MSBuild lines.</summary>
    public static IReadOnlyList<string> All(string text) => Compile(text).Diagnostics.Select(d => d.ToMsBuildString()).ToList();

    /// <summary>The diagnostics of one code, in order.</summary>
    public static IReadOnlyList<Diagnostic> Findings(this CompilationResult result, string code) =>
        result.Diagnostics.Where(d => d.Code == code).ToList();

    /// <summary>The one diagnostic of a code, asserted at a line and column with its exact message.</summary>
    public static Diagnostic Finding(this CompilationResult result, string code, int line, int column, string message)
    {
        var found = result.Findings(code);
        Assert.True(found.Count == 1, $"expected one {code}; got:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToMsBuildString())));
        var finding = found[0];
        Assert.Equal(message, finding.Message);
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
        return finding;
    }

    /// <summary>Asserts that no diagnostic has a code of the given ones (the catalog satisfies them).</summary>
    public static void HasNone(this CompilationResult result, params string[] codes)
    {
        var found = result.Diagnostics.Where(d => codes.Contains(d.Code)).Select(d => d.ToMsBuildString()).ToList();
        Assert.True(found.Count == 0, "unexpected:\n" + string.Join("\n", found));
    }

    /// <summary>Every MSBuild line of the compilation, for asserting a whole output.</summary>
    public static string[] Lines(this CompilationResult result) => result.Diagnostics.Select(d => d.ToMsBuildString()).ToArray();
}
