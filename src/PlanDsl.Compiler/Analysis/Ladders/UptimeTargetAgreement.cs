using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using static PlanDsl.Compiler.Analysis.Ladders.UptimeExamples;

namespace PlanDsl.Compiler.Analysis.Ladders;

/// <summary>
/// The plan's uptime target and its ladder say the same thing: uptime below the target earns credit,
/// uptime at or above it none. So the threshold of the first step that pays equals the target. Above
/// the target, uptime that meets it earns credit (PD0826, shown at the target itself); below it, uptime
/// that misses it earns nothing (PD0825, shown just below the target).
/// </summary>
internal static class UptimeTargetAgreement
{
    public static void Check(AnalysisContext context, PlanVersionRef version, LadderBands bands, decimal target)
    {
        var first = Enumerable.Range(0, bands.Count).FirstOrDefault(k => bands.Reachable(k) && bands.Paid(k) > 0, -1);
        if (first < 0) return;
        var threshold = bands.Threshold(first);
        if (target > threshold)
        {
            var example = Below(target, threshold);
            if (bands.Ladder.CreditFor(example) != 0) return;
            Report(context, version, bands, first, DiagnosticCodes.UptimeTargetMissedWithoutCredit, Percent(example), Percent(target), Percent(threshold));
        }
        else if (target < threshold)
        {
            var credit = bands.Ladder.CreditFor(target);
            if (credit == 0) return;
            Report(context, version, bands, first, DiagnosticCodes.CreditWhileUptimeTargetMet, Percent(target), Percent(target), Percent(credit), Percent(threshold));
        }
    }

    /// <summary>At the uptime target when this version states it, else at the step; the other side as related.</summary>
    private static void Report(AnalysisContext context, PlanVersionRef version, LadderBands bands, int step, DiagnosticDescriptor descriptor, params object?[] args)
    {
        var sources = context.Sources;
        var stepSpan = sources.StatesCredits(version.Id, version.Index)
            ? LadderShape.Step(context, version, bands, step)
            : StatedBy(context, version, v => sources.StatesCredits(v.Id, v.Index), v => sources.CreditStep(v.Id, v.Index, bands.Threshold(step)));
        var targetSpan = StatedBy(context, version, v => sources.StatesUptimeTarget(v.Id, v.Index), v => sources.UptimeTarget(v.Id, v.Index));
        if (sources.StatesUptimeTarget(version.Id, version.Index))
            context.Report(descriptor, targetSpan, new[] { new RelatedLocation(stepSpan, "the first step that pays") }, args);
        else
            context.Report(descriptor, stepSpan, new[] { new RelatedLocation(targetSpan, "the uptime target") }, args);
    }

    /// <summary>Where the version, or the nearest version it inherits from, states something.</summary>
    private static SourceSpan StatedBy(AnalysisContext context, PlanVersionRef version, Func<PlanVersionRef, bool> states, Func<PlanVersionRef, SourceSpan> span)
    {
        PlanVersionRef? current = version;
        for (var guard = 0; current is { } v && guard < 1000; guard++)
        {
            if (states(v)) return span(v);
            current = v.Basis(context.Catalog);
        }
        return span(version);
    }
}
