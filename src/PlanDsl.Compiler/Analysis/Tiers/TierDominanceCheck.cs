using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// <c>tier-dominance</c>: with <c>tiers: a &lt; b &lt; c</c>, each tier is at least as good as the one
/// directly below on every dimension — targets, hours and channels, entitlements, credits and uptime
/// target — in the versions in force at the same dates. Prices are not compared: higher tiers cost
/// more. Each shortfall is one finding with one instance (see docs/analysis.md).
/// </summary>
public sealed class TierDominanceCheck : ICatalogCheck
{
    public AnalysisRule Rule { get; } = AnalysisRule.Create("tier-dominance", "Tier dominance",
        DiagnosticCodes.TierTargetLater, DiagnosticCodes.TierTargetWeaker, DiagnosticCodes.TierHoursShorter,
        DiagnosticCodes.TierChannelWeaker, DiagnosticCodes.TierChannelShorter, DiagnosticCodes.TierEntitlementLess,
        DiagnosticCodes.TierCreditLess, DiagnosticCodes.TierUptimeLower);

    public void Run(AnalysisContext context)
    {
        if (context.Catalog.Tiers.Length < 2) return;
        var names = new TierNames(context.Catalog);
        var clock = new ReferenceClock(context.Catalog);
        foreach (var pair in TierPair.All(context.Catalog, names))
        {
            TargetDominance.Check(context, pair, clock, names);
            HoursDominance.Check(context, pair, clock, names);
            EntitlementDominance.Check(context, pair, names);
            CreditDominance.Check(context, pair);
        }
    }
}
