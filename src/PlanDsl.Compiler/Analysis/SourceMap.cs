using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Compiler.Analysis.Versions;
using PlanDsl.Compiler.Binding;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis;

/// <summary>
/// Where the parts of a resolved catalog are written, so that an analysis of the model can point at
/// the source. A part a version inherits points at that version's declaration. It also carries the
/// terms that only analyses read: the catalog's notice period and each version's publication date.
/// </summary>
public sealed class SourceMap
{
    private readonly IReadOnlyDictionary<string, List<PlanDraft>> _plans;
    private readonly IReadOnlyDictionary<string, SourceSpan> _catalogProperties;
    private readonly IReadOnlyDictionary<string, SourceSpan> _calendars;
    private readonly IReadOnlyDictionary<CoverageRule, SourceSpan> _rules;

    internal SourceMap(
        SourceSpan catalog,
        IReadOnlyDictionary<string, SourceSpan> catalogProperties,
        IReadOnlyDictionary<string, List<PlanDraft>> plans,
        IReadOnlyDictionary<string, SourceSpan> calendars,
        IReadOnlyDictionary<CoverageRule, SourceSpan> rules)
    {
        Catalog = catalog;
        _catalogProperties = catalogProperties;
        _plans = plans;
        _calendars = calendars;
        _rules = rules;
    }

    /// <summary>The catalog's name in its declaration.</summary>
    public SourceSpan Catalog { get; }

    /// <summary>A property of the catalog block (<c>tiers</c>, <c>notice period</c>), else the catalog.</summary>
    public SourceSpan CatalogProperty(string key) => _catalogProperties.GetValueOrDefault(key, Catalog);

    public bool HasCatalogProperty(string key) => _catalogProperties.ContainsKey(key);

    /// <summary>The name of the declaration of a plan's version (index as in <see cref="PlanModel.Versions"/>).</summary>
    public SourceSpan Plan(string plan, int version = 0) => Draft(plan, version)?.Syntax.Name.Span ?? Catalog;

    /// <summary>The target row if that version states it, else the version's declaration.</summary>
    public SourceSpan Target(string plan, int version, string? severity, string? kind) =>
        Draft(plan, version)?.Targets.LastOrDefault(t => t.Severity == severity && t.Kind == kind)?.Span ?? Plan(plan, version);

    /// <summary>True when the version states the row itself (not inherited).</summary>
    public bool StatesTarget(string plan, int version, string? severity, string? kind) =>
        Draft(plan, version)?.Targets.Any(t => t.Severity == severity && t.Kind == kind) == true;

    /// <summary>The entitlement's key if that version states it, else the version's declaration.</summary>
    public SourceSpan Entitlement(string plan, int version, string entitlement) =>
        Draft(plan, version)?.EntitlementSpans.GetValueOrDefault(entitlement) is { IsNone: false } span ? span : Plan(plan, version);

    public bool StatesEntitlement(string plan, int version, string entitlement) =>
        Draft(plan, version)?.EntitlementSpans.ContainsKey(entitlement) == true;

    /// <summary>The channel's line if that version states it, else the version's declaration.</summary>
    public SourceSpan Channel(string plan, int version, string channel) =>
        Draft(plan, version)?.ChannelSpans.GetValueOrDefault(channel) is { IsNone: false } span ? span : Plan(plan, version);

    /// <summary>The credit ladder the version states (or a catalog-wide ladder names it in), else the declaration.</summary>
    public SourceSpan Credits(string plan, int version) =>
        Draft(plan, version) is { CreditsSpan.IsNone: false } draft ? draft.CreditsSpan : Plan(plan, version);

    /// <summary>True when the version states its credit ladder (in the plan, or a catalog-wide ladder names it), not inherited.</summary>
    public bool StatesCredits(string plan, int version) => Draft(plan, version) is { CreditsSpan.IsNone: false };

    /// <summary>
    /// The rows of the credit ladder the version states, as written for this plan: each row's threshold,
    /// its credit (null for a '-' cell) and the span of the credit cell; empty when the ladder is inherited.
    /// </summary>
    public IReadOnlyList<(decimal Threshold, decimal? Credit, SourceSpan Span)> CreditRows(string plan, int version) =>
        Draft(plan, version) is { } draft ? draft.CreditRows.Select(r => (r.Threshold, r.Credit, r.Span)).ToList() : Array.Empty<(decimal, decimal?, SourceSpan)>();

    /// <summary>The credit cell of the stated ladder's row with this threshold, else the ladder (<see cref="Credits"/>).</summary>
    public SourceSpan CreditStep(string plan, int version, decimal threshold) =>
        Draft(plan, version)?.CreditRows.FirstOrDefault(r => r.Threshold == threshold && r.Credit is not null)?.Span ?? Credits(plan, version);

    /// <summary>The stated ladder's <c>cap:</c> value, else the ladder (<see cref="Credits"/>).</summary>
    public SourceSpan CreditCap(string plan, int version) =>
        Draft(plan, version) is { CreditCapSpan.IsNone: false } draft ? draft.CreditCapSpan : Credits(plan, version);

    /// <summary>The version's <c>uptime target:</c> if it states one, else the version's declaration.</summary>
    public SourceSpan UptimeTarget(string plan, int version) =>
        Draft(plan, version) is { UptimeTargetSpan.IsNone: false } draft ? draft.UptimeTargetSpan : Plan(plan, version);

    public bool StatesUptimeTarget(string plan, int version) => Draft(plan, version) is { UptimeTargetSpan.IsNone: false };

    /// <summary>True when the version states at least one target row itself.</summary>
    public bool StatesTargets(string plan, int version) => Draft(plan, version)?.Targets.Count > 0;

