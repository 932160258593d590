using PlanDsl.Compiler.Diagnostics;
using static PlanDsl.Compiler.Analysis.Ladders.UptimeExamples;

namespace PlanDsl.Compiler.Analysis.Ladders;

/// <summary>
/// The cap of a ladder. Without one, a ladder that pays more than the month's fee (above 100 %) must say
/// that it means to (PD0823: write the cap); with one, no step should promise more than it pays (PD0824,
/// reported at the first step the cap cuts).
/// </summary>
internal static class LadderCap
{
    public const decimal Fee = 100m;

    public static void Check(AnalysisContext context, PlanVersionRef version, LadderBands bands)
    {
        var ladder = bands.Ladder;
        for (var k = 0; k < bands.Count; k++)
        {
            if (!bands.Reachable(k)) continue;
            if (ladder.CapPercent is { } cap)
            {
                if (bands.Written(k) <= cap) continue;
                context.Report(DiagnosticCodes.CreditStepAboveCap, LadderShape.Step(context, version, bands, k),
                    new[] { new RelatedLocation(context.Sources.CreditCap(version.Id, version.Index), "the cap") },
                    Percent(cap), Percent(bands.Example(k)), Percent(bands.Written(k)));
                return;
            }
            if (bands.Written(k) <= Fee) continue;
            var most = ladder.Steps.Max(s => s.CreditPercent);
            context.Report(DiagnosticCodes.CreditWithoutCap, LadderShape.Step(context, version, bands, k),
                Percent(bands.Example(k)), Percent(bands.Written(k)), Percent(most));
            return;
        }
    }
}
