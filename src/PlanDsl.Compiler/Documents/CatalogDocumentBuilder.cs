using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Documents;

/// <summary>Builds the <see cref="CatalogDocument"/> of a catalog in one language from its resolved model.</summary>
public sealed class CatalogDocumentBuilder
{
    public const string Yes = "✓";
    public const string No = "✗";
    public const string None = "–";

    private readonly ResolvedCatalog _c;
    private readonly Labels _l;
    private readonly LanguageFormat _f;
    private readonly Translator _t;
    private readonly IReadOnlyList<PlanModel> _plans;

    public CatalogDocumentBuilder(ResolvedCatalog catalog, Labels labels)
    {
        _c = catalog;
        _l = labels;
        _f = LanguageFormat.For(labels.Language, labels);
        _t = new Translator(catalog, labels.Language);
        _plans = catalog.Plans.OrderBy(p => p.TierRank).ThenBy(p => catalog.Plans.IndexOf(p)).ToList();
    }

    public Translator Translator => _t;

    private string L(string key) => _l.Get(key);

    private IReadOnlyList<string> PlanTitles => _plans.Select(p => _t.T(p.Current.Title, p.Id)).ToList();

    public CatalogDocument Build()
    {
        var languageNote = _t.Provides
            ? ""
            : _l.Format("language_fallback", string.Join(", ", _c.Languages.Select(LanguageName)), LanguageName(_c.DefaultLanguage));
        return new CatalogDocument(
            _l.Language,
            _c.Id,
            _t.T(_c.Title, _c.Id),
            _t.T(_c.Vendor),
            _t.T(_c.Source),
            _c.Effective is { } eff ? _f.Date(eff) : "",
            _c.TimeZone.Id,
            _c.Currency ?? "",
            languageNote,
            _c.Notes.Select(_t.T).ToList(),
            PlanTitles,
            _plans.Select(Summary).ToList(),
            Overview(),
            Features(),
            Entitlements(),
            Channels(),
            Targets(),
            Calendars(),
            Holidays(),
            Prices(),
            Work(),
            Credits(),
            _c.Obligations.Select(o => new Term(_t.T(o.Title, o.Id), _t.T(o.Text))).ToList(),
            Glossary(),
            Assumptions());
    }

    public string LanguageName(string tag) => _l.Texts.TryGetValue("language_" + tag, out var name) ? name : tag;

    private PlanSummary Summary(PlanModel plan)
    {
        var v = plan.Current;
        var effective = string.Join("; ", plan.Versions.Where(x => x.EffectiveFrom is not null).Select(x => _f.Date(x.EffectiveFrom!.Value)));
        return new PlanSummary(plan.Id, _t.T(v.Title, plan.Id), _t.T(v.Description), v.Notes.Select(_t.T).ToList(), effective);
    }

    private Table MakeTable(string id, string caption, string corner, IEnumerable<RowGroup> groups, IEnumerable<string>? notes = null) =>
        new(id, caption, corner, PlanTitles, groups.Where(g => g.Rows.Count > 0).ToList(), (notes ?? Array.Empty<string>()).Where(n => n.Length > 0).ToList());

    private IReadOnlyList<string> PerPlan(Func<PlanVersion, string> cell) => _plans.Select(p => cell(p.Current)).ToList();

    public string CalendarTitle(string? id)
    {
        if (id is null) return None;
        var calendar = _c.FindCalendar(id);
        return calendar is null ? id : _t.T(calendar.Title, id);
    }

    // ---- overview: hours, uptime, versions

    private Table Overview()
    {
        var rows = new List<Row>
        {
            new(L("support_hours"), PerPlan(v => CalendarTitle(v.Hours))),
        };
        if (_plans.Any(p => p.Current.UptimeTarget is not null))
            rows.Add(new Row(L("uptime_target"), PerPlan(v => v.UptimeTarget is { } u ? _f.Percent(u) : None)));
        if (_plans.Any(p => p.Versions.Any(v => v.EffectiveFrom is not null)))
            rows.Add(new Row(L("in_force_from"), _plans.Select(p => p.Current.EffectiveFrom is { } d ? _f.Date(d) : (_c.Effective is { } e ? _f.Date(e) : None)).ToList()));
        return MakeTable("overview", L("overview_caption"), L("plan"), new[] { new RowGroup("", rows) });
    }

