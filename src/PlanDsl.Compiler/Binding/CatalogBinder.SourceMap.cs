using System.Collections.Immutable;
using PlanDsl.Compiler.Analysis;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Binding;

/// <summary>Hands the analyses where each part of the bound catalog is written.</summary>
internal sealed partial class CatalogBinder
{
    /// <summary>The lint settings written in the catalog (<c>lint { … }</c>), null when there are none.</summary>
    public SectionSyntax? LintSection { get; private set; }

    public SourceMap BuildSourceMap()
    {
        var properties = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var property in _catalog.Body.Properties)
            properties.TryAdd(property.KeyText, property.KeySpan);
        var calendars = _calendars.Names.Where(n => !_calendars.SpanOf(n).IsNone).ToDictionary(n => n, n => _calendars.SpanOf(n), StringComparer.Ordinal);
        return new SourceMap(_catalog.Name.Span, properties, _plans, calendars, _ruleSpans)
        {
            Files = _units.Select(u => u.File).ToImmutableArray(),
            NoticePeriod = _noticePeriod,
            CatalogTicketsWait = _catalogTicketsWait,
            HolidaySpans = _holidaySpans,
        };
    }
}
