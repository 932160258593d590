using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Binding;

/// <summary>The names of one kind (calendars, plans, …) declared in a catalog, with where each was declared.</summary>
internal sealed class SymbolTable<T>
{
    private readonly Dictionary<string, (T Value, SourceSpan Span)> _symbols = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    public SymbolTable(string kind) => Kind = kind;

    /// <summary>What these names are, as messages say it ("calendar", "plan").</summary>
    public string Kind { get; }

    public IEnumerable<string> Names => _order;

    public IEnumerable<T> Values => _order.Select(n => _symbols[n].Value);

    public bool Contains(string name) => _symbols.ContainsKey(name);

    /// <summary>Declares a name; a second declaration is PD0102, pointing at the first.</summary>
    public bool Declare(NameSyntax name, T value, DiagnosticBag diagnostics)
    {
        if (_symbols.TryGetValue(name.Text, out var existing))
        {
            diagnostics.Report(DiagnosticCodes.DuplicateName, name.Span, new[] { new RelatedLocation(existing.Span, "first declared here") }, Kind, name.Text);
            return false;
        }
        _symbols[name.Text] = (value, name.Span);
        _order.Add(name.Text);
        return true;
    }

    public bool TryGet(string name, out T value)
    {
        if (_symbols.TryGetValue(name, out var found)) { value = found.Value; return true; }
        value = default!;
        return false;
    }

    public SourceSpan SpanOf(string name) => _symbols.TryGetValue(name, out var found) ? found.Span : SourceSpan.None;

    /// <summary>Looks a name up; an unknown name is PD0101 with a "did you mean".</summary>
    public bool Resolve(NameSyntax name, DiagnosticBag diagnostics, out T value, IEnumerable<string>? extraNames = null)
    {
        if (TryGet(name.Text, out value)) return true;
        diagnostics.Report(DiagnosticCodes.UnknownName, name.Span, Kind, name.Text, NameSuggester.DidYouMean(name.Text, Names.Concat(extraNames ?? Array.Empty<string>())));
        return false;
    }
}
