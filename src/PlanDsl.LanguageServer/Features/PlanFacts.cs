using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.LanguageServer.Features;

/// <summary>What a plan's own text says, to tell its own target rows from inherited ones in the resolved model.</summary>
public static class PlanFacts
{
    /// <summary>The severities (ids) that the plan's own targets tables give rows for.</summary>
    public static HashSet<string> OwnTargetSeverities(ResolvedCatalog? model, IEnumerable<PlanSyntax> versions)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in versions.SelectMany(TargetTables))
        {
            if (table.Rows.Length < 2) continue;
            var header = table.Rows[0].Cells.Select(CellText).ToList();
            var column = header.FindIndex(h => h == "severity");
            if (column < 0) continue;
            foreach (var row in table.Rows.Skip(1))
            {
                if (column >= row.Cells.Length) continue;
                foreach (var value in CellTexts(row.Cells[column]))
                {
                    if (value == "all")
                    {
                        if (model is not null) own.UnionWith(model.Severities.Select(s => s.Id));
                    }
                    else own.Add(model?.FindSeverity(value)?.Id ?? value);
                }
            }
        }
        return own;
    }

    public static IEnumerable<TableSyntax> TargetTables(PlanSyntax plan) =>
        plan.Body.Members.OfType<SectionSyntax>().Where(IsTargets).SelectMany(s => s.Body.Members.OfType<TableSyntax>());

    public static bool IsTargets(SectionSyntax section) => section.Words.Length > 0 && section.Words[0].Text == "targets";

    public static string CellText(CellSyntax cell) => string.Join(", ", CellTexts(cell));

    public static IEnumerable<string> CellTexts(CellSyntax cell) => cell.Values.SelectMany(ValueTexts);

    private static IEnumerable<string> ValueTexts(ValueSyntax value) => value switch
    {
        WordsValueSyntax w => new[] { w.Text },
        AmountValueSyntax a => new[] { a.Amount.ToString() },
        ListValueSyntax l => l.Items.SelectMany(ValueTexts),
        OnValueSyntax o => new[] { o.Calendar is null ? "on" : "on " + o.Calendar.Text },
        NoneValueSyntax => new[] { "-" },
        _ => Array.Empty<string>(),
    };

    /// <summary>The severities of the plan's effective targets that its own text does not give: inherited.</summary>
    public static List<string> InheritedTargetSeverities(ResolvedCatalog model, PlanVersion version, IEnumerable<PlanSyntax> versions)
    {
        var own = OwnTargetSeverities(model, versions);
        return version.Targets.Where(t => t.Severity is not null && !own.Contains(t.Severity)).Select(t => t.Severity!).Distinct().ToList();
    }
}
