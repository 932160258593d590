namespace PlanDsl.Runtime.Coverage;

/// <summary>
/// Three-valued truth (Kleene): a condition on an attribute the ticket does not give is
/// <see cref="Unknown"/>, and stays unknown through <c>not</c>; <c>and</c> is false as soon as one
/// side is false, <c>or</c> is true as soon as one side is true.
/// </summary>
public enum Truth
{
    False,
    Unknown,
    True,
}

public static class Kleene
{
    public static Truth Of(bool value) => value ? Truth.True : Truth.False;

    public static Truth Not(Truth a) => a switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };

    public static Truth And(Truth a, Truth b) =>
        a == Truth.False || b == Truth.False ? Truth.False
        : a == Truth.True && b == Truth.True ? Truth.True
        : Truth.Unknown;

    public static Truth Or(Truth a, Truth b) =>
        a == Truth.True || b == Truth.True ? Truth.True
        : a == Truth.False && b == Truth.False ? Truth.False
        : Truth.Unknown;
}
