using System.Collections.Immutable;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Coverage;

/// <summary>
/// A ticket's coverage under a plan version: the verdict, the hourly rate when billable, the reason,
/// the rule that decided (its index in <see cref="PlanVersion.Coverage"/> and the rule), and the rules
/// before it that were passed over because the ticket lacks attributes they test.
/// </summary>
public sealed record CoverageResult(
    CoverageVerdict Verdict,
    PriceModel? Rate,
    CoverageReason? Reason,
    int? RuleIndex,
    CoverageRule? Rule,
    ImmutableArray<UnknownRule> UnknownRules)
{
    public string? RuleDescription => Rule?.Describe();

    /// <summary>True when a rule was decided after passing over unknown ones: knowing the missing attributes could change it.</summary>
    public bool Provisional => Rule is not null && UnknownRules.Length > 0;

    /// <summary>Every attribute whose absence made a rule unknown, in order of first need.</summary>
    public ImmutableArray<string> MissingAttributes => UnknownRules.SelectMany(u => u.Missing).Distinct().ToImmutableArray();
}
