namespace PlanDsl.Fuzzing;

/// <summary>
/// The toolchain returned, but broke one of its promises (a PD0009 diagnostic, an exit code other than
/// 0 or 2, a compiled answer that differs from the interpreter's). Thrown so that afl-fuzz counts it as a crash.
/// </summary>
public sealed class FuzzFinding : Exception
{
    public FuzzFinding(string message) : base(message) { }
}