    // ---- entitlements: yes/no ones in the feature matrix, the others (quotas, counts …) in their own table

    private Table Features() =>
        MakeTable("features", L("features_caption"), L("feature"), EntitlementGroups(yesNo: true), EntitlementNotes(yesNo: true));

    private Table Entitlements() =>
        MakeTable("entitlements", L("entitlements_caption"), L("entitlement"), EntitlementGroups(yesNo: false), EntitlementNotes(yesNo: false));

    private IEnumerable<EntitlementModel> EntitlementsOf(bool yesNo) => _c.Entitlements.Where(e => (e.Type.Kind == ValueTypeKind.YesNo) == yesNo);

    private IEnumerable<RowGroup> EntitlementGroups(bool yesNo)
    {
        var list = EntitlementsOf(yesNo).ToList();
        return list.Select(e => e.Group).Distinct().Select(group => new RowGroup(
            group is null ? "" : _t.T(list.First(e => e.Group == group).GroupTitle, group),
            list.Where(e => e.Group == group).Select(e => new Row(_t.T(e.Title, e.Id) + NoteMark(e), PerPlan(v => Value(v.Entitlement(e.Id))))).ToList()));
    }

    // The seeds mark footnotes with stars in the title ("Migracja usług do Oktawave *") and the note; a mark is added only where the title has none.
    private string NoteMark(EntitlementModel e) => e.Notes.IsDefaultOrEmpty || _t.T(e.Title, e.Id).Contains('*') ? "" : " " + new string('*', NoteIndex(e));

    private int NoteIndex(EntitlementModel e) => EntitlementsOf(e.Type.Kind == ValueTypeKind.YesNo).Where(x => !x.Notes.IsDefaultOrEmpty).ToList().IndexOf(e) + 1;

    private IEnumerable<string> EntitlementNotes(bool yesNo) =>
        EntitlementsOf(yesNo).Where(e => !e.Notes.IsDefaultOrEmpty).Select(e => NoteText(e, string.Join(" ", e.Notes.Select(_t.T))));

    private string NoteText(EntitlementModel e, string note) =>
        note.StartsWith('*') || _t.T(e.Title, e.Id).Contains('*') ? note : new string('*', NoteIndex(e)) + " " + note;

    public string Value(EntitlementValue? value)
    {
        if (value is null) return No;
        return value.Kind switch
        {
            EntitlementValueKind.NotProvided => No,
            EntitlementValueKind.YesNo => value.Flag ? Yes : No,
            EntitlementValueKind.Count => CountText(value),
            EntitlementValueKind.Unlimited => L("unlimited") + PerPeriod(value.Period),
            EntitlementValueKind.Duration => _f.Duration(value.Duration),
            EntitlementValueKind.Money => _f.Money(value.Money),
            EntitlementValueKind.Percent => _f.Percent(value.Percent),
            EntitlementValueKind.Text => _t.T(value.Text),
            EntitlementValueKind.List => string.Join("; ", value.Items.Select(_t.T)),
            _ => ChoiceTitle(value.Choice!),
        };
    }

    private string ChoiceTitle(string member)
    {
        foreach (var e in _c.Entitlements)
            if (e.Type.Members.FirstOrDefault(m => m.Id == member) is { } found) return _t.T(found.Title, member);
        return member;
    }

    private string CountText(EntitlementValue value)
    {
        var text = _f.Number(value.Count) + PerPeriod(value.Period);
        return value.Extra switch
        {
            ExtraPolicy.Billed => _l.Format("count_extra_billed", text),
            ExtraPolicy.NotAllowed => _l.Format("count_extra_not_allowed", text),
            ExtraPolicy.Priced => _l.Format("count_extra_priced", text, Price(value.ExtraPrice!)),
            _ => text,
        };
    }

    private string PerPeriod(string? period) => period is null ? "" : " / " + PeriodName(period);

