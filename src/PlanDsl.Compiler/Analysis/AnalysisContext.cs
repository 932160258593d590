using System.Globalization;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis;

/// <summary>What a check sees: the resolved catalog, where its parts are written, and where to report.</summary>
public sealed class AnalysisContext
{
    private readonly List<Diagnostic> _findings = new();

    public AnalysisContext(ResolvedCatalog catalog, SourceMap sources)
    {
        Catalog = catalog;
        Sources = sources;
    }

    public ResolvedCatalog Catalog { get; }

    public SourceMap Sources { get; }

    /// <summary>Findings as the checks reported them, with their default severities.</summary>
    public IReadOnlyList<Diagnostic> Findings => _findings;

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Report(descriptor, span, Array.Empty<RelatedLocation>(), args);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, IReadOnlyList<RelatedLocation> related, params object?[] args)
    {
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        _findings.Add(new Diagnostic(descriptor.Code, descriptor.Severity, message, span, related));
    }
}
