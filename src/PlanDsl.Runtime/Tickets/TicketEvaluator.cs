using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// The reference interpreter of the SLA clock (docs/semantics.md, "Tickets"): simple and obviously
/// right rather than fast. Compiled evaluators must agree with it on every input.
/// </summary>
public sealed class TicketEvaluator
{
    /// <summary>At most this many status updates are judged for one ticket.</summary>
    public const int MaxUpdates = 10_000;

    private readonly ResolvedCatalog _catalog;
    private readonly CalendarSet _calendars;

    public TicketEvaluator(ResolvedCatalog catalog, CalendarSet calendars)
    {
        _catalog = catalog;
        _calendars = calendars;
    }

    public TicketEvaluation Evaluate(string planId, Ticket ticket) => Evaluate(planId, ticket, null);

    /// <summary>Evaluates the ticket, telling <paramref name="trace"/> (when given) every step it takes.</summary>
    public TicketEvaluation Evaluate(string planId, Ticket ticket, ITicketTrace? trace)
    {
        var plan = _catalog.FindPlan(planId) ?? throw new TicketException("plan", $"unknown plan '{planId}'");
        var openedDay = ticket.Opened.InZone(_catalog.TimeZone.Resolve()).Date;
        var version = plan.InForceOn(openedDay)
            ?? throw new TicketException("opened", $"no version of plan '{planId}' is in force on {openedDay:uuuu-MM-dd}");
        trace?.VersionChosen(plan, version, openedDay);
        var history = ticket.History.OrderBy(e => e.At).ToList();
        if (history.FirstOrDefault(e => e.At < ticket.Opened) is { } early)
            throw new TicketException("events", $"an event ({early.Type}) is before the ticket was opened");

        var severity = ResolveSeverity(ticket.Severity, "severity");
        trace?.SeverityResolved(ticket.Severity, severity);
        foreach (var change in history.Where(e => e.Type == TicketEventType.SeverityChanged))
        {
            severity = ResolveSeverity(change.Severity, "events.severity");
            trace?.SeverityChanged(change, severity);
        }
        var kind = ResolveKind(ticket.Kind);

        var resolved = history.FirstOrDefault(e => e.Type == TicketEventType.Resolved)?.At;
        var end = resolved ?? ticket.AsOf;
        var pauses = Pauses(history, resolved);
        var row = version.FindTargets(severity, kind);
        trace?.TargetsChosen(severity, kind, row);
        trace?.PausesFound(pauses);

        var response = JudgeOnce(Metric.Response, row?.Response, pauses, ticket.Opened,
            history.FirstOrDefault(e => e.Type == TicketEventType.Responded)?.At, end, trace);
        var responseBase = response.Actual ?? response.Due;
        var updates = JudgeRepeating(row?.StatusUpdate, pauses, responseBase, history, resolved, ticket.AsOf, trace);
        var followUp = responseBase is { } fb
            ? JudgeOnce(Metric.FollowUp, row?.FollowUp, pauses, fb, history.FirstOrDefault(e => e.Type == TicketEventType.Updated && e.At > fb)?.At, end, trace)
            : Judged(MetricResult.NotCommitted(Metric.FollowUp, row?.FollowUp.Commitment ?? Commitment.None), trace);
        var resolution = JudgeOnce(Metric.Resolution, row?.Resolution, pauses, ticket.Opened, resolved, ticket.AsOf, trace);
        var clockStart = row?.Response is { Calendar: { } cal } ? _calendars.Get(cal).NextOpening(ticket.Opened) : ticket.Opened;
        var coverage = Coverage(version, ticket, severity, kind, trace);

        return new TicketEvaluation(plan.Id, version.EffectiveFrom, severity, kind, clockStart, response, updates, followUp, resolution, coverage);
    }

    private MetricResult JudgeOnce(Metric metric, TargetValue? target, IReadOnlyList<Interval> pauses, Instant start, Instant? actual, Instant? asOf, ITicketTrace? trace)
    {
        if (target is null || target.Commitment != Commitment.Due || target.Calendar is null)
            return Judged(MetricResult.NotCommitted(metric, target?.Commitment ?? Commitment.None), trace);
        var clock = new PausableClock(_calendars.Get(target.Calendar), pauses, trace);
        trace?.ClockStarted(metric, target, start);
        var due = clock.Add(start, target.Duration);
        bool? met = actual is { } a ? due is null || a <= due : asOf is { } now && now > due ? false : null;
        var used = clock.TimeBetween(start, actual ?? asOf ?? start);
        return Judged(new MetricResult(metric, Commitment.Due, target.Duration, target.Calendar, due, actual, met, met == false ? due : null, used), trace);
    }

    private static MetricResult Judged(MetricResult result, ITicketTrace? trace)
    {
        trace?.MetricJudged(result);
        return result;
    }

