using System.Collections.Immutable;

namespace PlanDsl.Runtime.Model;

public enum ValueTypeKind
{
    YesNo,
    Count,
    Quota,
    Duration,
    Money,
    Percent,
    Text,
    List,
    Number,
    Date,
    Choice,
}

/// <summary>A member of a <c>one of</c> type, in declared order.</summary>
public sealed record ChoiceMember(string Id, LocalizedText Title);

/// <summary>The type of an entitlement or ticket attribute.</summary>
public sealed record TypeSpec(ValueTypeKind Kind, string? Period, ImmutableArray<ChoiceMember> Members)
{
    public static TypeSpec Of(ValueTypeKind kind) => new(kind, null, ImmutableArray<ChoiceMember>.Empty);

    public string Describe() => Kind switch
    {
        ValueTypeKind.YesNo => "yes/no",
        ValueTypeKind.Quota => $"count per {Period}",
        ValueTypeKind.Choice => "one of " + string.Join(", ", Members.Select(m => m.Id)),
        _ => Kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>A typed ticket attribute that coverage rules test.</summary>
public sealed record AttributeModel(string Id, LocalizedText Title, TypeSpec Type, bool BuiltIn);

/// <summary>A declared entitlement: what plans grant, with its type.</summary>
public sealed record EntitlementModel(string Id, LocalizedText Title, TypeSpec Type, string? Group, LocalizedText GroupTitle, LocalizedText Definition, ImmutableArray<LocalizedText> Notes);
