using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace PlanDsl.Bench;

/// <summary>The job of the per-call benchmarks: one process, 3 warm-up and 10 measured iterations of ~0.5 s.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly)]
public sealed class ShortJobAttribute : JobConfigBaseAttribute
{
    public ShortJobAttribute() : base(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short")) { }
}

/// <summary>
/// The job of the one-million-tickets measurement: each iteration is one invocation (1,000,000 tickets), measured
/// as it is (no pilot, no unrolling), the process pinned to one logical CPU (affinity mask 1), so that the work,
/// the JIT and the GC all share one core.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneCoreJobAttribute : JobConfigBaseAttribute
{
    public OneCoreJobAttribute() : base(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithAffinity(1)
        .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7)
        .WithInvocationCount(1).WithUnrollFactor(1)
        .WithId("OneCore")) { }
}
