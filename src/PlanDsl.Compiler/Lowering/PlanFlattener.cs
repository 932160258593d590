using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Compiler.Binding;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Lowering;

/// <summary>
/// Lowers plan drafts to flat plan versions: merges each version with the previous version of the
/// same plan, or the first version with its parent (<c>extends</c>, the parent's version in force on
/// the child's effective date), and spells out calendars that were left to the plan's hours.
/// </summary>
internal sealed class PlanFlattener
{
    /// <summary>A plan version merged with everything it inherits, calendars still left to the plan's hours (null).</summary>
    private sealed record Merged(
        PlanDraft Draft, LocalizedText Title, LocalizedText Description, ImmutableArray<LocalizedText> Notes, ImmutableArray<LocalizedText> Assumptions,
        string? Extends, string? Hours, decimal? Uptime, ImmutableDictionary<string, ChannelAccess> Channels,
        ImmutableDictionary<string, EntitlementGrant> Entitlements, ImmutableArray<PriceModel> Prices,
        ImmutableArray<TargetRowDraft> Targets, CreditLadder? Credits, ImmutableArray<string> Included, ImmutableArray<string> Excluded,
        ImmutableArray<string> Billable, ImmutableArray<CoverageRule> Rules);

    private readonly IReadOnlyDictionary<string, List<PlanDraft>> _plans;
    private readonly CatalogContext _catalog;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<PlanDraft, Merged?> _merged = new();
    private readonly IDictionary<CoverageRule, PlanDsl.Compiler.Syntax.SourceSpan>? _ruleSpans;

    /// <param name="ruleSpans">Where each bound rule is written; the rules the flattener makes (work lists,
    /// a billable rule given the plan's hourly rate) are added to it, so that analyses can point at them.</param>
    public PlanFlattener(IReadOnlyDictionary<string, List<PlanDraft>> plans, CatalogContext catalog, DiagnosticBag diagnostics,
        IDictionary<CoverageRule, PlanDsl.Compiler.Syntax.SourceSpan>? ruleSpans = null)
    {
        _plans = plans;
        _catalog = catalog;
        _diagnostics = diagnostics;
        _ruleSpans = ruleSpans;
    }

    public ImmutableArray<PlanModel> Flatten()
    {
        var result = new List<PlanModel>();
        foreach (var (id, drafts) in _plans)
        {
            var versions = drafts.Select(d => Merge(d, new List<string>())).Where(m => m is not null).Select(m => Finish(m!)).ToImmutableArray();
            if (versions.Length == drafts.Count) result.Add(new PlanModel(id, _catalog.Tiers.IndexOf(id), versions));
        }
        return result
            .OrderBy(p => p.TierRank < 0 ? int.MaxValue : p.TierRank)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private Merged? Merge(PlanDraft draft, List<string> chain)
    {
        if (_merged.TryGetValue(draft, out var done)) return done;
        var versions = _plans[draft.Id];
        var index = versions.IndexOf(draft);
        Merged? basis = null;
        var fromParent = false;
        if (index > 0)
        {
            basis = Merge(versions[index - 1], chain);
            if (draft.Extends is { } ext && basis is not null && ext.Text != basis.Extends)
                _diagnostics.Report(DiagnosticCodes.VersionExtendsChanged, ext.Span, draft.Id, ext.Text, basis.Extends ?? "no plan");
        }
        else if (draft.Extends is { } parentName)
        {
            fromParent = true;
            if (chain.Contains(parentName.Text) || parentName.Text == draft.Id)
            {
                _diagnostics.Report(DiagnosticCodes.InheritanceCycle, parentName.Span, "plan", draft.Id, string.Join(" -> ", chain.Append(draft.Id).Append(parentName.Text)));
                _merged[draft] = null;
                return null;
            }
            if (!_plans.TryGetValue(parentName.Text, out var parentVersions))
            {
                _diagnostics.Report(DiagnosticCodes.UnknownName, parentName.Span, "plan", parentName.Text, NameSuggester.DidYouMean(parentName.Text, _plans.Keys));
                _merged[draft] = null;
                return null;
            }
            var parent = draft.Effective is { } day
                ? parentVersions.LastOrDefault(v => v.Effective is null || v.Effective <= day) ?? parentVersions[0]
                : parentVersions[0];
            chain.Add(draft.Id);
            basis = Merge(parent, chain);
            chain.RemoveAt(chain.Count - 1);
            if (basis is null)
            {
                _merged[draft] = null;
                return null;
            }
        }

        var entitlements = (basis?.Entitlements ?? ImmutableDictionary<string, EntitlementGrant>.Empty)
            .ToDictionary(kv => kv.Key, kv => fromParent ? kv.Value with { Inherited = true } : kv.Value);
        foreach (var (key, value) in draft.Entitlements) entitlements[key] = new EntitlementGrant(key, value, false);

        var channels = (basis?.Channels ?? ImmutableDictionary<string, ChannelAccess>.Empty).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var (key, value) in draft.Channels) channels[key] = value;

        var prices = (basis?.Prices ?? ImmutableArray<PriceModel>.Empty).Where(p => draft.Prices.All(d => d.Id != p.Id)).Concat(draft.Prices).ToImmutableArray();

        var targets = (basis?.Targets ?? ImmutableArray<TargetRowDraft>.Empty)
            .Where(t => draft.Targets.All(d => d.Severity != t.Severity || d.Kind != t.Kind))
            .Concat(draft.Targets).ToImmutableArray();

        var ownRules = WorkListRules(draft).Concat(draft.Rules);
        var merged = new Merged(
            draft,
            draft.Title ?? (fromParent || basis is null ? LocalizedText.Of(_catalog.Language, draft.Id) : basis.Title),
            draft.Description ?? (fromParent ? null : basis?.Description) ?? LocalizedText.Empty,
            (fromParent || basis is null ? ImmutableArray<LocalizedText>.Empty : basis.Notes).AddRange(draft.Notes),
            (fromParent || basis is null ? ImmutableArray<LocalizedText>.Empty : basis.Assumptions).AddRange(draft.Assumptions),
            draft.Extends?.Text ?? (fromParent ? null : basis?.Extends),
            draft.Hours ?? basis?.Hours,
            draft.UptimeTarget ?? basis?.Uptime,
            channels.ToImmutableDictionary(),
            entitlements.ToImmutableDictionary(),
            prices,
            targets,
            draft.Credits ?? basis?.Credits,
            draft.Included.Concat(basis?.Included ?? ImmutableArray<string>.Empty).Distinct().ToImmutableArray(),
            draft.Excluded.Concat(basis?.Excluded ?? ImmutableArray<string>.Empty).Distinct().ToImmutableArray(),
            draft.Billable.Concat(basis?.Billable ?? ImmutableArray<string>.Empty).Distinct().ToImmutableArray(),
            ownRules.Concat(basis?.Rules ?? ImmutableArray<CoverageRule>.Empty).ToImmutableArray());
        _merged[draft] = merged;
        return merged;
    }

