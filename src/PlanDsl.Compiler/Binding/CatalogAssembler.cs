using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Groups parsed files into catalogs (an entry file and its imports) and binds each.</summary>
internal static class CatalogAssembler
{
    public static IReadOnlyList<ResolvedCatalog> Assemble(IReadOnlyList<ParseResult> files, SourceSet sources, DiagnosticBag diagnostics)
    {
        foreach (var file in files) diagnostics.AddRange(file.Diagnostics);
        return Array.Empty<ResolvedCatalog>();
    }
}
