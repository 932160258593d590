using System.Reflection;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// A catalog compiled by <c>plandsl build</c>: the generated class derives from this one and supplies the
/// rebuilt model, the precomputed open time of every calendar, the target table (plan version × severity ×
/// kind × metric), credit ladders as if-chains and coverage rules as decision code. The answers are the
/// reference interpreter's (<see cref="TicketEvaluator"/>, <see cref="BusinessCalendar"/>,
/// <see cref="CreditLadder.CreditFor"/>, <see cref="Coverage.CoverageEvaluator"/>), exactly.
/// Instances are immutable and thread-safe. Load one with <see cref="PlanCatalog.Load"/>.
/// </summary>
/// <remarks>
/// Indices: plans, severities, kinds, calendars and attributes are numbered in the order of the model's
/// lists (<see cref="PlanIndex"/>, <see cref="SeverityIndex"/> …). In a catalog without severities (or
/// kinds) pass 0 for the severity (or kind). The plan version is the one in force on the day (in the
/// catalog's time zone) the ticket was opened.
/// </remarks>
public abstract partial class CompiledCatalog
{
    private const int Metrics = 4;

    private readonly PrecomputedCalendar[] _calendars;
    private readonly TargetCell[] _targets;
    private readonly int _severitySlots, _kindSlots;
    private readonly int[] _planFirstSlot;
    private readonly bool[] _planDated;
    private readonly PlanVersion[] _versions;
    private readonly int[] _versionPlan;
    private readonly DateTimeZone _zone;

    /// <param name="model">The catalog's resolved model, as the compiler produced it.</param>
    /// <param name="openTimeTables">Per calendar of the model, its <see cref="OpenTimeEncoding"/> text, or null.</param>
    /// <param name="targets">The target table, <c>((version slot × severities + severity) × kinds + kind) × 4 + metric</c>.</param>
    protected CompiledCatalog(ResolvedCatalog model, string?[] openTimeTables, TargetCell[] targets)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        var info = GetType().Assembly.GetCustomAttribute<PlanDslCatalogAttribute>()
            ?? throw new InvalidOperationException($"{GetType().Assembly.GetName().Name} has no PlanDslCatalog attribute");
        SourceHash = info.SourceHash;
        LanguageVersion = info.LanguageVersion;
        CompilerVersion = info.CompilerVersion;
        TimeZoneDataVersion = info.TimeZoneDataVersion;
        _zone = model.TimeZone.Resolve();

        if (openTimeTables.Length != model.Calendars.Length) throw new ArgumentException("one open-time table per calendar expected", nameof(openTimeTables));
        _calendars = new PrecomputedCalendar[model.Calendars.Length];
        for (var i = 0; i < _calendars.Length; i++)
            _calendars[i] = new PrecomputedCalendar(BusinessCalendar.From(model.Calendars[i]), openTimeTables[i] is { } t ? OpenTimeEncoding.Decode(t) : null);

