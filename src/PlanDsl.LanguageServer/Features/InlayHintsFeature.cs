using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;
using PlanDsl.Runtime.Model;

namespace PlanDsl.LanguageServer.Features;

/// <summary>
/// Inlay hints for inherited values, from the last model that compiled: at the end of a
/// <c>plan x extends y {</c> line what the plan inherits, and after a targets table the rows it inherits.
/// </summary>
public static class InlayHintsFeature
{
    public static InlayHint[] Hints(ResolvedCatalog? model, Document document, Protocol.Range? range)
    {
        if (model is null) return Array.Empty<InlayHint>();
        var hints = new List<InlayHint>();
        var plans = document.Syntax.Unit.Declarations.OfType<PlanSyntax>().ToList();
        foreach (var plan in plans)
        {
            if (range is not null && !PositionMap.Intersects(plan.Span, range)) continue;
            if (model.FindPlan(plan.Name.Text) is not { } resolved) continue;
            var version = resolved.Current;
            if (plan.Extends is null && resolved.Versions.Length < 2) continue;
            var versions = plans.Where(p => p.Name.Text == plan.Name.Text);
            var inheritedRows = PlanFacts.InheritedTargetSeverities(model, version, versions);
            var parts = new List<string>();
            if (!plan.Body.Properties.Any(p => p.KeyText == "hours") && version.Hours is not null) parts.Add("hours " + version.Hours);
            if (inheritedRows.Count > 0) parts.Add("targets for " + string.Join(", ", inheritedRows));
            var entitlements = version.Entitlements.Count(e => e.Inherited);
            if (entitlements > 0) parts.Add(entitlements + " entitlement(s)");
            if (parts.Count == 0) continue;

            var headerLine = plan.Name.Span.Line - 1;
            hints.Add(new InlayHint(new Position(headerLine, document.Lines.Line(headerLine).Length), "inherits: " + string.Join("; ", parts), 1, true,
                plan.Extends is null ? "inherited from the earlier version" : "inherited from " + plan.Extends.Text));

            if (inheritedRows.Count == 0) continue;
            foreach (var table in PlanFacts.TargetTables(plan))
            {
                var line = table.Span.EndLine - 1;
                hints.Add(new InlayHint(new Position(line, document.Lines.Line(line).Length), "inherits rows: " + string.Join(", ", inheritedRows), 1, true, null));
            }
        }
        return hints.ToArray();
    }
}