    private string PeriodName(string period) => _l.Texts.TryGetValue("period_" + period, out var name) ? name : period;

    // ---- channels

    private Table Channels()
    {
        var rows = _c.Channels.Select(ch => new Row(_t.T(ch.Title, ch.Id), PerPlan(v => ChannelCell(v, ch.Id)))).ToList();
        return MakeTable("channels", L("channels_caption"), L("channel"), new[] { new RowGroup("", rows) });
    }

    private string ChannelCell(PlanVersion v, string channel)
    {
        var access = v.Channels.FirstOrDefault(a => a.Channel == channel);
        if (access is null || !access.Available) return No;
        var calendar = access.Calendar ?? v.Hours;
        if (access.BestEffort) return _l.Format("channel_best_effort", CalendarTitle(calendar));
        return calendar is null ? Yes : Yes + " " + CalendarTitle(calendar);
    }

    // ---- targets: one table per metric, severities (and kinds) down the side, plans across

    private static readonly Metric[] Metrics = { Metric.Response, Metric.StatusUpdate, Metric.FollowUp, Metric.Resolution };

    private IReadOnlyList<Table> Targets()
    {
        var keys = _plans.SelectMany(p => p.Current.Targets).Select(t => (t.Severity, t.Kind)).Distinct()
            .OrderBy(k => k.Severity is null ? -1 : _c.Severities.FirstOrDefault(s => s.Id == k.Severity)?.Rank ?? int.MaxValue)
            .ThenBy(k => k.Kind is null ? -1 : _c.Kinds.IndexOf(_c.Kinds.First(x => x.Id == k.Kind)))
            .ToList();
        var tables = new List<Table>();
        foreach (var metric in Metrics)
        {
            if (!_plans.Any(p => p.Current.Targets.Any(t => t.Get(metric).Commitment != Commitment.None))) continue;
            var rows = keys.Select(k => new Row(TargetRowLabel(k.Severity, k.Kind), PerPlan(v => TargetCell(v, v.FindTargets(k.Severity, k.Kind)?.Get(metric), metric)))).ToList();
            var key = metric switch { Metric.Response => "response", Metric.StatusUpdate => "status_update", Metric.FollowUp => "follow_up", _ => "resolution" };
            var corner = L(keys.All(k => k.Severity is null) ? "kind" : "severity");
            tables.Add(MakeTable("targets-" + key.Replace('_', '-'), _l.Format(key + "_caption", corner.ToLowerInvariant()), corner,
                new[] { new RowGroup("", rows) }, new[] { L(key + "_explained") }));
        }
        return tables;
    }

    public string TargetRowLabel(string? severity, string? kind)
    {
        var parts = new List<string>();
        if (severity is not null)
        {
            var s = _c.Severities.FirstOrDefault(x => x.Id == severity);
            parts.Add(s is null ? severity : _t.T(s.Title, severity));
        }
        if (kind is not null)
        {
            var k = _c.Kinds.FirstOrDefault(x => x.Id == kind);
            parts.Add(k is null ? kind : _t.T(k.Title, kind));
        }
        return string.Join(" · ", parts);
    }

    public string TargetCell(PlanVersion v, TargetValue? target, Metric metric)
    {
        if (target is null) return None;
        switch (target.Commitment)
        {
            case Commitment.None: return None;
            case Commitment.BestEffort: return L("best_effort");
            case Commitment.WhenDone: return L("when_done");
        }
        var duration = _f.Duration(target.Duration);
        if (metric == Metric.StatusUpdate) duration = _l.Format("every", duration);
        return duration + " (" + CalendarTitle(target.Calendar ?? v.Hours) + ")";
    }

    // ---- calendars

