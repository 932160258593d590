using System.Globalization;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets.Explanation;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// Explains a ticket's answers step by step (<see cref="TicketExplanation"/>). It does not decide
/// anything itself: it runs <see cref="TicketEvaluator"/> with a trace and writes down what the
/// evaluator did (version, row, clock starts, intervals counted, pauses, verdicts, coverage), adding
/// only descriptions from the catalog (calendar hours, closed days, holiday names). So the answers
/// explained are always the evaluator's.
/// </summary>
public sealed class TicketExplainer
{
    private readonly ResolvedCatalog _catalog;
    private readonly CalendarSet _calendars;
    private readonly string _language;

    /// <param name="catalog">The catalog the tickets are judged against.</param>
    /// <param name="calendars">Its calendars (shared with the evaluator).</param>
    /// <param name="language">The language of names taken from the catalog (holidays, calendars), falling back to the catalog's default.</param>
    public TicketExplainer(ResolvedCatalog catalog, CalendarSet calendars, string language = "en")
    {
        _catalog = catalog;
        _calendars = calendars;
        _language = language;
    }

    /// <exception cref="TicketException">The ticket cannot be judged as given (as <see cref="TicketEvaluator.Evaluate(string, Ticket)"/>).</exception>
    public TicketExplanation Explain(string planId, Ticket ticket)
    {
        var trace = new TicketTraceRecorder();
        var evaluation = new TicketEvaluator(_catalog, _calendars).Evaluate(planId, ticket, trace);
        var pauses = trace.Pauses.Select(PauseSpan.From).ToList();
        return new TicketExplanation(
            _catalog.Id,
            _catalog.TimeZone.Resolve(),
            ticket,
            evaluation,
            Version(trace),
            Severity(trace),
            Targets(trace),
            pauses,
            Metrics(trace, evaluation),
            trace.UpdateNotOwed is { } skipped ? new SkippedStatusUpdate(skipped.From, skipped.Due, skipped.Resolved) : null,
            new CoverageDerivation(
                trace.CoverageFacts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => KeyValuePair.Create(f.Key, FactText(f.Value))).ToList(),
                trace.Version!.Coverage,
                evaluation.Coverage));
    }

    private VersionChoice Version(TicketTraceRecorder trace)
    {
        var plan = trace.Plan!;
        var version = trace.Version!;
        return new VersionChoice(plan.Id, Text(version.Title, plan.Id), trace.OpenedDay, version.EffectiveFrom,
            plan.Versions.IndexOf(version) + 1, plan.Versions.Select(v => v.EffectiveFrom).ToList(), version.Extends);
    }

    private SeverityChoice Severity(TicketTraceRecorder trace)
    {
        var changes = trace.SeverityChanges.Select(c => new SeverityChange(c.Change.At, c.Change.Severity, c.Severity)).ToList();
        var kind = trace.Kind is { } k ? _catalog.Kinds.FirstOrDefault(m => m.Id == k) : null;
        return new SeverityChoice(trace.StatedSeverity, trace.InitialSeverity, SeverityTitle(trace.InitialSeverity), changes,
            trace.Severity, SeverityTitle(trace.Severity), trace.Kind, kind is null ? null : Text(kind.Title, kind.Id));
    }

    private string? SeverityTitle(string? id) =>
        id is not null && _catalog.Severities.FirstOrDefault(m => m.Id == id) is { } severity ? Text(severity.Title, severity.Id) : null;

    private static TargetRowChoice Targets(TicketTraceRecorder trace)
    {
        var plan = trace.Plan!;
        var version = trace.Version!;
        var source = trace.Row is null ? TargetRowSource.NoRow
            : trace.Row.Inherited ? TargetRowSource.Inherited
            : TargetRowSource.StatedInThisVersion;
        return new TargetRowChoice(trace.Severity, trace.Kind, trace.Row, source);
    }

    private List<MetricDerivation> Metrics(TicketTraceRecorder trace, TicketEvaluation evaluation)
    {
        var derivations = new List<MetricDerivation>();
        var updates = 0;
        foreach (var (result, run) in trace.Judgements)
        {
            var occurrence = result.Metric == Metric.StatusUpdate ? ++updates : 1;
            var startPoint = result.Metric switch
            {
                Metric.Response or Metric.Resolution => MetricStartPoint.Opening,
                Metric.StatusUpdate when occurrence > 1 => MetricStartPoint.PreviousUpdate,
                _ => evaluation.Response.Actual is not null ? MetricStartPoint.Response : MetricStartPoint.ResponseDue,
            };
            derivations.Add(run is null
                ? new MetricDerivation(result.Metric, occurrence, result, startPoint, null, null, null, null, false, false, null,
                    Array.Empty<CountedInterval>(), Array.Empty<ClosedDay>(), Array.Empty<PauseApplied>(), null)
                : Derivation(run, result, occurrence, startPoint, trace.Pauses));
        }
        return derivations;
    }

    private MetricDerivation Derivation(TicketTraceRecorder.ClockRun run, MetricResult result, int occurrence, MetricStartPoint startPoint, IReadOnlyList<Interval> pauses)
    {
        var calendar = _calendars.Get(run.Target.Calendar!);
        var counted = run.Counted.Select(i => new CountedInterval(i.Start, i.End)).ToList();
        BusinessDayCount? businessDays = null;
        if (run.BusinessDays is { } b)
        {
            var clockStart = calendar.NextOpening(b.Start);
            businessDays = new BusinessDayCount(b.Days, clockStart, OpenDaysAfter(calendar, clockStart, b.Days), b.Due, b.Paused);
        }
        var firstRunning = businessDays?.ClockStart ?? (counted.Count > 0 ? counted[0].Start : (Instant?)null);
        var end = result.Due ?? run.StoppedAt ?? (counted.Count > 0 ? counted[^1].End : run.Start);
        var applied = pauses
            .Where(p => (p.Start < end || p.Start == run.StoppedAt) && p.End > run.Start)
            .Select(p => new PauseApplied(PauseSpan.From(p), calendar.OpenTimeBetween(Max(p.Start, run.Start), Min(p.End, end))))
            .ToList();
        return new MetricDerivation(result.Metric, occurrence, result, startPoint, run.Target,
            CalendarDescriber.Describe(calendar, _catalog, _language), run.Start, firstRunning,
            !calendar.IsOpen(run.Start), pauses.Any(p => p.Contains(run.Start)), businessDays, counted,
            ClosedDayFinder.Between(calendar, run.Start, end, _catalog, _language), applied, run.StoppedAt);
    }

    /// <summary>The first <paramref name="days"/> dates with open time after the clock start's date (a description of the rule's count).</summary>
    private static List<LocalDate> OpenDaysAfter(BusinessCalendar calendar, Instant clockStart, int days)
    {
        var found = new List<LocalDate>();
        var date = clockStart.InZone(calendar.Zone).Date;
        for (var tried = 0; found.Count < days && tried <= BusinessCalendar.SearchDays; tried++)
        {
            date = date.PlusDays(1);
            if (calendar.IsOpenDay(date)) found.Add(date);
        }
        return found;
    }

    private string Text(LocalizedText text, string fallback) => text.IsEmpty ? fallback : text.Get(_language, _catalog.DefaultLanguage);

    private static string FactText(object? value) => value switch
    {
        null => "null",
        bool b => b ? "yes" : "no",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
