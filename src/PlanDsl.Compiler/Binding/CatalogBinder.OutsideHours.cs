using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Binding;

/// <summary>
/// <c>outside hours: tickets wait</c>, in the catalog or a plan: the promise that a ticket opened while its
/// target's calendar is closed waits for the next opening before its clock starts. The clock works so
/// anyway (docs/semantics.md); the statement says that this is what the vendor promises, and the
/// feasibility analysis asks for it where the wait can exceed the target many times over.
/// </summary>
internal sealed partial class CatalogBinder
{
    private const string OutsideHours = "outside hours";
    private const string TicketsWait = "tickets wait";

    /// <summary>Where the catalog says <c>outside hours: tickets wait</c>, if it does.</summary>
    private SourceSpan? _catalogTicketsWait;

    /// <summary>The span of the statement, or null (with PD0401) when its value is not <c>tickets wait</c>.</summary>
    private SourceSpan? ReadOutsideHours(ValueSyntax value)
    {
        if (value is WordsValueSyntax { Text: TicketsWait } words) return words.Span;
        _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, $"'{OutsideHours}'", $"'{TicketsWait}'", ValueReader.Describe(value));
        return null;
    }
}