        _severitySlots = Math.Max(1, model.Severities.Length);
        _kindSlots = Math.Max(1, model.Kinds.Length);
        _planFirstSlot = new int[model.Plans.Length];
        _planDated = new bool[model.Plans.Length];
        var versions = new List<PlanVersion>();
        var versionPlan = new List<int>();
        for (var p = 0; p < model.Plans.Length; p++)
        {
            var plan = model.Plans[p];
            _planFirstSlot[p] = versions.Count;
            _planDated[p] = plan.Versions.Length != 1 || plan.Versions[0].EffectiveFrom is not null;
            foreach (var v in plan.Versions)
            {
                versions.Add(v);
                versionPlan.Add(p);
            }
        }
        _versions = versions.ToArray();
        _versionPlan = versionPlan.ToArray();
        if (targets.Length != _versions.Length * _severitySlots * _kindSlots * Metrics)
            throw new ArgumentException("the target table does not match the model", nameof(targets));
        _targets = targets;
        InitializeCoverage();
    }

    public string CatalogId => Model.Id;

    /// <summary>"sha256:" and the hex SHA-256 of the plan sources the assembly was built from.</summary>
    public string SourceHash { get; }

    public int LanguageVersion { get; }

    public string CompilerVersion { get; }

    /// <summary>The tzdb version the open-time tables were computed with (the runtime's NodaTime answers outside them).</summary>
    public string TimeZoneDataVersion { get; }

    /// <summary>The whole resolved model, rebuilt by generated code.</summary>
    public ResolvedCatalog Model { get; }

    // ------------------------------------------------------------ names to indices (generated switches)

    /// <summary>The plan's index in <see cref="ResolvedCatalog.Plans"/>, or -1.</summary>
    public abstract int PlanIndex(string plan);

    /// <summary>A severity by name, number or alias (aliases and titles ignoring case), as <see cref="ResolvedCatalog.FindSeverity"/>; -1 when none.</summary>
    public abstract int SeverityIndex(string nameNumberOrAlias);

    /// <summary>A request kind's index in <see cref="ResolvedCatalog.Kinds"/>, or -1.</summary>
    public abstract int KindIndex(string? kind);

    /// <summary>A calendar's index in <see cref="ResolvedCatalog.Calendars"/>, or -1.</summary>
    public abstract int CalendarIndex(string id);

    /// <summary>A ticket attribute's index in <see cref="ResolvedCatalog.Attributes"/>, or -1.</summary>
    public abstract int AttributeIndex(string id);

    // ------------------------------------------------------------ calendars

    /// <summary>The calendar at the index, with its precomputed open time.</summary>
    public PrecomputedCalendar Calendar(int index) => _calendars[index];

    public bool IsOpen(int calendar, Instant t) => _calendars[calendar].IsOpen(t);

    // ------------------------------------------------------------ plan versions

    /// <summary>The index (in the plan's <see cref="PlanModel.Versions"/>) of the version in force on the day, or -1.</summary>
    public int VersionIndex(int plan, LocalDate day)
    {
        var slot = SlotOn(plan, day);
        return slot < 0 ? -1 : slot - _planFirstSlot[plan];
    }

    private int SlotOn(int plan, LocalDate day)
    {
        var first = _planFirstSlot[plan];
        var count = Model.Plans[plan].Versions.Length;
        var found = -1;
        for (var i = 0; i < count; i++)
            if (_versions[first + i].EffectiveFrom is not { } from || from <= day) found = first + i;
        return found;
    }

    /// <summary>The version slot in force when a ticket is opened, or -1 (with the day it was opened).</summary>
    private int SlotAt(int plan, Instant opened, out LocalDate openedDay)
    {
        if (!_planDated[plan])
        {
            openedDay = default;
            return _planFirstSlot[plan];
        }
        openedDay = opened.InZone(_zone).Date;
        return SlotOn(plan, openedDay);
    }

    private int CurrentSlot(int plan) => _planFirstSlot[plan] + Model.Plans[plan].Versions.Length - 1;

    // ------------------------------------------------------------ targets

    /// <summary>When the response to a ticket without history is due; null when the target gives no due instant.</summary>
    /// <exception cref="TicketException">No version of the plan is in force on the day the ticket was opened.</exception>
    public Instant? ResponseDue(int plan, int severity, int kind, Instant opened) => DueFromOpening(plan, severity, kind, opened, Metric.Response);

    /// <summary>When the resolution of a ticket without history is due; null when the target gives no due instant.</summary>
    public Instant? ResolutionDue(int plan, int severity, int kind, Instant opened) => DueFromOpening(plan, severity, kind, opened, Metric.Resolution);

    /// <summary>
    /// <see cref="ResponseDue(int, int, int, Instant)"/> by names, checked as the interpreter checks a ticket
    /// (<see cref="TicketException"/> for an unknown plan, severity or kind).
    /// </summary>
    public Instant? ResponseDue(string plan, string? severity, string? kind, Instant opened)
    {
        var p = PlanIndex(plan);
        if (p < 0) throw new TicketException("plan", $"unknown plan '{plan}'");
        if (SlotAt(p, opened, out var day) < 0) throw NotInForce(plan, day);
        return ResponseDue(p, SeveritySlot(ResolveSeverity(severity, "severity")), KindSlot(ResolveKind(kind)), opened);
    }

    private Instant? DueFromOpening(int plan, int severity, int kind, Instant opened, Metric metric)
    {
        if ((uint)severity >= (uint)_severitySlots) throw new ArgumentOutOfRangeException(nameof(severity));
        if ((uint)kind >= (uint)_kindSlots) throw new ArgumentOutOfRangeException(nameof(kind));
        var slot = SlotAt(plan, opened, out var day);
        if (slot < 0) throw NotInForce(Model.Plans[plan].Id, day);
        var cell = _targets[Cell(slot, severity, kind) + (int)metric];
        return cell.IsDue ? new TicketClock(_calendars[cell.Calendar], Array.Empty<Interval>(), 0).Add(opened, cell.Duration) : null;
    }

    private int Cell(int slot, int severity, int kind) => ((slot * _severitySlots + severity) * _kindSlots + kind) * Metrics;

    private static TicketException NotInForce(string plan, LocalDate day) =>
        new("opened", $"no version of plan '{plan}' is in force on {day:uuuu-MM-dd}");

    // ------------------------------------------------------------ credits

    /// <summary>The credit percentage an uptime earns under the plan's current (latest) version (<see cref="CreditLadder.CreditFor"/>; 0 without a ladder).</summary>
    public decimal CreditPercent(int plan, decimal uptimePercent) => CreditOf(CurrentSlot(plan), uptimePercent);

    /// <summary>The credit percentage under the version in force on the day.</summary>
    public decimal CreditPercent(int plan, LocalDate day, decimal uptimePercent)
    {
        var slot = SlotOn(plan, day);
        if (slot < 0) throw new ArgumentOutOfRangeException(nameof(day), day, $"no version of plan '{Model.Plans[plan].Id}' is in force on that day");
        return CreditOf(slot, uptimePercent);
    }

    /// <summary>Generated: the ladder of the version slot as an if-chain, capped.</summary>
    protected abstract decimal CreditOf(int versionSlot, decimal uptimePercent);

    // ------------------------------------------------------------ checks shared with the interpreter

    /// <summary>The severity index (-1 for none in a catalog without severities), as <see cref="TicketEvaluator"/> checks it.</summary>
    private int ResolveSeverity(string? severity, string field)
    {
        if (Model.Severities.IsEmpty)
        {
            if (!string.IsNullOrEmpty(severity)) throw new TicketException(field, $"catalog '{Model.Id}' has no severities; leave '{field}' out");
            return -1;
        }
        if (string.IsNullOrEmpty(severity))
            throw new TicketException(field, $"a severity is required: one of {string.Join(", ", Model.Severities.Select(s => s.Id))}");
        var index = SeverityIndex(severity);
        return index >= 0 ? index
            : throw new TicketException(field, $"unknown severity '{severity}'; severities: {string.Join(", ", Model.Severities.Select(s => s.Id + (s.Number is { } n ? $" ({n})" : "")))}");
    }

    private int ResolveKind(string? kind)
    {
        if (Model.Kinds.IsEmpty)
        {
            if (!string.IsNullOrEmpty(kind)) throw new TicketException("kind", $"catalog '{Model.Id}' has no request kinds; leave 'kind' out");
            return -1;
        }
        if (string.IsNullOrEmpty(kind))
            throw new TicketException("kind", $"a request kind is required: one of {string.Join(", ", Model.Kinds.Select(k => k.Id))}");
        var index = KindIndex(kind);
        return index >= 0 ? index
            : throw new TicketException("kind", $"unknown request kind '{kind}'; kinds: {string.Join(", ", Model.Kinds.Select(k => k.Id))}");
    }

    private static int SeveritySlot(int severity) => severity < 0 ? 0 : severity;

    private static int KindSlot(int kind) => kind < 0 ? 0 : kind;
}
