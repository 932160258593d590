namespace PlanDsl.Compiler.Tests.Infrastructure;

/// <summary>
/// Seeds of the randomized tests: each test commits its seed, so that it sees the same cases on every run.
/// PLANDSL_FRESH_RANDOM=1 opts in to fresh seeds instead (a soak, never CI's default); each one used is printed
/// on stderr and named in the failure, so that a failing one can be committed.
/// </summary>
public static class Randomized
{
    public const string FreshVariable = "PLANDSL_FRESH_RANDOM";

    /// <summary>True when PLANDSL_FRESH_RANDOM=1.</summary>
    public static bool Fresh { get; } = Environment.GetEnvironmentVariable(FreshVariable) == "1";

    /// <summary>The committed seed, or a fresh one (printed) when <see cref="Fresh"/>.</summary>
    public static int Seed(int committed)
    {
        if (!Fresh) return committed;
        var fresh = System.Random.Shared.Next();
        Console.Error.WriteLine($"{FreshVariable}: fresh seed {fresh} (instead of the committed {committed})");
        return fresh;
    }

    /// <summary>A <see cref="System.Random"/> from <see cref="Seed"/>; <paramref name="seed"/> is the one it used, for failure messages.</summary>
    public static Random NewRandom(int committed, out int seed) => new(seed = Seed(committed));
}
