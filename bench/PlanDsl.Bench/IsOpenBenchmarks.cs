using BenchmarkDotNet.Attributes;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Compiled;

namespace PlanDsl.Bench;

/// <summary>"Is the calendar open at t?" for the 1,024 instants of <see cref="Inputs.Openings"/>: compiled vs <see cref="BusinessCalendar.IsOpen"/>.</summary>
[ShortJob, MemoryDiagnoser, MedianColumn]
public class IsOpenBenchmarks
{
    private Instant[] _instants = null!;
    private int _next;
    private CompiledCatalog _compiled = null!;
    private int _calendar;
    private BusinessCalendar _reference = null!;

    [Params("oktawave dni_robocze_8_20", "ombori production_hours")]
    public string Calendar { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Calendar.Split(' ');
        var catalog = BenchCatalogs.Get(parts[0]);
        _compiled = catalog.Compiled;
        _calendar = _compiled.CalendarIndex(parts[1]);
        _reference = catalog.Calendars.Get(parts[1]);
        _instants = Inputs.Openings();
        var open = 0;
        foreach (var t in _instants)
        {
            var expected = _reference.IsOpen(t);
            if (_compiled.IsOpen(_calendar, t) != expected) throw new InvalidOperationException($"{Calendar} at {t}: compiled differs");
            if (expected) open++;
        }
        Console.WriteLine($"// {Calendar}: open at {open} of {_instants.Length} instants; compiled = interpreter");
    }

    [Benchmark(Description = "compiled")]
    public bool Compiled() => _compiled.IsOpen(_calendar, _instants[_next++ & Inputs.Mask]);

    [Benchmark(Description = "interpreter", Baseline = true)]
    public bool Interpreter() => _reference.IsOpen(_instants[_next++ & Inputs.Mask]);
}
