using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// The target table: for every plan version (in plan order, oldest version first), severity (or the one
/// "no severity" slot), kind (or the one "no kind" slot) and metric, a <see cref="TargetCell"/> with the
/// commitment, the calendar's index and the duration. Missing rows are cells without commitment.
/// </summary>
internal static class TargetTableEmitter
{
    private static readonly Metric[] Metrics = { Metric.Response, Metric.StatusUpdate, Metric.FollowUp, Metric.Resolution };

    public static ExpressionSyntax Table(ResolvedCatalog catalog)
    {
        var calendars = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Calendars.Length; i++) calendars.TryAdd(catalog.Calendars[i].Id, i);
        var severities = catalog.Severities.IsEmpty ? new string?[] { null } : catalog.Severities.Select(s => (string?)s.Id).ToArray();
        var kinds = catalog.Kinds.IsEmpty ? new string?[] { null } : catalog.Kinds.Select(k => (string?)k.Id).ToArray();
        var cells = new List<ExpressionSyntax>();
        foreach (var plan in catalog.Plans)
        foreach (var version in plan.Versions)
        foreach (var severity in severities)
        foreach (var kind in kinds)
        {
            var row = version.FindTargets(severity, kind);
            foreach (var metric in Metrics)
                cells.Add(Cell(row?.Get(metric), calendars, plan.Id));
        }
        var type = TypeSyntaxes.For(typeof(TargetCell));
        return ArrayCreationExpression(ArrayType(type).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))))
            .WithInitializer(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(cells)));
    }

    private static ExpressionSyntax Cell(TargetValue? target, Dictionary<string, int> calendars, string plan)
    {
        var calendar = -1;
        if (target?.Calendar is { } id && !calendars.TryGetValue(id, out calendar))
            throw new InvalidOperationException($"plan '{plan}' measures a target on calendar '{id}', which the catalog does not declare");
        var duration = target?.Duration ?? default;
        return ObjectCreationExpression(TypeSyntaxes.For(typeof(TargetCell))).WithArgumentList(ArgumentList(SeparatedList(new[]
        {
            Argument(Literals.Enum(target?.Commitment ?? Commitment.None)),
            Argument(Literals.Int(calendar)),
            Argument(Literals.Long(duration.Elapsed.ToInt64Nanoseconds())),
            Argument(Literals.Int(duration.BusinessDays)),
        })));
    }
}