    /// <summary>Status updates: each due one interval after the response or the previous update, until resolved.</summary>
    private IReadOnlyList<MetricResult> JudgeRepeating(TargetValue? target, IReadOnlyList<Interval> pauses, Instant? firstBase, List<TicketEvent> history, Instant? resolved, Instant? asOf, ITicketTrace? trace)
    {
        if (target is null || target.Commitment != Commitment.Due || target.Calendar is null || firstBase is not { } previous)
            return new[] { Judged(MetricResult.NotCommitted(Metric.StatusUpdate, target?.Commitment ?? Commitment.None), trace) };
        var clock = new PausableClock(_calendars.Get(target.Calendar), pauses, trace);
        var results = new List<MetricResult>();
        var updates = history.Where(e => e.Type == TicketEventType.Updated).Select(e => e.At).ToList();
        while (results.Count < MaxUpdates)
        {
            trace?.ClockStarted(Metric.StatusUpdate, target, previous);
            var due = clock.Add(previous, target.Duration);
            if (resolved is { } r && (due is null || r <= due))
            {
                trace?.StatusUpdateNotOwed(due, r);
                break;
            }
            Instant? actual = updates.FirstOrDefault(u => u > previous) is var next && next > previous ? next : null;
            if (actual is { } given && resolved is { } res && given > res) actual = null;
            var end = actual ?? resolved ?? asOf;
            bool? met = actual is { } a ? due is null || a <= due : end is { } now && now > due ? false : null;
            results.Add(Judged(new MetricResult(Metric.StatusUpdate, Commitment.Due, target.Duration, target.Calendar, due, actual, met,
                met == false ? due : null, clock.TimeBetween(previous, end ?? previous)), trace));
            if (actual is null || due is null) break;
            previous = actual.Value;
        }
        return results.Count == 0 ? new[] { Judged(MetricResult.NotCommitted(Metric.StatusUpdate, Commitment.None), trace) } : results;
    }

    /// <summary>Coverage by the version's rules; the ticket's severity, kind and channel are attributes too.</summary>
    private CoverageResult Coverage(PlanVersion version, Ticket ticket, string? severity, string? kind, ITicketTrace? trace)
    {
        var attributes = new Dictionary<string, object?>(ticket.Attributes ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (severity is not null) attributes.TryAdd("severity", severity);
        if (kind is not null) attributes.TryAdd("kind", kind);
        if (!string.IsNullOrEmpty(ticket.Channel)) attributes.TryAdd("channel", ticket.Channel);
        try
        {
            var result = CoverageEvaluator.Evaluate(_catalog, version, attributes, _catalog.DefaultLanguage);
            trace?.CoverageDecided(attributes, result);
            return result;
        }
        catch (CoverageInputException e)
        {
            var field = e.Attribute is "channel" or "severity" or "kind" && ticket.Attributes?.ContainsKey(e.Attribute) != true ? e.Attribute : "attributes." + e.Attribute;
            throw new TicketException(field, e.Message);
        }
    }

    private static IReadOnlyList<Interval> Pauses(List<TicketEvent> history, Instant? resolved)
    {
        var pauses = new List<Interval>();
        Instant? pausedAt = null;
        foreach (var e in history)
        {
            if (e.Type == TicketEventType.Paused && pausedAt is null) pausedAt = e.At;
            else if (e.Type == TicketEventType.Resumed && pausedAt is { } p)
            {
                if (e.At > p) pauses.Add(new Interval(p, e.At));
                pausedAt = null;
            }
        }
        if (pausedAt is { } open)
        {
            var until = resolved is { } r && r > open ? r : Instant.MaxValue;
            pauses.Add(new Interval(open, until));
        }
        return pauses;
    }

    private string? ResolveSeverity(string? severity, string field)
    {
        if (_catalog.Severities.IsEmpty)
        {
            if (!string.IsNullOrEmpty(severity)) throw new TicketException(field, $"catalog '{_catalog.Id}' has no severities; leave '{field}' out");
            return null;
        }
        if (string.IsNullOrEmpty(severity))
            throw new TicketException(field, $"a severity is required: one of {string.Join(", ", _catalog.Severities.Select(s => s.Id))}");
        return _catalog.FindSeverity(severity)?.Id
            ?? throw new TicketException(field, $"unknown severity '{severity}'; severities: {string.Join(", ", _catalog.Severities.Select(s => s.Id + (s.Number is { } n ? $" ({n})" : "")))}");
    }

    private string? ResolveKind(string? kind)
    {
        if (_catalog.Kinds.IsEmpty)
        {
            if (!string.IsNullOrEmpty(kind)) throw new TicketException("kind", $"catalog '{_catalog.Id}' has no request kinds; leave 'kind' out");
            return null;
        }
        if (string.IsNullOrEmpty(kind))
            throw new TicketException("kind", $"a request kind is required: one of {string.Join(", ", _catalog.Kinds.Select(k => k.Id))}");
        return _catalog.Kinds.FirstOrDefault(k => k.Id == kind)?.Id
            ?? throw new TicketException("kind", $"unknown request kind '{kind}'; kinds: {string.Join(", ", _catalog.Kinds.Select(k => k.Id))}");
    }
}