    private List<CoverageRule> WorkListRules(PlanDraft draft)
    {
        var origin = $"plan {draft.Id} work lists";
        var rules = new List<CoverageRule>();
        void List(List<string> items, CoverageDecision decision, string key)
        {
            if (items.Count == 0) return;
            var rule = new CoverageRule(
                new InCondition("work", items.Select(RuleLiteral.OfChoice).ToImmutableArray(), false),
                new CoverageOutcome(decision, null, null, LocalizedText.Empty), origin);
            if (_ruleSpans is not null && draft.WorkListSpans.TryGetValue(key, out var span)) _ruleSpans[rule] = span;
            rules.Add(rule);
        }
        List(draft.Included, CoverageDecision.Included, "included");
        List(draft.Excluded, CoverageDecision.Excluded, "excluded");
        List(draft.Billable, CoverageDecision.Billable, "billable");
        return rules;
    }

    /// <summary>A rule the flattener changed is written where the rule it came from is.</summary>
    private CoverageRule SameSpan(CoverageRule from, CoverageRule to)
    {
        if (_ruleSpans is not null && _ruleSpans.TryGetValue(from, out var span)) _ruleSpans[to] = span;
        return to;
    }

    /// <summary>Spells out the calendars left to the plan's hours and the rate of 'billable' without one.</summary>
    private PlanVersion Finish(Merged m)
    {
        var reported = false;
        TargetValue Fill(TargetRowDraft row, Metric metric)
        {
            var value = row.Metrics[(int)metric];
            if (value is null) return TargetValue.None;
            if (value.Commitment == Commitment.None) m.Draft.ExplicitNoTargets.Add((row.Severity, row.Kind, metric));
            if (value.Commitment is Commitment.None or Commitment.WhenDone || value.Calendar is not null) return value;
            if (m.Hours is not null) return value with { Calendar = m.Hours };
            if (value.Commitment == Commitment.Due && !reported)
            {
                reported = true;
                _diagnostics.Report(DiagnosticCodes.NoPlanHours, row.Span, m.Draft.Id);
            }
            return value;
        }

        var targets = m.Targets
            .OrderBy(t => t.Severity is null ? -1 : _catalog.Severities.IndexOf(t.Severity))
            .ThenBy(t => t.Kind is null ? -1 : _catalog.Kinds.IndexOf(t.Kind))
            .Select(t => new TargetRow(t.Severity, t.Kind, Fill(t, Metric.Response), Fill(t, Metric.StatusUpdate), Fill(t, Metric.FollowUp), Fill(t, Metric.Resolution),
                Inherited: !m.Draft.Targets.Any(own => own.Severity == t.Severity && own.Kind == t.Kind)))
            .ToImmutableArray();
        var channels = m.Channels.Values
            .Select(c => c.Available && c.Calendar is null && m.Hours is not null ? c with { Calendar = m.Hours } : c)
            .OrderBy(c => _catalog.Channels.IndexOf(c.Channel)).ToImmutableArray();
        var entitlements = m.Entitlements.Values.OrderBy(e => _catalog.Entitlements.IndexOf(e.Entitlement)).ToImmutableArray();
        var hourly = m.Prices.FirstOrDefault(p => p.Kind == PriceKind.Hourly);
        var coverage = m.Rules.Concat(_catalog.Rules)
            .Select(r => r.Outcome.Decision == CoverageDecision.Billable && r.Outcome.Rate is null && hourly is not null ? SameSpan(r, r with { Outcome = r.Outcome with { Rate = hourly } }) : r)
            .ToImmutableArray();
        return new PlanVersion(m.Draft.Effective, m.Title, m.Description, m.Notes, m.Assumptions, m.Extends, m.Hours, m.Uptime,
            channels, entitlements, m.Prices, targets, m.Credits, m.Included, m.Excluded, m.Billable, coverage);
    }
}

/// <summary>What the flattener needs to know of the catalog: orders of declaration and the catalog's rules.</summary>
internal sealed record CatalogContext(
    string Language, ImmutableArray<string> Tiers, ImmutableArray<string> Severities, ImmutableArray<string> Kinds,
    ImmutableArray<string> Channels, ImmutableArray<string> Entitlements, ImmutableArray<CoverageRule> Rules);
