using NodaTime;
using PlanDsl.Runtime.Compiled;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>The hot paths of a compiled catalog allocate nothing: ResponseDue, IsOpen, CreditPercent (seed catalogs with holidays in a DST zone).</summary>
public sealed class HotPathAllocationTests
{
    [Fact]
    public void ResponseDue_IsOpen_and_CreditPercent_allocate_nothing()
    {
        var oktawave = CompiledKit.Seed("oktawave");
        var ombori = CompiledKit.Seed("ombori");
        var gold = oktawave.PlanIndex("gold");
        var deployment = oktawave.KindIndex("deployment");
        var calendar = oktawave.CalendarIndex("dni_robocze_8_20");
        var production = ombori.PlanIndex("production");
        var critical = ombori.SeverityIndex("critical");
        var start = Instant.FromUtc(2026, 3, 27, 15, 0);
        Instant? sink = null;
        var open = false;
        var credit = 0m;

        void Run()
        {
            for (var i = 0; i < 2000; i++)
            {
                var t = start + Duration.FromMinutes(i * 37);
                sink = oktawave.ResponseDue(gold, 0, deployment, t);
                sink = ombori.ResponseDue(production, critical, 0, t);
                open ^= oktawave.IsOpen(calendar, t);
                credit += oktawave.CreditPercent(gold, 99.41m + i % 3);
            }
        }

        Run(); // warm up: tables, tier-up
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotNull(sink);
        Assert.True(credit >= 0);
    }
}
