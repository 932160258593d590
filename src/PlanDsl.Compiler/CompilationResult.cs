using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler;

/// <summary>What compiling a set of plan files gives: the resolved catalogs and every diagnostic.</summary>
public sealed record CompilationResult(IReadOnlyList<ResolvedCatalog> Catalogs, IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
