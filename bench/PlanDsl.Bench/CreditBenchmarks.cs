using BenchmarkDotNet.Attributes;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Bench;

/// <summary>
/// The service credit an uptime earns under Oktawave Platinum (a five-step ladder, the longest of the seeds), for
/// 1,024 uptimes from 98.5 % to 100 %: the compiled if-chain vs <see cref="CreditLadder.CreditFor"/>.
/// </summary>
[ShortJob, MemoryDiagnoser, MedianColumn]
public class CreditBenchmarks
{
    private decimal[] _uptimes = null!;
    private int _next;
    private CompiledCatalog _compiled = null!;
    private int _plan;
    private PlanModel _planModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BenchCatalogs.Get("oktawave");
        _compiled = catalog.Compiled;
        _plan = _compiled.PlanIndex("platinum");
        _planModel = catalog.Plan("platinum");
        _uptimes = Inputs.Uptimes();
        foreach (var u in _uptimes)
            if (_compiled.CreditPercent(_plan, u) != Interpret(u)) throw new InvalidOperationException($"credit for {u}: compiled differs");
    }

    [Benchmark(Description = "compiled")]
    public decimal Compiled() => _compiled.CreditPercent(_plan, _uptimes[_next++ & Inputs.Mask]);

    [Benchmark(Description = "interpreter", Baseline = true)]
    public decimal Interpreter() => Interpret(_uptimes[_next++ & Inputs.Mask]);

    /// <summary>What a host does with the model: the current version's ladder, if any.</summary>
    private decimal Interpret(decimal uptime) => _planModel.Current.Credits?.CreditFor(uptime) ?? 0m;
}
