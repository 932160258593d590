using NodaTime;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// Writes down what <see cref="TicketEvaluator"/> reports while it decides one ticket, as it happens:
/// <see cref="TicketExplainer"/> turns the notes into an explanation. One instance per evaluation.
/// </summary>
internal sealed class TicketTraceRecorder : ITicketTrace
{
    /// <summary>One clock run: a metric counting its target from a start.</summary>
    internal sealed class ClockRun(Metric metric, TargetValue target, Instant start)
    {
        public Metric Metric { get; } = metric;
        public TargetValue Target { get; } = target;
        public Instant Start { get; } = start;
        public List<Interval> Counted { get; } = new();
        public (Instant Start, int Days, Instant Due, Duration Paused)? BusinessDays { get; set; }
        public Instant? StoppedAt { get; set; }
    }

    /// <summary>A metric's verdict and the clock run that led to it (none for a metric without a committed time).</summary>
    internal sealed record Judgement(MetricResult Result, ClockRun? Run);

    private ClockRun? _running;

    public PlanModel? Plan { get; private set; }
    public PlanVersion? Version { get; private set; }
    public LocalDate OpenedDay { get; private set; }
    public string? StatedSeverity { get; private set; }
    public string? InitialSeverity { get; private set; }
    public List<(TicketEvent Change, string? Severity)> SeverityChanges { get; } = new();
    public string? Severity { get; private set; }
    public string? Kind { get; private set; }
    public TargetRow? Row { get; private set; }
    public IReadOnlyList<Interval> Pauses { get; private set; } = Array.Empty<Interval>();
    public List<Judgement> Judgements { get; } = new();
    public (Instant From, Instant? Due, Instant Resolved)? UpdateNotOwed { get; private set; }
    public IReadOnlyDictionary<string, object?> CoverageFacts { get; private set; } = new Dictionary<string, object?>();
    public CoverageResult? Coverage { get; private set; }

    public void VersionChosen(PlanModel plan, PlanVersion version, LocalDate openedDay) => (Plan, Version, OpenedDay) = (plan, version, openedDay);

    public void SeverityResolved(string? stated, string? severity) => (StatedSeverity, InitialSeverity) = (stated, severity);

    public void SeverityChanged(TicketEvent change, string? severity) => SeverityChanges.Add((change, severity));

    public void TargetsChosen(string? severity, string? kind, TargetRow? row) => (Severity, Kind, Row) = (severity, kind, row);

    public void PausesFound(IReadOnlyList<Interval> pauses) => Pauses = pauses.ToList();

    public void ClockStarted(Metric metric, TargetValue target, Instant start) => _running = new ClockRun(metric, target, start);

    public void Counted(Instant start, Instant end)
    {
        if (_running is null) return;
        // The clock reads open time in chunks: a stretch cut at a chunk's edge continues in the next one.
        var counted = _running.Counted;
        if (counted.Count > 0 && counted[^1].End == start && end > start) counted[^1] = new Interval(counted[^1].Start, end);
        else counted.Add(new Interval(start, end));
    }

    public void BusinessDaysCounted(Instant start, int days, Instant due, Duration pausedOpenTime)
    {
        if (_running is not null) _running.BusinessDays = (start, days, due, pausedOpenTime);
    }

    public void StoppedByPause(Instant at)
    {
        if (_running is not null) _running.StoppedAt = at;
    }

    public void StatusUpdateNotOwed(Instant? due, Instant resolved)
    {
        UpdateNotOwed = (_running?.Start ?? resolved, due, resolved);
        _running = null;
    }

    public void MetricJudged(MetricResult result)
    {
        var run = _running is { } r && r.Metric == result.Metric ? r : null;
        Judgements.Add(new Judgement(result, run));
        _running = null;
    }

    public void CoverageDecided(IReadOnlyDictionary<string, object?> attributes, CoverageResult result) =>
        (CoverageFacts, Coverage) = (new Dictionary<string, object?>(attributes, StringComparer.Ordinal), result);
}
