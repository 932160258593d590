using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Entitlements;

/// <summary>
/// PD0854, PD0855 and PD0857: quantities the binder accepts but that mean something else than written —
/// a count, quota or duration of zero (nothing: write <c>-</c>), more at no charge (no limit: write
/// <c>unlimited</c>), a percentage above 100 % (more than the whole). Negative numbers, percentages above
/// 1000 % and prices on 'not allowed' are already rejected by the binder (PD0401, PD0404).
/// </summary>
internal static class QuantitiesInRange
{
    public static void Check(AnalysisContext context)
    {
        foreach (var (plan, v, entitlement, value) in PlanNames.Stated(context))
        {
            var span = context.Sources.Entitlement(plan.Id, v, entitlement.Id);
            var name = PlanNames.Version(plan, v);
            switch (value.Kind)
            {
                case EntitlementValueKind.Count when value.Count == 0 && value.Extra is ExtraPolicy.None or ExtraPolicy.NotAllowed:
                case EntitlementValueKind.Duration when !value.Duration.IsBusinessDays && value.Duration.Elapsed == NodaTime.Duration.Zero:
                    context.Report(DiagnosticCodes.ZeroQuantity, span, entitlement.Id, value.Describe(), name);
                    break;
                case EntitlementValueKind.Count when value.Extra == ExtraPolicy.Priced && value.ExtraPrice is { Amount.Amount: 0 }:
                    context.Report(DiagnosticCodes.FreeAdditional, span, entitlement.Id, value.Describe(), name);
                    break;
                case EntitlementValueKind.Percent when value.Percent > 100:
                    context.Report(DiagnosticCodes.PercentAboveWhole, span, entitlement.Id, value.Describe(), name);
                    break;
            }
        }
    }
}
