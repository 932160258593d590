using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PlanDsl.Bench;

// dotnet run -c Release --project bench/PlanDsl.Bench -- --filter '*'
// Each class carries its own short job (Jobs.cs); results go to BenchmarkDotNet.Artifacts/results/.
// --profile: where the time of ResponseDue and of a whole ticket goes.
// --smoke: run every setup (which checks compiled = interpreter) and time each case roughly, in-process.
if (args is ["--profile", ..])
{
    Profile.Run();
    return;
}
if (args is ["--smoke", ..])
{
    Smoke.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ResponseDueBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40)));

internal static class Smoke
{
    public static void Run()
    {
        foreach (var c in new[] { "oktawave gold deployment", "ombori production critical" })
        {
            var b = new ResponseDueBenchmarks { Case = c };
            b.Setup();
            Time($"ResponseDue {c} compiled", 1_000_000, () => b.Compiled());
            Time($"ResponseDue {c} interpreter", 20_000, () => b.Interpreter());
            Time($"ResponseDue {c} naive", 300, () => b.Naive());
        }
        foreach (var c in new[] { "oktawave dni_robocze_8_20", "ombori production_hours" })
        {
            var b = new IsOpenBenchmarks { Calendar = c };
            b.Setup();
            Time($"IsOpen {c} compiled", 1_000_000, () => b.Compiled());
            Time($"IsOpen {c} interpreter", 50_000, () => b.Interpreter());
        }
        var credit = new CreditBenchmarks();
        credit.Setup();
        Time("Credit compiled", 1_000_000, () => credit.Compiled());
        Time("Credit interpreter", 1_000_000, () => credit.Interpreter());
        var coverage = new CoverageBenchmarks();
        coverage.Setup();
        Time("Coverage compiled", 200_000, () => coverage.Compiled());
        Time("Coverage interpreter", 50_000, () => coverage.Interpreter());
        var tickets = new TicketBenchmarks();
        tickets.Setup();
        Time("Ticket compiled", 200_000, () => tickets.Compiled());
        Time("Ticket interpreter", 5_000, () => tickets.Interpreter());
        var million = new MillionTicketsBenchmark();
        million.Setup();
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            million.EvaluateMillion();
            Console.WriteLine($"1M tickets: {sw.Elapsed.TotalMilliseconds:F0} ms");
        }
    }

    private static void Time(string name, int n, Func<object?> f)
    {
        for (var i = 0; i < Math.Min(n, 2000); i++) f();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) f();
        var ns = sw.Elapsed.TotalNanoseconds / n;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
        Console.WriteLine($"{name}: {ns:F1} ns/op, {bytes:F0} B/op");
    }
}
