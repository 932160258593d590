using PlanDsl.Compiler.Diagnostics;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;
using CompilerDiagnostic = PlanDsl.Compiler.Diagnostics.Diagnostic;

namespace PlanDsl.LanguageServer.Features;

/// <summary>The compiler's diagnostics as LSP diagnostics: code, severity, range and related locations.</summary>
public static class DiagnosticsFeature
{
    public const string Source = "plandsl";

    public static PublishDiagnosticsParams ToPublish(string path, int? version, IReadOnlyList<CompilerDiagnostic> diagnostics) =>
        new(DocumentUris.ToUri(path), version, diagnostics.Select(ToLsp).ToArray());

    public static LspDiagnostic ToLsp(CompilerDiagnostic diagnostic)
    {
        var related = diagnostic.Related.Count == 0 ? null : diagnostic.Related
            .Where(r => !r.Span.IsNone)
            .Select(r => new DiagnosticRelatedInformation(new Location(DocumentUris.ToUri(r.Span.Path), PositionMap.ToRange(r.Span)), r.Message))
            .ToArray();
        return new LspDiagnostic(
            PositionMap.ToRange(diagnostic.Span),
            diagnostic.Severity == DiagnosticSeverity.Error ? Kinds.SeverityError : Kinds.SeverityWarning,
            diagnostic.Code,
            Source,
            diagnostic.Message,
            related);
    }
}
