using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.LanguageServer.Workspace;

/// <summary>The result of compiling one catalog (or one file that belongs to none).</summary>
public sealed record CatalogAnalysis(
    string Entry,
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, List<Diagnostic>> DiagnosticsByPath,
    ResolvedCatalog? Model);
