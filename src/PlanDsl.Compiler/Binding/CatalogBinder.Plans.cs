using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Plan declarations: versions, tiers, and the properties and sections of a plan's body.</summary>
internal sealed partial class CatalogBinder
{
    private static readonly string[] PlanProperties =
        { "description", "note", "assumption", "hours", "uptime target", "included", "excluded", "billable", "effective", "published", OutsideHours, "lowers" };
    private static readonly string[] PlanSections = { "channels", "entitlements", "prices", "targets", "credits", "coverage" };

    /// <summary>Each plan's versions, oldest first (a version without a date is the oldest).</summary>
    private readonly SortedDictionary<string, List<PlanDraft>> _plans = new(StringComparer.Ordinal);
    private readonly SymbolTable<List<PlanDraft>> _planNames = new("plan");

    private void DeclarePlans()
    {
        foreach (var plan in All<PlanSyntax>())
        {
            var draft = new PlanDraft(plan);
            var effective = plan.Body.Properties.FirstOrDefault(p => p.KeyText == "effective");
            if (effective?.Values.FirstOrDefault() is { } value)
            {
                draft.Effective = ReadDate(value, "effective");
                if (draft.Effective is null) continue; // the bad date is reported; the version is left out
            }
            draft.Effective ??= _effective;
            if (_planNames.TryGet(plan.Name.Text, out var versions))
            {
                if (versions.FirstOrDefault(v => v.Effective == draft.Effective) is { } same)
                {
                    _diagnostics.Report(DiagnosticCodes.DuplicateVersion, plan.Name.Span, new[] { new RelatedLocation(same.Syntax.Name.Span, "the other version") },
                        plan.Name.Text, draft.Effective?.ToString("uuuu-MM-dd", null) ?? "the start (no 'effective' date)");
                    continue;
                }
                versions.Add(draft);
                versions.Sort((a, b) => Nullable.Compare(a.Effective, b.Effective));
            }
            else
            {
                versions = new List<PlanDraft> { draft };
                _planNames.Declare(plan.Name, versions, _diagnostics);
                _plans[plan.Name.Text] = versions;
            }
        }
    }

    private ImmutableArray<string> BindTiers(PropertySyntax? property)
    {
        if (property is null) return ImmutableArray<string>.Empty;
        var names = property.Values.SelectMany(v => v switch
        {
            ChainValueSyntax c => c.Names,
            WordsValueSyntax { IsSingleName: true } w => w.Words,
            _ => ReportTier(v),
        }).ToList();
        var tiers = new List<string>();
        foreach (var name in names)
        {
            if (!_planNames.Contains(name.Text))
                _diagnostics.Report(DiagnosticCodes.TierUnknownPlan, name.Span, name.Text, NameSuggester.DidYouMean(name.Text, _planNames.Names));
            else if (tiers.Contains(name.Text))
                _diagnostics.Report(DiagnosticCodes.TierRepeated, name.Span, name.Text);
            else tiers.Add(name.Text);
        }
        return tiers.ToImmutableArray();
    }

