using System.Collections.Immutable;

namespace PlanDsl.Runtime.Model;

/// <summary>Uptime strictly below <see cref="BelowPercent"/> earns <see cref="CreditPercent"/> of the month's fee.</summary>
public sealed record CreditStep(decimal BelowPercent, decimal CreditPercent);

/// <summary>A service-credit ladder, highest threshold first, with an optional cap.</summary>
public sealed record CreditLadder(ImmutableArray<CreditStep> Steps, decimal? CapPercent, LocalizedText Title, LocalizedText Basis)
{
    /// <summary>The credit percentage for an uptime: the lowest threshold the uptime is below, capped.</summary>
    public decimal CreditFor(decimal uptimePercent)
    {
        var credit = 0m;
        foreach (var step in Steps)
            if (uptimePercent < step.BelowPercent) credit = step.CreditPercent;
        return CapPercent is { } cap && credit > cap ? cap : credit;
    }
}
