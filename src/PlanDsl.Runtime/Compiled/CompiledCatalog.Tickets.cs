using NodaTime;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Compiled;

/// <summary>Whole-ticket evaluation: <see cref="TicketEvaluator.Evaluate(string, Ticket)"/> on the compiled tables, step for step.</summary>
public abstract partial class CompiledCatalog
{
    private static readonly MetricResult[] NotCommittedResults = CreateNotCommitted();

    private static MetricResult[] CreateNotCommitted()
    {
        var results = new MetricResult[Metrics * 4];
        for (var m = 0; m < Metrics; m++)
            for (var c = 0; c < 4; c++)
                results[m * 4 + c] = MetricResult.NotCommitted((Metric)m, (Commitment)c);
        return results;
    }

    private static MetricResult NotCommitted(Metric metric, Commitment commitment) => NotCommittedResults[(int)metric * 4 + (int)commitment];

    /// <summary>Everything a ticket is owed under the plan version in force when it was opened: equal to <see cref="TicketEvaluator.Evaluate(string, Ticket)"/>.</summary>
    /// <exception cref="TicketException">An unknown plan, severity or kind, no version in force, an event before the opening, a bad attribute.</exception>
    public TicketEvaluation Evaluate(string plan, Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var p = PlanIndex(plan);
        if (p < 0) throw new TicketException("plan", $"unknown plan '{plan}'");
        var slot = SlotAt(p, ticket.Opened, out var openedDay);
        if (slot < 0) throw NotInForce(plan, openedDay);
        var version = _versions[slot];
        var history = Sorted(ticket.History);
        if (history.Count > 0 && history[0].At < ticket.Opened)
            throw new TicketException("events", $"an event ({history[0].Type}) is before the ticket was opened");

        var severity = ResolveSeverity(ticket.Severity, "severity");
        var pauseEvents = 0;
        Instant? responded = null, resolved = null;
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            switch (e.Type)
            {
                case TicketEventType.SeverityChanged: severity = ResolveSeverity(e.Severity, "events.severity"); break;
                case TicketEventType.Paused: pauseEvents++; break;
                case TicketEventType.Responded: responded ??= e.At; break;
                case TicketEventType.Resolved: resolved ??= e.At; break;
            }
        }
        var kind = ResolveKind(ticket.Kind);

        var end = resolved ?? ticket.AsOf;
        var pauses = pauseEvents == 0 ? Array.Empty<Interval>() : new Interval[pauseEvents];
        var pauseCount = pauseEvents == 0 ? 0 : Pauses(history, resolved, pauses);
        var cell = Cell(slot, SeveritySlot(severity), KindSlot(kind));

        var response = JudgeOnce(Metric.Response, _targets[cell + (int)Metric.Response], pauses, pauseCount, ticket.Opened, responded, end);
        var responseBase = response.Actual ?? response.Due;
        var updates = JudgeRepeating(_targets[cell + (int)Metric.StatusUpdate], pauses, pauseCount, responseBase, history, resolved, ticket.AsOf);
        var followUpCell = _targets[cell + (int)Metric.FollowUp];
        var followUp = responseBase is { } fb
            ? JudgeOnce(Metric.FollowUp, followUpCell, pauses, pauseCount, fb, FirstUpdateAfter(history, fb, 0, out _), end)
            : NotCommitted(Metric.FollowUp, followUpCell.Commitment);
        var resolution = JudgeOnce(Metric.Resolution, _targets[cell + (int)Metric.Resolution], pauses, pauseCount, ticket.Opened, resolved, ticket.AsOf);
        var responseCalendar = _targets[cell + (int)Metric.Response].Calendar;
        var clockStart = responseCalendar >= 0 ? _calendars[responseCalendar].NextOpening(ticket.Opened) : ticket.Opened;
        var coverage = CoverageOfTicket(slot, ticket, severity, kind);

