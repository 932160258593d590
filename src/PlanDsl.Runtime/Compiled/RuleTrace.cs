namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// The coverage rules that generated decision code passed over as unknown (a tested attribute missing),
/// in order. Allocates only when there is one.
/// </summary>
public struct RuleTrace
{
    private int[]? _rules;

    public int Count { get; private set; }

    public readonly int this[int index] => _rules![index];

    public void Add(int rule)
    {
        _rules ??= new int[4];
        if (Count == _rules.Length) Array.Resize(ref _rules, Count * 2);
        _rules[Count++] = rule;
    }
}