    private IReadOnlyList<CalendarSummary> Calendars()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in _plans.Select(p => p.Current))
        {
            if (v.Hours is not null) used.Add(v.Hours);
            foreach (var ch in v.Channels) if (ch.Calendar is not null) used.Add(ch.Calendar);
            foreach (var t in v.Targets)
                foreach (var m in Metrics)
                    if (t.Get(m).Calendar is { } cal) used.Add(cal);
        }
        return _c.Calendars.Where(c => used.Contains(c.Id)).Select(c => new CalendarSummary(
            c.Id, _t.T(c.Title, c.Id), c.TimeZone.Id, HoursText(c), HolidaysText(c))).ToList();
    }

    private string HoursText(CalendarModel c)
    {
        if (c.AlwaysOpen || (c.Hours.Length == 7 && c.Hours.All(h => h.Start == LocalTime.Midnight && h.EndsAtMidnight))) return L("always_open");
        var days = _l.List("days");
        // Days with the same spans are joined into ranges: Mon–Fri 08:00–17:00.
        var byDay = Enumerable.Range(1, 7).Select(d => string.Join(", ", c.Hours.Where(h => (int)h.Day == d)
            .Select(h => $"{h.Start:HH':'mm}–{(h.EndsAtMidnight ? "24:00" : h.End.ToString("HH':'mm", null))}"))).ToList();
        var parts = new List<string>();
        var i = 0;
        while (i < 7)
        {
            if (byDay[i].Length == 0) { i++; continue; }
            var j = i;
            while (j + 1 < 7 && byDay[j + 1] == byDay[i]) j++;
            parts.Add((i == j ? days[i] : days[i] + "–" + days[j]) + " " + byDay[i]);
            i = j + 1;
        }
        return string.Join("; ", parts);
    }

    private string HolidaysText(CalendarModel c)
    {
        if (c.Holidays.IsDefaultOrEmpty) return L("no_holidays");
        var sets = _c.HolidaySets.Where(s => s.Rules.Length > 0 && s.Rules.All(r => c.Holidays.Contains(r))).ToList();
        var covered = sets.SelectMany(s => s.Rules).ToHashSet();
        var names = sets.Select(s => _t.T(s.Title, s.Id))
            .Concat(c.Holidays.Where(h => !covered.Contains(h)).Select(h => h.Date is { } d ? _f.Date(d) : _t.T(h.Name)));
        return _l.Format("closed_on", string.Join(", ", names));
    }

    /// <summary>The year whose holidays are listed: the year of the comparison's reference week, so documents do not change with the day they are made.</summary>
    public const int HolidayYear = 2026;

    private Table Holidays()
    {
        var rules = _c.Calendars.Where(c => Calendars().Any(s => s.Id == c.Id)).SelectMany(c => c.Holidays).Distinct().ToList();
        var rows = rules.Select(r => (Date: r.In(HolidayYear), Name: _t.T(r.Name)))
            .Where(x => x.Date is not null).OrderBy(x => x.Date).Select(x => new Row(_f.Date(x.Date!.Value), new[] { x.Name })).ToList();
        return new Table("holidays", _l.Format("holidays_caption", HolidayYear.ToString(System.Globalization.CultureInfo.InvariantCulture)), L("date"),
            new[] { L("holiday") }, rows.Count == 0 ? Array.Empty<RowGroup>() : new[] { new RowGroup("", rows) }, Array.Empty<string>());
    }

    // ---- prices

    private Table Prices()
    {
        var ids = _plans.SelectMany(p => p.Current.Prices).Select(p => p.Id).Distinct().ToList();
        var rows = ids.Select(id =>
        {
            var first = _plans.SelectMany(p => p.Current.Prices).First(p => p.Id == id);
            return new Row(_t.T(first.Title, id), PerPlan(v => v.Prices.FirstOrDefault(p => p.Id == id) is { } price ? Price(price) : None));
        }).ToList();
        return MakeTable("prices", L("prices_caption"), L("price"), new[] { new RowGroup("", rows) });
    }

    public string Price(PriceModel price)
    {
        var text = _f.Money(price.Amount);
        if (price.Kind == PriceKind.Hourly) return text + "/h";
        if (price.Unit is not null) text += " / " + price.Unit;
        if (price.Period is not null) text += " / " + PeriodName(price.Period);
        return text;
    }

    // ---- work: included, excluded, billable

    private Table Work()
    {
        var groups = _c.WorkItems.Select(w => w.Group).Distinct().Select(group =>
        {
            var items = _c.WorkItems.Where(w => w.Group == group).ToList();
            return new RowGroup(_t.T(items[0].GroupTitle, group),
                items.Select(w => new Row(_t.T(w.Title, w.Id), PerPlan(v => WorkCell(v, w.Id)), string.Join(" ", w.Notes.Select(_t.T)))).ToList());
        });
        return MakeTable("work", L("work_caption"), L("work_item"), groups, new[] { L("work_legend") });
    }

    private string WorkCell(PlanVersion v, string id)
    {
        if (v.IncludedWork.Contains(id)) return Yes + " " + L("included");
        if (v.BillableWork.Contains(id)) return L("billable");
        if (v.ExcludedWork.Contains(id)) return No + " " + L("excluded");
        return None;
    }

    // ---- credits: thresholds down the side, plans across

    private Table Credits()
    {
        var ladders = _plans.Select(p => p.Current.Credits).ToList();
        var thresholds = ladders.Where(l => l is not null).SelectMany(l => l!.Steps.Select(s => s.BelowPercent)).Distinct().OrderByDescending(x => x).ToList();
        var rows = thresholds.Select(t => new Row("< " + _f.Percent(t), ladders.Select(l =>
            l?.Steps.FirstOrDefault(s => s.BelowPercent == t) is { } step && step.CreditPercent > 0 ? _f.Percent(step.CreditPercent) : None).ToList())).ToList();
        if (ladders.Any(l => l?.CapPercent is not null))
            rows.Add(new Row(L("credit_cap"), ladders.Select(l => l?.CapPercent is { } cap ? _f.Percent(cap) : None).ToList()));
        var first = ladders.FirstOrDefault(l => l is not null);
        var caption = first is null || first.Title.IsEmpty ? L("credits_caption") : _t.T(first.Title);
        var notes = ladders.Where(l => l is not null && !l.Basis.IsEmpty).Select(l => _t.T(l!.Basis)).Distinct().ToList();
        notes.Add(L("credits_explained"));
        return MakeTable("credits", caption, L("uptime_below"), new[] { new RowGroup("", rows) }, notes);
    }

    // ---- glossary: the vendor's terms, then the catalog's definitions

    private IReadOnlyList<TermGroup> Glossary()
    {
        var groups = new List<TermGroup>
        {
            new(L("glossary_terms"), _c.Glossary.Select(g => new Term(_t.T(g.Term), _t.T(g.Definition))).ToList()),
            new(L("glossary_severities"), _c.Severities.Where(s => !s.Definition.IsEmpty)
                .Select(s => new Term(_t.T(s.Title, s.Id), _t.T(s.Definition))).ToList()),
            new(L("glossary_kinds"), _c.Kinds.Where(k => !k.Definition.IsEmpty).Select(k => new Term(_t.T(k.Title, k.Id), _t.T(k.Definition))).ToList()),
            new(L("glossary_channels"), _c.Channels.Where(k => !k.Definition.IsEmpty).Select(k => new Term(_t.T(k.Title, k.Id), _t.T(k.Definition))).ToList()),
            new(L("glossary_entitlements"), _c.Entitlements.Where(e => !e.Definition.IsEmpty).Select(e => new Term(_t.T(e.Title, e.Id), _t.T(e.Definition))).ToList()),
        };
        return groups.Where(g => g.Terms.Count > 0).ToList();
    }

    // ---- assumptions: what the catalog's author wrote down where the vendor says nothing

    private IReadOnlyList<Assumption> Assumptions()
    {
        var list = _c.Assumptions.Select(a => new Assumption(L("assumption_catalog"), _t.T(a))).ToList();
        foreach (var cal in _c.Calendars)
            list.AddRange(cal.Assumptions.Select(a => new Assumption(_l.Format("assumption_calendar", _t.T(cal.Title, cal.Id)), _t.T(a))));
        foreach (var plan in _plans)
            list.AddRange(plan.Current.Assumptions.Select(a => new Assumption(_l.Format("assumption_plan", _t.T(plan.Current.Title, plan.Id)), _t.T(a))));
        return list;
    }
}
