using System.Diagnostics;
using NodaTime;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Bench;

/// <summary>
/// <c>--profile</c>: where the time of a compiled <c>ResponseDue</c> and of a whole-ticket evaluation goes, by timing
/// the layers underneath one by one (in-process, Stopwatch, best of 5 rounds).
/// </summary>
internal static class Profile
{
    public static void Run()
    {
        var openings = Inputs.Openings();
        foreach (var (seed, plan, severity, kind) in new[] { ("oktawave", "gold", (string?)null, (string?)"deployment"), ("ombori", "production", "critical", null) })
        {
            var compiled = BenchCatalogs.Get(seed).Compiled;
            var model = compiled.Model;
            var p = compiled.PlanIndex(plan);
            var s = severity is null ? 0 : compiled.SeverityIndex(severity);
            var k = kind is null ? 0 : compiled.KindIndex(kind);
            var target = model.FindPlan(plan)!.Current.FindTargets(severity, kind)!.Response;
            var c = compiled.CalendarIndex(target.Calendar!);
            var calendar = compiled.Calendar(c);
            var duration = target.Duration.Elapsed;
            Console.WriteLine($"{seed} {plan} {severity ?? kind}: {target.Duration} on {target.Calendar}");
            Best("  ResponseDue (whole call)", 2_000_000, n =>
            {
                long sum = 0;
                for (var i = 0; i < n; i++) sum += compiled.ResponseDue(p, s, k, openings[i & Inputs.Mask])!.Value.ToUnixTimeTicks();
                return sum;
            });
            Best("  PrecomputedCalendar.Add (2 binary searches)", 2_000_000, n =>
            {
                long sum = 0;
                for (var i = 0; i < n; i++) sum += calendar.Add(openings[i & Inputs.Mask], duration).ToUnixTimeTicks();
                return sum;
            });
            Best("  PrecomputedCalendar.IsOpen (1 binary search)", 2_000_000, n =>
            {
                long sum = 0;
                for (var i = 0; i < n; i++) sum += calendar.IsOpen(openings[i & Inputs.Mask]) ? 1 : 0;
                return sum;
            });
            Best("  Instant + Duration, Instant comparison (the clock's search limit)", 2_000_000, n =>
            {
                long sum = 0;
                var limit = Duration.FromDays(62 * 119);
                for (var i = 0; i < n; i++) sum += openings[i & Inputs.Mask] + limit > openings[(i + 1) & Inputs.Mask] ? 1 : 0;
                return sum;
            });
            Best("  opened.InZone(zone).Date (a dated plan's version lookup)", 2_000_000, n =>
            {
                long sum = 0;
                var zone = model.TimeZone.Resolve();
                for (var i = 0; i < n; i++) sum += openings[i & Inputs.Mask].InZone(zone).Date.Day;
                return sum;
            });
            Best("  loop overhead (read the opening)", 2_000_000, n =>
            {
                long sum = 0;
                for (var i = 0; i < n; i++) sum += openings[i & Inputs.Mask].ToUnixTimeTicks();
                return sum;
            });
            var horizon = calendar.Horizon!.Value;
            Console.WriteLine($"  table: {horizon.Start:yyyy-MM-dd} to {horizon.End:yyyy-MM-dd}");
        }

        // Whole tickets: the share of the time in GC.
        var tickets = Inputs.Tickets(200_000, seed: 3);
        var catalogs = Inputs.TicketSeeds.Select(x => BenchCatalogs.Get(x).Compiled).ToArray();
        for (var round = 0; round < 3; round++)
        {
            var gcBefore = GC.GetTotalPauseDuration();
            var count0 = GC.CollectionCount(0);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            foreach (var t in tickets) catalogs[t.Catalog].Evaluate(t.Plan, t.Ticket);
            var elapsed = sw.Elapsed;
            Console.WriteLine($"200,000 tickets: {elapsed.TotalMilliseconds:F0} ms ({elapsed.TotalNanoseconds / tickets.Length:F0} ns/ticket), " +
                $"GC pauses {(GC.GetTotalPauseDuration() - gcBefore).TotalMilliseconds:F0} ms in {GC.CollectionCount(0) - count0} gen0 collections, " +
                $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / tickets.Length} B/ticket");
        }
        var byCatalog = new double[3];
        var counts = new int[3];
        for (var round = 0; round < 2; round++)
        {
            Array.Clear(byCatalog);
            Array.Clear(counts);
            foreach (var t in tickets)
            {
                var start = Stopwatch.GetTimestamp();
                catalogs[t.Catalog].Evaluate(t.Plan, t.Ticket);
                byCatalog[t.Catalog] += Stopwatch.GetElapsedTime(start).TotalNanoseconds;
                counts[t.Catalog]++;
            }
        }
        for (var c = 0; c < 3; c++) Console.WriteLine($"  {Inputs.TicketSeeds[c]}: {byCatalog[c] / counts[c]:F0} ns/ticket (with timer overhead)");
    }

    private static void Best(string name, int n, Func<int, long> run)
    {
        run(10_000);
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var sw = Stopwatch.StartNew();
            run(n);
            best = Math.Min(best, sw.Elapsed.TotalNanoseconds / n);
        }
        Console.WriteLine($"{name}: {best:F1} ns");
    }
}
