using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Completeness;

/// <summary>
/// Rule <c>completeness</c>: every plan version states a response target for every severity and request
/// kind the catalog declares — a time, <c>best effort</c>, <c>when done</c>, or <c>-</c> for an explicit
/// none. Response is the one metric every plan is held to; status updates, follow-ups and resolution
/// are often given for some severities only (a resolution time for critical problems), which is not a
/// hole. A catalog that declares neither severities nor kinds has no targets to complete. A plan that states some rows and not others has a hole (PD0840); one that states none at all
/// is a different case (PD0841). A finding is reported at the first version that has it, not again at
/// the versions and plans that inherit it unchanged.
/// </summary>
public sealed class ResponseCompletenessCheck : ICatalogCheck
{
    public AnalysisRule Rule { get; } = AnalysisRule.Create("completeness", "Completeness of targets",
        DiagnosticCodes.MissingResponseTarget, DiagnosticCodes.NoResponseTargets);

    private sealed record Hole(bool Empty, IReadOnlyList<TargetCell> Missing, TargetCell? Stated)
    {
        public bool SameAs(Hole? other) => other is not null && other.Empty == Empty && other.Missing.SequenceEqual(Missing);
    }

    public void Run(AnalysisContext context)
    {
        var catalog = context.Catalog;
        // Without severities or kinds a catalog can have no target table (PD0211): nothing to complete.
        if (catalog.Severities.Length == 0 && catalog.Kinds.Length == 0) return;
        var cells = TargetCell.All(catalog);
        foreach (var version in PlanVersionRef.All(catalog))
        {
            if (Find(context, version, cells) is not { } hole) continue;
            if (version.Basis(catalog) is { } basis && hole.SameAs(Find(context, basis, cells))) continue;
            var span = context.Sources.Plan(version.Id, version.Index);
            if (hole.Empty)
            {
                context.Report(DiagnosticCodes.NoResponseTargets, span, version.Label, TargetCell.Dimensions(catalog));
                continue;
            }
            var stated = hole.Stated!.Value;
            context.Report(DiagnosticCodes.MissingResponseTarget, span,
                new[] { new RelatedLocation(context.Sources.Target(version.Id, version.Index, stated.Severity, stated.Kind), $"the response target for {stated}") },
                version.Label, string.Join(", ", hole.Missing), stated, hole.Missing[0]);
        }
    }

    private static Hole? Find(AnalysisContext context, PlanVersionRef version, IReadOnlyList<TargetCell> cells)
    {
        var missing = new List<TargetCell>();
        TargetCell? committed = null, saysNone = null;
        foreach (var cell in cells)
        {
            if (version.Version.FindTargets(cell.Severity, cell.Kind)?.Response is { Commitment: not Commitment.None }) committed ??= cell;
            else if (context.Sources.SaysNoTarget(version.Id, version.Index, cell.Severity, cell.Kind, Metric.Response)) saysNone ??= cell;
            else missing.Add(cell);
        }
        if (missing.Count == 0) return null;
        var stated = committed ?? saysNone;
        return new Hole(stated is null, missing, stated);
    }
}
