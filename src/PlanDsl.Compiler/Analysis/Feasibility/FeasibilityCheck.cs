using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>
/// Rule <c>feasibility</c>: every committed target can be reached on its calendar as the plan promises,
/// a status update comes before the resolution it reports on, every calendar opens, and every holiday
/// closes something. See docs/analysis.md, section 3.
/// </summary>
public sealed class FeasibilityCheck : ICatalogCheck
{
    public AnalysisRule Rule { get; } = AnalysisRule.Create("feasibility", "Feasibility",
        DiagnosticCodes.TargetWaitUnstated,
        DiagnosticCodes.UpdateOutlastsResolution,
        DiagnosticCodes.CalendarNeverOpen,
        DiagnosticCodes.HolidayClosesNothing,
        DiagnosticCodes.ResponseOutlastsResolution,
        DiagnosticCodes.TargetBeyondSupportedTime);

    public void Run(AnalysisContext context)
    {
        var scope = new FeasibilityScope(context);
        NeverOpenCalendars.Check(scope);
        TargetsBeyondSupportedTime.Check(scope);
        IdleHolidays.Check(scope);
        TargetWaits.Check(scope);
        TargetOrder.Check(scope);
    }
}
