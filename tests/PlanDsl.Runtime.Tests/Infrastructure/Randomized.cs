using CsCheck;

namespace PlanDsl.Runtime.Tests.Infrastructure;

/// <summary>
/// Runs CsCheck generators from committed seeds, so that a test sees the same cases on every run. CsCheck's own
/// <c>Sample</c> is not used: it takes its <c>seed</c> (or the CsCheck_Seed variable) for the first iteration
/// only and draws every later one from fresh randomness (<c>PCG.ThreadPCG</c>), and CsCheck_Iter / CsCheck_Time
/// change how long it runs. Here one <see cref="PCG"/> parsed from the committed seed generates every case in
/// turn, and no CsCheck variable is read. PLANDSL_FRESH_RANDOM=1 opts in to fresh seeds instead; each one used is
/// printed (stderr, and the test's output when it passes a log). A failing case names its own seed: commit it.
/// </summary>
public static class Randomized
{
    public const string FreshVariable = "PLANDSL_FRESH_RANDOM";

    /// <summary>True when PLANDSL_FRESH_RANDOM=1: committed seeds are replaced by fresh ones (a soak, never CI's default).</summary>
    public static bool Fresh { get; } = Environment.GetEnvironmentVariable(FreshVariable) == "1";

    /// <summary>The committed seed, or a fresh one (printed) when <see cref="Fresh"/>.</summary>
    public static string Seed(string committed, Action<string>? log = null)
    {
        if (!Fresh) return committed;
        var fresh = new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();
        Print($"{FreshVariable}: fresh seed {fresh} (instead of the committed {committed})", log);
        return fresh;
    }

    /// <summary>The committed seed of a <see cref="Random"/>, or a fresh one (printed) when <see cref="Fresh"/>.</summary>
    public static int Seed(int committed, Action<string>? log = null)
    {
        if (!Fresh) return committed;
        var fresh = Random.Shared.Next();
        Print($"{FreshVariable}: fresh System.Random seed {fresh} (instead of the committed {committed})", log);
        return fresh;
    }

    /// <summary>A seed derived from a number (e.g. one case's own number), for the runs nested inside that case.</summary>
    public static string Derive(int number) => new PCG((uint)number, unchecked((ulong)number * 0x9E3779B97F4A7C15UL)).ToString();

    /// <summary>
    /// Generates <paramref name="iterations"/> cases from <paramref name="seed"/> and asserts each; the first failure
    /// is rethrown with its case's seed and printed input. The seed is used as given: a test passes its committed
    /// seed through <see cref="Seed"/> once, at the top, so that runs nested in a case follow from that case's seed.
    /// </summary>
    public static void Run<T>(this Gen<T> gen, string seed, long iterations, Action<T> assert, Func<T, string>? print = null, Action<string>? log = null)
    {
        var pcg = PCG.Parse(seed);
        for (long i = 0; i < iterations; i++)
        {
            var state = pcg.State;
            var generated = false;
            T value = default!;
            try
            {
                value = gen.Generate(pcg, null, out _);
                generated = true;
                assert(value);
            }
            catch (Exception e)
            {
                var caseSeed = pcg.ToString(state);
                var input = !generated ? "(generation failed)" : print is null ? Check.Print(value) : print(value);
                if (input.Length > 5000) input = input[..5000] + " ...";
                var message = $"case {i + 1} of {iterations} from seed \"{seed}\" failed; its own seed is \"{caseSeed}\" " +
                              $"(commit it: Gen.Run(\"{caseSeed}\", 1, ...) runs that case alone)\n{input}\n{e.GetType().Name}: {e.Message}";
                Print(message, log);
                throw new RandomizedCaseFailed(message, caseSeed, e);
            }
        }
    }

    public static void Run<T1, T2>(this Gen<(T1, T2)> gen, string seed, long iterations, Action<T1, T2> assert, Func<(T1, T2), string>? print = null) =>
        Run(gen, seed, iterations, t => assert(t.Item1, t.Item2), print);

    public static void Run<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, string seed, long iterations, Action<T1, T2, T3> assert) =>
        Run(gen, seed, iterations, t => assert(t.Item1, t.Item2, t.Item3));

    public static void Run<T1, T2, T3, T4>(this Gen<(T1, T2, T3, T4)> gen, string seed, long iterations, Action<T1, T2, T3, T4> assert) =>
        Run(gen, seed, iterations, t => assert(t.Item1, t.Item2, t.Item3, t.Item4));

    public static void Run<T1, T2, T3, T4, T5>(this Gen<(T1, T2, T3, T4, T5)> gen, string seed, long iterations, Action<T1, T2, T3, T4, T5> assert) =>
        Run(gen, seed, iterations, t => assert(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5));

    private static void Print(string message, Action<string>? log)
    {
        Console.Error.WriteLine(message);
        try { log?.Invoke(message); }
        catch (InvalidOperationException) { } // the test's output helper is gone once the test has ended
    }
}

/// <summary>A generated case failed; <see cref="CaseSeed"/> reproduces it alone.</summary>
public sealed class RandomizedCaseFailed : Xunit.Sdk.XunitException
{
    public RandomizedCaseFailed(string message, string caseSeed, Exception inner) : base(message, inner) => CaseSeed = caseSeed;

    public string CaseSeed { get; }
}
