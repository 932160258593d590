using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Compiler.Documents;

/// <summary>
/// Several catalogs side by side on the same dimensions. Response targets measured on different
/// clocks (24/7, business hours of different zones, business days) are made comparable by their
/// worst-case elapsed time: a ticket is opened at every hour of a fixed reference week in the catalog's
/// time zone, the reference interpreter (<see cref="TicketEvaluator"/>) says when the response is due,
/// and the longest wait between opening and due time is shown.
/// </summary>
public sealed class ComparisonDocumentBuilder
{
    /// <summary>The Monday of the reference week: no public holiday in the seed catalogs' countries.</summary>
    public static readonly LocalDate ReferenceMonday = new(2026, 10, 5);

    /// <summary>The uptime at which credits are compared.</summary>
    public const decimal CreditUptime = 99.0m;

    private readonly IReadOnlyList<ResolvedCatalog> _catalogs;
    private readonly Labels _l;
    private readonly LanguageFormat _f;

    public ComparisonDocumentBuilder(IReadOnlyList<ResolvedCatalog> catalogs, Labels labels)
    {
        _catalogs = catalogs;
        _l = labels;
        _f = LanguageFormat.For(labels.Language, labels);
        Translators = catalogs.Select(c => new Translator(c, labels.Language)).ToList();
    }

    public IReadOnlyList<Translator> Translators { get; }

    public ComparisonDocument Build()
    {
        var vendors = new List<Row>();
        var plans = new List<RowGroup>();
        for (var i = 0; i < _catalogs.Count; i++)
        {
            var c = _catalogs[i];
            var b = new CatalogDocumentBuilder(c, _l);
            var t = Translators[i];
            var vendor = t.T(c.Vendor, c.Id);
            vendors.Add(new Row(vendor, new[]
            {
                c.Plans.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.TimeZone.Id,
                c.Currency ?? "–",
                string.Join(", ", c.Languages.Select(b.LanguageName)),
            }));
            var rows = c.Plans.OrderBy(p => p.TierRank).Select(p => PlanRow(c, p, b, t)).ToList();
            plans.Add(new RowGroup(vendor, rows));
        }
        var week = _l.Format("reference_week", _f.Date(ReferenceMonday), _f.Date(ReferenceMonday.PlusDays(6)));
        return new ComparisonDocument(
            _l.Language,
            _l.Get("comparison_title"),
            _l.Format("comparison_method", week),
            week,
            _catalogs.Select(c => c.Id).ToList(),
            new Table("vendors", _l.Get("vendors_caption"), _l.Get("vendor"),
                new[] { _l.Get("plans"), _l.Get("time_zone"), _l.Get("currency"), _l.Get("languages") }, new[] { new RowGroup("", vendors) }, Array.Empty<string>()),
            new Table("plans", _l.Get("comparison_caption"), _l.Get("plan"),
                new[] { _l.Get("most_urgent"), _l.Get("first_response"), _l.Get("worst_case_response"), _l.Get("support_hours"), _l.Get("contacts"), _l.Format("credit_at", _f.Percent(CreditUptime)) },
                plans, new[] { _l.Format("worst_case_explained", week), _l.Format("credit_at_explained", _f.Percent(CreditUptime)) }));
    }

    private Row PlanRow(ResolvedCatalog c, PlanModel plan, CatalogDocumentBuilder b, Translator t)
    {
        var v = plan.InForceOn(ReferenceMonday) ?? plan.Current;
        var (row, worst) = MostUrgent(c, plan, v);
        var contacts = v.Channels.Where(a => a.Available).Select(a => c.Channels.FirstOrDefault(ch => ch.Id == a.Channel) is { } ch ? t.T(ch.Title, ch.Id) : a.Channel).ToList();
        var credit = v.Credits is { } ladder ? _f.Percent(ladder.CreditFor(CreditUptime)) : "–";
        return new Row(t.T(v.Title, plan.Id), new[]
        {
            row is null ? "–" : b.TargetRowLabel(row.Severity, row.Kind),
            row is null ? "–" : b.TargetCell(v, row.Response, Metric.Response),
            worst is { } w ? _f.Elapsed(w) : "–",
            b.CalendarTitle(v.Hours),
            contacts.Count == 0 ? "–" : string.Join(", ", contacts),
            credit,
        });
    }

    /// <summary>
    /// The target row of the most urgent severity with a committed response; where several (request
    /// kinds) qualify, the one answered soonest in the worst case.
    /// </summary>
    private static (TargetRow? Row, Duration? Worst) MostUrgent(ResolvedCatalog c, PlanModel plan, PlanVersion v)
    {
        var candidates = v.Targets.Where(r => r.Response.Commitment != Commitment.None)
            .OrderBy(r => r.Severity is null ? -1 : c.Severities.FirstOrDefault(s => s.Id == r.Severity)?.Rank ?? int.MaxValue)
            .ToList();
        if (candidates.Count == 0) return (null, null);
        var rank = candidates[0].Severity;
        var top = candidates.Where(r => r.Severity == rank).ToList();
        var scored = top.Select(r => (Row: r, Worst: WorstCase(c, plan, r))).ToList();
        var due = scored.Where(s => s.Worst is not null).OrderBy(s => s.Worst).ToList();
        return due.Count > 0 ? (due[0].Row, due[0].Worst) : (top[0], null);
    }

    /// <summary>The longest time from opening to the response due time, over a ticket opened at every hour of the reference week.</summary>
    public static Duration? WorstCase(ResolvedCatalog c, PlanModel plan, TargetRow row)
    {
        if (row.Response.Commitment != Commitment.Due) return null;
        var evaluator = new TicketEvaluator(c, CalendarSet.From(c));
        var zone = c.TimeZone.Resolve();
        Duration? worst = null;
        for (var hour = 0; hour < 7 * 24; hour++)
        {
            var opened = ReferenceMonday.AtMidnight().PlusHours(hour).InZoneLeniently(zone).ToInstant();
            try
            {
                var result = evaluator.Evaluate(plan.Id, new Ticket(row.Severity, opened, row.Kind, AsOf: opened));
                if (result.Response.Due is { } dueAt && (worst is null || dueAt - opened > worst)) worst = dueAt - opened;
            }
            catch (Exception e) when (e is TicketException or InvalidOperationException or KeyNotFoundException)
            {
                return null;
            }
        }
        return worst;
    }
}
