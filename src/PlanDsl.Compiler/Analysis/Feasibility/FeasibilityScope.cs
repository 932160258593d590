using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>One target of one plan version, where a finding about it is reported.</summary>
internal sealed record TargetSite(PlanModel Plan, int Version, TargetRow Row, Metric Metric, TargetValue Value, SourceSpan Span);

/// <summary>What the feasibility checks share for one run: the catalog's calendars (built once) and its targets.</summary>
internal sealed class FeasibilityScope
{
    /// <summary>The years over which calendars and holidays are checked.</summary>
    public const int FirstYear = 2026;
    public const int LastYear = 2045;

    public FeasibilityScope(AnalysisContext context)
    {
        Context = context;
        Calendars = CalendarSet.From(context.Catalog);
    }

    public AnalysisContext Context { get; }

    public ResolvedCatalog Catalog => Context.Catalog;

    public SourceMap Sources => Context.Sources;

    public CalendarSet Calendars { get; }

    /// <summary>The calendar by id (built once), or null when the catalog has none such.</summary>
    public BusinessCalendar? Calendar(string? id) => id is not null && Calendars.TryGet(id, out var calendar) ? calendar : null;

    /// <summary>The version a plan's version starts from (the previous version, or the parent's), if any.</summary>
    public PlanVersion? Base(PlanModel plan, int version) =>
        Sources.InheritsFrom(plan.Id, version) is { } from && Catalog.FindPlan(from.Plan) is { } basePlan && from.Version < basePlan.Versions.Length
            ? basePlan.Versions[from.Version]
            : null;

    /// <summary>
    /// The committed targets (a time on a calendar) that each plan version states, or that differ from what it
    /// inherits (a row left to the plan's hours follows a child's new hours): a target inherited unchanged is
    /// the parent's, and reported there.
    /// </summary>
    public IEnumerable<TargetSite> CommittedTargets(params Metric[] metrics)
    {
        foreach (var plan in Catalog.Plans)
        for (var v = 0; v < plan.Versions.Length; v++)
        {
            var version = plan.Versions[v];
            var basis = Base(plan, v);
            foreach (var row in version.Targets)
            {
                var stated = Sources.StatesTarget(plan.Id, v, row.Severity, row.Kind);
                var inherited = basis?.FindTargets(row.Severity, row.Kind);
                foreach (var metric in metrics)
                {
                    var value = row.Get(metric);
                    if (value.Commitment != Commitment.Due || value.Calendar is null) continue;
                    if (!stated && inherited is not null && inherited.Get(metric) == value) continue;
                    yield return new TargetSite(plan, v, row, metric, value, Sources.Target(plan.Id, v, row.Severity, row.Kind));
                }
            }
        }
    }

    /// <summary>
    /// Sites of one line that differ only by severity (a row for <c>all</c>, or for <c>critical, major</c>) as one
    /// group, so that a line gets one finding naming its severities; first-met order.
    /// </summary>
    public static IEnumerable<IGrouping<(SourceSpan, string, int, string?, Metric, TargetValue), TargetSite>> ByLine(IEnumerable<TargetSite> sites) =>
        sites.GroupBy(s => (s.Span, s.Plan.Id, s.Version, s.Row.Kind, s.Metric, s.Value));

    /// <summary>True when the version states the row, or it differs from the inherited one in one of the metrics.</summary>
    public bool IsOwnRow(PlanModel plan, int version, TargetRow row)
    {
        if (Sources.StatesTarget(plan.Id, version, row.Severity, row.Kind)) return true;
        var inherited = Base(plan, version)?.FindTargets(row.Severity, row.Kind);
        return inherited is null || inherited != row;
    }
}
