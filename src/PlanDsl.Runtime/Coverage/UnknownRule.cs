using System.Collections.Immutable;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Coverage;

/// <summary>A rule passed over because its condition was unknown: the ticket lacks <see cref="Missing"/>.</summary>
public sealed record UnknownRule(int Index, CoverageRule Rule, ImmutableArray<string> Missing)
{
    public string Describe() => $"rule {Index} ({Rule.Describe()}) is unknown: the ticket does not give {string.Join(", ", Missing)}";
}
