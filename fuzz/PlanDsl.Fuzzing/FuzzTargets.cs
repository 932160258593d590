namespace PlanDsl.Fuzzing;

/// <summary>Every fuzz target, by name.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } = new IFuzzTarget[]
    {
        new FrontEndTarget(),
        new JsonInputTarget(),
        new BuildTarget(),
    };

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
