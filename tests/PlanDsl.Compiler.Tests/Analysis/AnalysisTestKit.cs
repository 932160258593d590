using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Tests.Analysis;

/// <summary>Compiles inline catalogs and lists the findings of the analyses as MSBuild lines.</summary>
internal static class AnalysisTestKit
{
    public static CompilationResult Compile(string text) => Workspace.CompileSources(new SourceFile("x.plan", text));

    /// <summary>Every diagnostic whose code starts with the prefix (<c>PD081</c>: tier dominance), in the compiler's order.</summary>
    public static IReadOnlyList<string> Findings(string text, string codePrefix) =>
        Compile(text).Diagnostics.Where(d => d.Code.StartsWith(codePrefix, StringComparison.Ordinal)).Select(d => d.ToMsBuildString()).ToList();

    /// <summary>Every diagnostic of the compilation, as MSBuild lines.</summary>
    public static IReadOnlyList<string> All(string text) => Compile(text).Diagnostics.Select(d => d.ToMsBuildString()).ToList();
}
