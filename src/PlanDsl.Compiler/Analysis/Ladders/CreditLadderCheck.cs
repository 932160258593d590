using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Analysis.Ladders;

/// <summary>
/// Rule <c>credit-ladder</c>: every plan version's service-credit ladder is well formed (see
/// <see cref="LadderShape"/> and <see cref="LadderCap"/>), checked where a version states it, and agrees
/// with the plan's uptime target (<see cref="UptimeTargetAgreement"/>), checked where a version states
/// either. That thresholds fall strictly from row to row is the binder's PD0507, an error, so a ladder
/// reaching the analysis is ordered and no two steps share a threshold.
/// </summary>
public sealed class CreditLadderCheck : ICatalogCheck
{
    public AnalysisRule Rule { get; } = AnalysisRule.Create("credit-ladder", "Credit ladders",
        DiagnosticCodes.CreditFallsWithUptime, DiagnosticCodes.CreditLadderGap, DiagnosticCodes.CreditDashIsNoStep,
        DiagnosticCodes.CreditWithoutCap, DiagnosticCodes.CreditStepAboveCap, DiagnosticCodes.UptimeTargetMissedWithoutCredit,
        DiagnosticCodes.CreditWhileUptimeTargetMet, DiagnosticCodes.CreditStepNeverReached);

    public void Run(AnalysisContext context)
    {
        var sources = context.Sources;
        foreach (var version in PlanVersionRef.All(context.Catalog))
        {
            if (version.Version.Credits is not { } ladder || LadderBands.Of(ladder) is not { } bands) continue;
            var statesLadder = sources.StatesCredits(version.Id, version.Index);
            if (statesLadder)
            {
                LadderShape.Check(context, version, bands);
                LadderCap.Check(context, version, bands);
            }
            if (version.Version.UptimeTarget is { } target && (statesLadder || sources.StatesUptimeTarget(version.Id, version.Index)))
                UptimeTargetAgreement.Check(context, version, bands, target);
        }
    }
}
