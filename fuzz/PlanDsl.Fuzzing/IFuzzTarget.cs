namespace PlanDsl.Fuzzing;

/// <summary>
/// One fuzz target: a method that takes the fuzzer's bytes and returns normally when the toolchain
/// behaved, or throws when it did not (an exception of ours escaping, or a <see cref="FuzzFinding"/>).
/// The same method runs under afl-fuzz (<see cref="Program"/>) and in the regression tests.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>The name used on the command line and as the folder under fuzz/regressions and fuzz/seeds.</summary>
    string Name { get; }

    void Run(byte[] input);
}
