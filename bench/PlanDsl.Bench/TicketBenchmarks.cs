using BenchmarkDotNet.Attributes;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Bench;

/// <summary>
/// Whole-ticket evaluation (response, status updates, follow-up, resolution, clock start, coverage) of 4,096
/// tickets of Ombori, Domo and Oktawave (<see cref="Inputs.Tickets"/>), cycled: compiled vs <see cref="TicketEvaluator"/>.
/// </summary>
[ShortJob, MemoryDiagnoser, MedianColumn]
public class TicketBenchmarks
{
    private const int Count = 4096;
    private Inputs.PlannedTicket[] _tickets = null!;
    private int _next;
    private CompiledCatalog[] _compiled = null!;
    private TicketEvaluator[] _interpreters = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalogs = Inputs.TicketSeeds.Select(BenchCatalogs.Get).ToArray();
        _compiled = catalogs.Select(c => c.Compiled).ToArray();
        _interpreters = catalogs.Select(c => c.Interpreter).ToArray();
        _tickets = Inputs.Tickets(Count);
        long updates = 0;
        foreach (var t in _tickets)
        {
            var expected = Describe(_interpreters[t.Catalog].Evaluate(t.Plan, t.Ticket));
            var actual = Describe(_compiled[t.Catalog].Evaluate(t.Plan, t.Ticket));
            if (expected != actual) throw new InvalidOperationException($"{Inputs.TicketSeeds[t.Catalog]} {t.Plan}: compiled {actual}, interpreter {expected}");
            updates += _compiled[t.Catalog].Evaluate(t.Plan, t.Ticket).StatusUpdates.Count;
        }
        Console.WriteLine($"// {Count} tickets: compiled = interpreter on all; {updates} status updates judged");
    }

    [Benchmark(Description = "compiled")]
    public TicketEvaluation Compiled()
    {
        var t = _tickets[_next++ & (Count - 1)];
        return _compiled[t.Catalog].Evaluate(t.Plan, t.Ticket);
    }

    [Benchmark(Description = "interpreter", Baseline = true)]
    public TicketEvaluation Interpreter()
    {
        var t = _tickets[_next++ & (Count - 1)];
        return _interpreters[t.Catalog].Evaluate(t.Plan, t.Ticket);
    }

    /// <summary>Everything an evaluation says, as text, to compare two of them.</summary>
    public static string Describe(TicketEvaluation e) =>
        $"{e.Plan} {e.VersionEffective} {e.Severity} {e.Kind} start {e.ClockStart} | R {Metric(e.Response)} | U {string.Join(", ", e.StatusUpdates.Select(Metric))} | F {Metric(e.FollowUp)} | X {Metric(e.Resolution)} | C {e.Coverage.Verdict} {e.Coverage.RuleIndex} {e.Coverage.Rate} {e.Coverage.UnknownRules.Length}";

    private static string Metric(MetricResult m) =>
        $"{m.Metric} {m.Commitment} {m.Target} {m.Calendar} due {m.Due} actual {m.Actual} met {m.Met} breached {m.BreachedAt} used {m.ClockTimeUsed}";
}

/// <summary>
/// The 'Done when' measurement: one invocation evaluates 1,000,000 distinct pre-generated tickets with the compiled
/// catalogs on one thread, the process pinned to one CPU; the reported time is for all of them.
/// </summary>
[OneCoreJob, MemoryDiagnoser, MedianColumn]
public class MillionTicketsBenchmark
{
    private const int Count = 1_000_000;
    private Inputs.PlannedTicket[] _tickets = null!;
    private CompiledCatalog[] _compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compiled = Inputs.TicketSeeds.Select(s => BenchCatalogs.Get(s).Compiled).ToArray();
        _tickets = Inputs.Tickets(Count, seed: 2);
        var affinity = OperatingSystem.IsLinux() || OperatingSystem.IsWindows() ? System.Diagnostics.Process.GetCurrentProcess().ProcessorAffinity.ToString() : "?";
        Console.WriteLine($"// {Count:N0} tickets generated; processor affinity mask {affinity}");
    }

    [Benchmark(Description = "compiled Evaluate × 1,000,000 tickets, one thread")]
    public int EvaluateMillion()
    {
        var tickets = _tickets;
        var compiled = _compiled;
        var met = 0;
        for (var i = 0; i < tickets.Length; i++)
        {
            var t = tickets[i];
            if (compiled[t.Catalog].Evaluate(t.Plan, t.Ticket).Response.Met == true) met++;
        }
        return met;
    }
}
