using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Diagnostics;

/// <summary>A place in a source that a diagnostic points to as well, with what it is.</summary>
public sealed record RelatedLocation(SourceSpan Span, string Message);

/// <summary>One problem found in the plans: a code, a severity, a message and where.</summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    SourceSpan Span,
    IReadOnlyList<RelatedLocation> Related)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild format: <c>plans/x.plan(12,5): error PD0103: message</c>.</summary>
    public string ToMsBuildString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var where = Span.IsNone ? "plandsl" : Span.ToString();
        return $"{where}: {severity} {Code}: {Message}";
    }

    public override string ToString() => ToMsBuildString();
}
