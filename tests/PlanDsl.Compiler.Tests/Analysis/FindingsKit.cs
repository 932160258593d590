using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Tests.Analysis;

/// <summary>Compiles inline catalogs and asserts on the findings of one code: exactly where and what, or none (see also <see cref="AnalysisTestKit"/>).</summary>
internal static class FindingsKit
{
    public static CompilationResult Compile(params SourceFile[] files) => Workspace.CompileSources(files);

    public static CompilationResult Compile(string text) => Compile(new SourceFile("x.plan", text));

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
}