    private IEnumerable<NameSyntax> ReportTier(ValueSyntax value)
    {
        _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, "tiers", "plan names, lowest first, such as 'bronze < silver < gold'", ValueReader.Describe(value));
        return Array.Empty<NameSyntax>();
    }

    private void BindPlanBodies()
    {
        foreach (var draft in _plans.Values.SelectMany(v => v)) BindPlanBody(draft);
    }

    private void BindPlanBody(PlanDraft draft)
    {
        var owner = $"plan '{draft.Id}'";
        var props = BlockReader.Read(draft.Syntax.Body, owner, _diagnostics, PlanProperties,
            repeatable: new[] { "note", "assumption", "included", "excluded", "billable", "lowers" }, sections: PlanSections, keepUnknown: true);
        if (draft.Syntax.Title is { } title) draft.Title = _text.Bind(title);
        if (props.Single("description", _diagnostics) is { } description) draft.Description = TextOf(description, "description");
        draft.Notes.AddRange(Texts(props.All("note")));
        draft.Assumptions.AddRange(Texts(props.All("assumption")));
        if (props.Single("hours", _diagnostics) is { } hours && NameOf(hours, "hours", "a calendar name") is { } calendar)
            draft.Hours = ResolveCalendar(calendar);
        BindPublished(draft, props);
        if (props.Single("uptime target", _diagnostics) is { } uptime)
        {
            draft.UptimeTarget = _values.Percent(uptime, "uptime target", 100);
            draft.UptimeTargetSpan = props.Get("uptime target")!.KeySpan;
        }
        foreach (var list in new[] { "included", "excluded", "billable" })
            if (props.Get(list) is { } first) draft.WorkListSpans[list] = first.KeySpan;
        draft.Included.AddRange(ResolveWork(props.All("included").SelectMany(p => p.Values), "included"));
        draft.Excluded.AddRange(ResolveWork(props.All("excluded").SelectMany(p => p.Values), "excluded"));
        draft.Billable.AddRange(ResolveWork(props.All("billable").SelectMany(p => p.Values), "billable"));
        if (props.Single(OutsideHours, _diagnostics) is { } outside) draft.TicketsWait = ReadOutsideHours(outside);
        foreach (var value in props.All("lowers").SelectMany(p => p.Values))
        {
            if (NameOf(value, "lowers", "an entitlement name") is { } lowered && _entitlements.Resolve(lowered, _diagnostics, out _))
                draft.Lowers.TryAdd(lowered.Text, lowered.Span);
        }

        // Entitlements may be written directly in the plan, or in an 'entitlements' section.
        foreach (var property in props.UnknownProperties) BindEntitlementProperty(draft, property, owner, direct: true);
        foreach (var section in props.Sections)
        {
            switch (section.NameText)
            {
                case "channels": BindChannels(draft, section); break;
                case "entitlements":
                    var entitlements = BlockReader.Read(section.Body, $"entitlements of plan '{draft.Id}'", _diagnostics, Array.Empty<string>(), keepUnknown: true);
                    foreach (var property in entitlements.UnknownProperties) BindEntitlementProperty(draft, property, owner, direct: false);
                    break;
                case "prices": BindPrices(draft, section); break;
                case "targets": BindTargetSection(draft, section); break;
                case "credits": BindPlanCredits(draft, section); break;
                case "coverage": draft.Rules.AddRange(BindRules(section.Body, $"plan {draft.Id}")); break;
            }
        }
    }

    private void BindEntitlementProperty(PlanDraft draft, PropertySyntax property, string owner, bool direct)
    {
        var key = property.KeyText;
        if (!_entitlements.TryGet(key, out var entitlement))
        {
            var candidates = direct ? _entitlements.Names.Concat(PlanProperties) : _entitlements.Names;
            if (direct) _diagnostics.Report(DiagnosticCodes.UnknownProperty, property.KeySpan, key, owner + " (nor an entitlement)", NameSuggester.DidYouMean(key, candidates));
            else _diagnostics.Report(DiagnosticCodes.UnknownName, property.KeySpan, "entitlement", key, NameSuggester.DidYouMean(key, candidates));
            return;
        }
        if (draft.Entitlements.ContainsKey(key))
        {
            _diagnostics.Report(DiagnosticCodes.DuplicateProperty, property.KeySpan, key, owner);
            return;
        }
        if (ReadEntitlementValue(entitlement, property.Values, property.KeySpan) is { } value)
        {
            draft.Entitlements[key] = value;
            draft.EntitlementSpans[key] = property.KeySpan;
        }
    }

    private void BindChannels(PlanDraft draft, SectionSyntax section)
    {
        var reader = BlockReader.Read(section.Body, $"channels of plan '{draft.Id}'", _diagnostics, Array.Empty<string>(), keepUnknown: true);
        foreach (var property in reader.UnknownProperties)
        {
            if (!_channels.Resolve(property.Key[0], _diagnostics, out _) || property.Key.Length > 1) continue;
            if (draft.Channels.ContainsKey(property.KeyText))
            {
                _diagnostics.Report(DiagnosticCodes.DuplicateProperty, property.KeySpan, property.KeyText, $"channels of plan '{draft.Id}'");
                continue;
            }
            if (ReadChannelAccess(property.KeyText, property.Values, property.KeySpan) is { } access)
            {
                draft.Channels[property.KeyText] = access;
                draft.ChannelSpans[property.KeyText] = property.KeySpan;
            }
        }
    }

    /// <summary><c>yes</c>, <c>no</c>, a calendar, <c>on &lt;calendar&gt;</c>, <c>best effort [on &lt;calendar&gt;]</c>. A null calendar means the plan's hours.</summary>
    private ChannelAccess? ReadChannelAccess(string channel, ImmutableArray<ValueSyntax> values, SourceSpan where)
    {
        if (values.Length != 1)
        {
            _diagnostics.Report(values.Length == 0 ? DiagnosticCodes.WrongValue : DiagnosticCodes.TooManyValues, values.Length == 0 ? where : values[1].Span,
                "channel " + channel, "yes, no, a calendar or 'best effort'", "");
            return null;
        }
        switch (values[0])
        {
            case YesNoValueSyntax y: return new ChannelAccess(channel, y.Value, false, null);
            case NoneValueSyntax: return new ChannelAccess(channel, false, false, null);
            case AlwaysOpenValueSyntax: return new ChannelAccess(channel, true, false, AlwaysCalendar);
            case BestEffortValueSyntax b: return new ChannelAccess(channel, true, true, b.On is null ? null : ResolveCalendar(b.On));
            case OnValueSyntax { Calendar: { } c }: return ResolveCalendar(c) is { } cal ? new ChannelAccess(channel, true, false, cal) : null;
            case WordsValueSyntax { IsSingleName: true } w: return ResolveCalendar(w.Words[0]) is { } named ? new ChannelAccess(channel, true, false, named) : null;
            default:
                _diagnostics.Report(DiagnosticCodes.WrongValue, values[0].Span, "channel " + channel, "yes, no, a calendar or 'best effort'", ValueReader.Describe(values[0]));
                return null;
        }
    }

    private void BindPrices(PlanDraft draft, SectionSyntax section)
    {
        var reader = BlockReader.Read(section.Body, $"prices of plan '{draft.Id}'", _diagnostics, Array.Empty<string>(), keepUnknown: true);
        foreach (var property in reader.UnknownProperties)
        {
            var id = string.Join("_", property.Key.Select(k => k.Text));
            if (draft.Prices.Any(p => p.Id == id))
            {
                _diagnostics.Report(DiagnosticCodes.DuplicateProperty, property.KeySpan, id, $"prices of plan '{draft.Id}'");
                continue;
            }
            if (property.Values.Length != 1 || property.Values[0] is not AmountValueSyntax amount)
            {
                _diagnostics.Report(DiagnosticCodes.WrongValue, property.Values.FirstOrDefault()?.Span ?? property.KeySpan, "price " + id,
                    "a price such as '300.00 PLN per month' or '100 EUR/h'", property.Values.Length == 0 ? "" : ValueReader.Describe(property.Values[0]));
                continue;
            }
            var title = property.Label is null ? LocalizedText.Of(_language, property.KeyText) : _text.Bind(property.Label);
            if (_values.Price(id, title, amount.Amount, "price " + id) is { } price)
            {
                draft.Prices.Add(price);
                draft.PriceSpans[id] = property.KeySpan;
            }
        }
    }
}
