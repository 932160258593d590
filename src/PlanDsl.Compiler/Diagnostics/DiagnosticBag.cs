using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Diagnostics;

/// <summary>Collects diagnostics during one compilation; reports them sorted and without repeats.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly HashSet<(string, SourceSpan, string)> _seen = new();

    public bool HasErrors => _items.Any(d => d.IsError);

    public int Count => _items.Count;

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Report(descriptor, span, Array.Empty<RelatedLocation>(), args);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, IReadOnlyList<RelatedLocation> related, params object?[] args)
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        Add(new Diagnostic(descriptor.Code, descriptor.Severity, message, span, related));
    }

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add((diagnostic.Code, diagnostic.Span, diagnostic.Message)))
            _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>Diagnostics ordered by file, line, column and code, so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => _items
        .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
