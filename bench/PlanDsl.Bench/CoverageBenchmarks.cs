using BenchmarkDotNet.Attributes;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Bench;

/// <summary>
/// Coverage of Kolmisoft Premium tickets (the plan's included/excluded work, then the catalog's rules: not done,
/// bug on a latest version, paid services, otherwise billable) for 1,024 attribute sets, some attributes missing:
/// the compiled decision code vs <see cref="CoverageEvaluator"/>.
/// </summary>
[ShortJob, MemoryDiagnoser, MedianColumn]
public class CoverageBenchmarks
{
    private IReadOnlyDictionary<string, object?>[] _attributes = null!;
    private int _next;
    private CompiledCatalog _compiled = null!;
    private ResolvedCatalog _model = null!;
    private PlanVersion _premium = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BenchCatalogs.Get("kolmisoft");
        _compiled = catalog.Compiled;
        _model = catalog.Model;
        _premium = catalog.Plan("premium").Current;
        _attributes = Inputs.KolmisoftAttributes();
        var verdicts = new Dictionary<CoverageVerdict, int>();
        foreach (var a in _attributes)
        {
            var expected = CoverageEvaluator.Evaluate(_model, _premium, a);
            var actual = _compiled.Coverage("premium", a);
            if (actual.Verdict != expected.Verdict || actual.RuleIndex != expected.RuleIndex || actual.UnknownRules.Length != expected.UnknownRules.Length)
                throw new InvalidOperationException("coverage: compiled differs");
            verdicts[expected.Verdict] = verdicts.GetValueOrDefault(expected.Verdict) + 1;
        }
        Console.WriteLine($"// kolmisoft premium coverage: {string.Join(", ", verdicts.Select(v => $"{v.Key} {v.Value}"))}");
    }

    [Benchmark(Description = "compiled")]
    public CoverageResult Compiled() => _compiled.Coverage("premium", _attributes[_next++ & Inputs.Mask]);

    [Benchmark(Description = "interpreter", Baseline = true)]
    public CoverageResult Interpreter() => CoverageEvaluator.Evaluate(_model, _premium, _attributes[_next++ & Inputs.Mask]);
}
