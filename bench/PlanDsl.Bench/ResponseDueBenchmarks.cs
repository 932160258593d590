using BenchmarkDotNet.Attributes;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Bench;

/// <summary>
/// When the response to a new ticket is due, for 1,024 openings in 2026 (cycled): the compiled catalog, the
/// interpreter (as <see cref="TicketEvaluator"/> works it out: version in force, targets row, clock on the
/// calendar) and the naive minute-stepping baseline.
/// <list type="bullet">
/// <item>Oktawave Gold, deployment: 4 h on working days 08:00-20:00 Europe/Warsaw less Polish public holidays.</item>
/// <item>Ombori Production, critical: 30 min on Mon-Sun 08:00-21:00 CET (with DST).</item>
/// </list>
/// </summary>
[ShortJob, MemoryDiagnoser, MedianColumn]
public class ResponseDueBenchmarks
{
    private Instant[] _openings = null!;
    private int _next;
    private CompiledCatalog _compiled = null!;
    private int _plan, _severity, _kind;
    private ResolvedCatalog _model = null!;
    private PlanModel _planModel = null!;
    private CalendarSet _calendars = null!;
    private string? _severityId, _kindId;
    private DateTimeZone _zone = null!;
    private BusinessCalendar _naiveCalendar = null!;
    private Duration _naiveDuration;

    [Params("oktawave gold deployment", "ombori production critical")]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Case.Split(' ');
        var catalog = BenchCatalogs.Get(parts[0]);
        _compiled = catalog.Compiled;
        _model = catalog.Model;
        _calendars = catalog.Calendars;
        _zone = _model.TimeZone.Resolve();
        _planModel = catalog.Plan(parts[1]);
        _plan = _compiled.PlanIndex(parts[1]);
        (_severityId, _kindId) = _model.Severities.IsEmpty ? ((string?)null, parts[2]) : (parts[2], (string?)null);
        _severity = _severityId is null ? 0 : _compiled.SeverityIndex(_severityId);
        _kind = _kindId is null ? 0 : _compiled.KindIndex(_kindId);
        var target = _planModel.Current.FindTargets(_severityId, _kindId)!.Response;
        _naiveCalendar = _calendars.Get(target.Calendar!);
        _naiveDuration = target.Duration.Elapsed;
        _openings = Inputs.Openings();

        // The three must agree before anything is measured.
        var naiveDiffers = 0;
        foreach (var opened in _openings)
        {
            var interpreted = InterpreterDue(opened);
            var compiled = _compiled.ResponseDue(_plan, _severity, _kind, opened);
            if (compiled != interpreted) throw new InvalidOperationException($"{Case} opened {opened}: compiled {compiled}, interpreter {interpreted}");
            if (NaiveClock.Add(_naiveCalendar, opened, _naiveDuration) != interpreted) naiveDiffers++;
        }
        Console.WriteLine($"// {Case}: {target.Duration} on {target.Calendar}; compiled = interpreter on all {_openings.Length} openings; naive differs on {naiveDiffers}");
    }

    [Benchmark(Description = "compiled")]
    public Instant? Compiled() => _compiled.ResponseDue(_plan, _severity, _kind, _openings[_next++ & Inputs.Mask]);

    [Benchmark(Description = "interpreter", Baseline = true)]
    public Instant? Interpreter() => InterpreterDue(_openings[_next++ & Inputs.Mask]);

    [Benchmark(Description = "naive minute stepping")]
    public Instant? Naive() => NaiveDue(_openings[_next++ & Inputs.Mask]);

    /// <summary>The interpreter's steps for a ticket's response (<see cref="TicketEvaluator"/>: version, targets row, <see cref="PausableClock"/>).</summary>
    private Instant? InterpreterDue(Instant opened)
    {
        var version = _planModel.InForceOn(opened.InZone(_zone).Date)!;
        var target = version.FindTargets(_severityId, _kindId)!.Response;
        return new PausableClock(_calendars.Get(target.Calendar!), Array.Empty<Interval>()).Add(opened, target.Duration);
    }

    /// <summary>The same lookup, then minute stepping.</summary>
    private Instant? NaiveDue(Instant opened)
    {
        var version = _planModel.InForceOn(opened.InZone(_zone).Date)!;
        var target = version.FindTargets(_severityId, _kindId)!.Response;
        return NaiveClock.Add(_calendars.Get(target.Calendar!), opened, target.Duration.Elapsed);
    }
}