    /// <summary>
    /// True when the version's (flattened) target for the severity and kind says there is none of the
    /// metric with a '-' written in this plan or one it inherits from; false when the metric was never written.
    /// </summary>
    public bool SaysNoTarget(string plan, int version, string? severity, string? kind, Metric metric) =>
        Draft(plan, version)?.ExplicitNoTargets.Contains((severity, kind, metric)) == true;

    /// <summary>A calendar's name in its declaration, else the catalog.</summary>
    public SourceSpan Calendar(string calendar) => _calendars.GetValueOrDefault(calendar, Catalog);

    /// <summary>
    /// Where a coverage rule is written (the same instance as in the model), else the catalog. The rules the
    /// compiler makes of a plan's work lists point at the <c>included:</c>/<c>excluded:</c>/<c>billable:</c> line.
    /// </summary>
    public SourceSpan Rule(CoverageRule rule) => _rules.GetValueOrDefault(rule, Catalog);

    /// <summary>The key of a property the version states itself (<c>hours</c>, <c>uptime target</c>, <c>effective</c>, <c>published</c>), else the version's declaration.</summary>
    public SourceSpan PlanProperty(string plan, int version, string key) =>
        Draft(plan, version)?.Syntax.Body.Properties.FirstOrDefault(p => p.KeyText == key)?.KeySpan ?? Plan(plan, version);

    public bool StatesPlanProperty(string plan, int version, string key) =>
        Draft(plan, version)?.Syntax.Body.Properties.Any(p => p.KeyText == key) == true;

    /// <summary>The version's <c>published:</c> date, when it states one.</summary>
    public LocalDate? Published(string plan, int version) => Draft(plan, version)?.Published;

    /// <summary>The catalog's <c>notice period</c>, when it declares one.</summary>
    public NoticePeriod? NoticePeriod { get; init; }

    /// <summary>
    /// The declaration a coverage rule is written in: the name of the plan declaration (one version of a
    /// plan) holding its <c>coverage</c> section or work list, or the catalog's name for the catalog's own
    /// rules. Rules with the same declaration were written together; a plan's rules come before what it
    /// inherits on purpose.
    /// </summary>
    public SourceSpan RuleDeclaration(CoverageRule rule)
    {
        var span = Rule(rule);
        if (span == Catalog) return Catalog;
        foreach (var draft in _plans.Values.SelectMany(v => v))
        {
            var plan = draft.Syntax.Span;
            if (plan.Path == span.Path && (plan.Line, plan.Column).CompareTo((span.Line, span.Column)) <= 0
                && (span.EndLine, span.EndColumn).CompareTo((plan.EndLine, plan.EndColumn)) <= 0)
                return draft.Syntax.Name.Span;
        }
        return Catalog;
    }

    /// <summary>Every file of the catalog, for reading comments.</summary>
    public ImmutableArray<SourceFile> Files { get; init; } = ImmutableArray<SourceFile>.Empty;

    /// <summary>The price's key if that version states it, else the version's declaration.</summary>
    public SourceSpan Price(string plan, int version, string price) =>
        Draft(plan, version)?.PriceSpans.GetValueOrDefault(price) is { IsNone: false } span ? span : Plan(plan, version);

    public bool StatesPrice(string plan, int version, string price) =>
        Draft(plan, version)?.PriceSpans.ContainsKey(price) == true;

    /// <summary>
    /// The version a plan's version starts from: the previous version of the plan, or for its first version
    /// the parent's version in force on the version's effective date (as the flattener picks it); null when
    /// it starts from nothing.
    /// </summary>
    public (string Plan, int Version)? InheritsFrom(string plan, int version)
    {
        if (Draft(plan, version) is not { } draft) return null;
        if (version > 0) return (plan, version - 1);
        if (draft.Extends is not { } parent || !_plans.TryGetValue(parent.Text, out var parents) || parents.Count == 0) return null;
        var index = 0;
        if (draft.Effective is { } day)
            for (var i = 0; i < parents.Count; i++)
                if (parents[i].Effective is null || parents[i].Effective <= day) index = i;
        return (parent.Text, index);
    }

    /// <summary>
    /// Where the promise <c>outside hours: tickets wait</c> that applies to a plan's version is written: the
    /// version's own, else what it inherits (earlier versions, the plan it extends), else the catalog's; null
    /// when nothing says so.
    /// </summary>
    public SourceSpan? TicketsWait(string plan, int version)
    {
        (string Plan, int Version)? at = (plan, version);
        for (var depth = 0; at is { } current && depth < 256; depth++)
        {
            if (Draft(current.Plan, current.Version)?.TicketsWait is { } span) return span;
            at = InheritsFrom(current.Plan, current.Version);
        }
        return CatalogTicketsWait;
    }

    /// <summary>The entitlements a version says it lowers (<c>lowers: devices</c>), each where it is named; not inherited.</summary>
    public IReadOnlyDictionary<string, SourceSpan> Lowers(string plan, int version) =>
        Draft(plan, version)?.Lowers ?? (IReadOnlyDictionary<string, SourceSpan>)new Dictionary<string, SourceSpan>();

    /// <summary>Where a holiday rule or closed date is written (the same instance as in the model), else the catalog.</summary>
    public SourceSpan Holiday(HolidayRule rule) =>
        HolidaySpans is not null && HolidaySpans.TryGetValue(rule, out var span) ? span : Catalog;

    internal SourceSpan? CatalogTicketsWait { get; init; }

    internal IReadOnlyDictionary<HolidayRule, SourceSpan>? HolidaySpans { get; init; }

    private PlanDraft? Draft(string plan, int version) =>
        _plans.TryGetValue(plan, out var drafts) && version >= 0 && version < drafts.Count ? drafts[version] : null;
}
