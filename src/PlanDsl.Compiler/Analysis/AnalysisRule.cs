using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Analysis;

/// <summary>
/// One analysis as users configure it: an id (<c>tier-dominance</c>), what it checks, and the
/// diagnostic codes it reports. Each code's severity in <see cref="DiagnosticCodes"/> is its default.
/// </summary>
public sealed record AnalysisRule(string Id, string Title, ImmutableArray<DiagnosticDescriptor> Descriptors)
{
    public static AnalysisRule Create(string id, string title, params DiagnosticDescriptor[] descriptors) =>
        new(id, title, descriptors.ToImmutableArray());

    public bool Reports(string code) => Descriptors.Any(d => d.Code == code);
}