        return new TicketEvaluation(Model.Plans[p].Id, version.EffectiveFrom,
            severity < 0 ? null : Model.Severities[severity].Id, kind < 0 ? null : Model.Kinds[kind].Id,
            clockStart, response, updates, followUp, resolution, coverage);
    }

    private MetricResult JudgeOnce(Metric metric, TargetCell target, Interval[] pauses, int pauseCount, Instant start, Instant? actual, Instant? asOf)
    {
        if (!target.IsDue) return NotCommitted(metric, target.Commitment);
        var clock = new TicketClock(_calendars[target.Calendar], pauses, pauseCount);
        var due = clock.Add(start, target.Duration);
        bool? met = actual is { } a ? due is not { } d || a <= d : asOf is { } now && due is { } dd && now > dd ? false : null;
        var used = clock.TimeBetween(start, actual ?? asOf ?? start);
        return new MetricResult(metric, Commitment.Due, target.Duration, Model.Calendars[target.Calendar].Id, due, actual, met, met == false ? due : null, used);
    }

    /// <summary>Status updates: each due one interval after the response or the previous update, until resolved.</summary>
    private IReadOnlyList<MetricResult> JudgeRepeating(TargetCell target, Interval[] pauses, int pauseCount, Instant? firstBase, IReadOnlyList<TicketEvent> history, Instant? resolved, Instant? asOf)
    {
        if (!target.IsDue || firstBase is not { } previous)
            return new[] { NotCommitted(Metric.StatusUpdate, target.Commitment) };
        var clock = new TicketClock(_calendars[target.Calendar], pauses, pauseCount);
        var calendar = Model.Calendars[target.Calendar].Id;
        var results = new List<MetricResult>(2);
        var scan = 0;
        while (results.Count < TicketEvaluator.MaxUpdates)
        {
            var due = clock.Add(previous, target.Duration);
            if (resolved is { } r && (due is not { } d0 || r <= d0)) break;
            // The reference takes the first update after the previous one, or default(Instant) when that is later still.
            var actual = FirstUpdateAfter(history, previous, scan, out scan) ?? (default(Instant) > previous ? default(Instant) : null);
            if (actual is { } given && resolved is { } res && given > res) actual = null;
            var end = actual ?? resolved ?? asOf;
            bool? met = actual is { } a ? due is not { } d1 || a <= d1 : end is { } now && due is { } d2 && now > d2 ? false : null;
            results.Add(new MetricResult(Metric.StatusUpdate, Commitment.Due, target.Duration, calendar, due, actual, met,
                met == false ? due : null, clock.TimeBetween(previous, end ?? previous)));
            if (actual is null || due is null) break;
            previous = actual.Value;
        }
        return results.Count == 0 ? new[] { NotCommitted(Metric.StatusUpdate, Commitment.None) } : results;
    }

    /// <summary>The first <c>updated</c> event after the instant, searching the sorted history from <paramref name="from"/>.</summary>
    private static Instant? FirstUpdateAfter(IReadOnlyList<TicketEvent> history, Instant after, int from, out int at)
    {
        for (var i = from; i < history.Count; i++)
        {
            var e = history[i];
            if (e.Type == TicketEventType.Updated && e.At > after)
            {
                at = i;
                return e.At;
            }
        }
        at = from;
        return null;
    }

    /// <summary>Waiting intervals, as the interpreter makes them: paused → resumed, a pause never resumed lasts until resolved, else for ever.</summary>
    private static int Pauses(IReadOnlyList<TicketEvent> history, Instant? resolved, Interval[] into)
    {
        var count = 0;
        Instant? pausedAt = null;
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            if (e.Type == TicketEventType.Paused && pausedAt is null) pausedAt = e.At;
            else if (e.Type == TicketEventType.Resumed && pausedAt is { } p)
            {
                if (e.At > p) into[count++] = new Interval(p, e.At);
                pausedAt = null;
            }
        }
        if (pausedAt is { } open)
            into[count++] = new Interval(open, resolved is { } r && r > open ? r : Instant.MaxValue);
        return count;
    }

    /// <summary>The history in time order, stable (as OrderBy); the list itself when it already is.</summary>
    private static IReadOnlyList<TicketEvent> Sorted(IReadOnlyList<TicketEvent> events)
    {
        var sorted = true;
        for (var i = 1; i < events.Count && sorted; i++) sorted = events[i - 1].At <= events[i].At;
        if (sorted) return events;
        var order = new int[events.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) => events[x].At != events[y].At ? events[x].At.CompareTo(events[y].At) : x.CompareTo(y));
        var copy = new TicketEvent[order.Length];
        for (var i = 0; i < order.Length; i++) copy[i] = events[order[i]];
        return copy;
    }
}
