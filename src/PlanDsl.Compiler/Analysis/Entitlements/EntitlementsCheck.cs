using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Analysis.Entitlements;

/// <summary>
/// Rule <c>entitlements</c>: an override that lowers or removes an inherited entitlement says so
/// (<c>lowers: …</c>); 'unlimited' is written as the value it is, never left out or spelt as text; counts,
/// quotas and prices are in a meaningful range. See docs/analysis.md, section 5.
/// </summary>
public sealed class EntitlementsCheck : ICatalogCheck
{
    public AnalysisRule Rule { get; } = AnalysisRule.Create("entitlements", "Entitlement arithmetic",
        DiagnosticCodes.EntitlementLoweredSilently,
        DiagnosticCodes.LowersNothing,
        DiagnosticCodes.CountMissingAboveLowerTier,
        DiagnosticCodes.UnlimitedAsText,
        DiagnosticCodes.ZeroQuantity,
        DiagnosticCodes.FreeAdditional,
        DiagnosticCodes.PriceOutOfLine,
        DiagnosticCodes.PercentAboveWhole);

    public void Run(AnalysisContext context)
    {
        LoweredOverrides.Check(context);
        MissingCounts.Check(context);
        UnlimitedAsText.Check(context);
        QuantitiesInRange.Check(context);
        PricesInLine.Check(context);
    }
}
