using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using static PlanDsl.Compiler.Analysis.Ladders.UptimeExamples;

namespace PlanDsl.Compiler.Analysis.Ladders;

/// <summary>
/// The shape of a ladder as uptime falls: every step reachable (PD0827), the credit never less than at a
/// higher uptime (PD0820), never none below a band that pays (PD0821, a gap), and no '-' below a step
/// that pays, which is no step at all and leaves the credit above in force (PD0822).
/// </summary>
internal static class LadderShape
{
    public static void Check(AnalysisContext context, PlanVersionRef version, LadderBands bands)
    {
        var sources = context.Sources;
        for (var k = 0; k < bands.Count; k++)
            if (!bands.Reachable(k))
                context.Report(DiagnosticCodes.CreditStepNeverReached, Step(context, version, bands, k), Percent(bands.Threshold(k)), Percent(bands.Written(k)));

        var best = 0;
        for (var k = 1; k < bands.Count && bands.Reachable(k); k++)
        {
            if (bands.Paid(k) < bands.Paid(best))
            {
                var related = new[] { new RelatedLocation(Step(context, version, bands, best), $"the {Percent(bands.Paid(best))} % step") };
                if (bands.Paid(k) == 0)
                    context.Report(DiagnosticCodes.CreditLadderGap, Step(context, version, bands, k), related,
                        Percent(bands.Low(k)), Percent(bands.Threshold(k)), Percent(bands.Example(k)), Percent(bands.Example(best)), Percent(bands.Paid(best)));
                else
                    context.Report(DiagnosticCodes.CreditFallsWithUptime, Step(context, version, bands, k), related,
                        Percent(bands.Example(k)), Percent(bands.Paid(k)), Percent(bands.Paid(best)), Percent(bands.Example(best)));
            }
            if (bands.Paid(k) > bands.Paid(best)) best = k;
        }

        var rows = sources.CreditRows(version.Id, version.Index);
        SourceSpan? paying = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Credit is { } credit)
            {
                if (credit > 0) paying = rows[i].Span;
                continue;
            }
            if (paying is not { } above || rows[i].Threshold <= 0) continue;
            var low = i + 1 < rows.Count ? rows[i + 1].Threshold : 0m;
            var example = Below(rows[i].Threshold, low);
            var paid = bands.Ladder.CreditFor(example);
            if (paid == 0) continue;
            context.Report(DiagnosticCodes.CreditDashIsNoStep, rows[i].Span, new[] { new RelatedLocation(above, "the row above that pays") },
                Percent(low), Percent(rows[i].Threshold), Percent(paid), Percent(example));
        }
    }

    /// <summary>The credit cell of step k where the version states its ladder.</summary>
    public static SourceSpan Step(AnalysisContext context, PlanVersionRef version, LadderBands bands, int k) =>
        context.Sources.CreditStep(version.Id, version.Index, bands.Threshold(k));
}
