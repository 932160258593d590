using System.Text.RegularExpressions;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>
/// Quick fixes: "did you mean" (replace a misspelt name with the compiler's suggestion) and "add the
/// missing severity row" (a targets table without a row for a declared severity gets one with '-' cells).
/// </summary>
public static partial class CodeActionsFeature
{
    private static readonly HashSet<string> SuggestingCodes = new(StringComparer.Ordinal) { "PD0101", "PD0103", "PD0105", "PD0301", "PD0302", "PD0402", "PD0403", "PD0501", "PD0605" };

    public static CodeAction[] Actions(PlanWorkspace workspace, Analyzer analyzer, Document document, Protocol.Range range, CodeActionContext? context)
    {
        var actions = new List<CodeAction>();
        var diagnostics = context?.Diagnostics is { Length: > 0 } given ? given
            : analyzer.DiagnosticsOf(document.Path).Select(DiagnosticsFeature.ToLsp).Where(d => Overlaps(d.Range, range)).ToArray();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Code is null || !SuggestingCodes.Contains(diagnostic.Code)) continue;
            if (DidYouMean().Match(diagnostic.Message ?? "") is not { Success: true } match) continue;
            var suggestion = match.Groups[1].Value;
            var start = document.Lines.OffsetOf(diagnostic.Range.Start);
            var quoted = start < document.Text.Length && document.Text[start] == '"';
            var edit = new TextEdit(diagnostic.Range, quoted ? "\"" + suggestion + "\"" : suggestion);
            actions.Add(new CodeAction($"Change to '{suggestion}'", "quickfix", new[] { diagnostic }, true,
                new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = new[] { edit } })));
        }
        actions.AddRange(MissingSeverityRows(workspace, document, range));
        actions.AddRange(diagnostics.SelectMany(d => Suppress(document, d)));
        return actions.ToArray();
    }

    /// <summary>
    /// For an analysis finding: a comment above its line that suppresses it, ending with '-- ' for the
    /// reason the author must give (PD0803 reminds them until they do).
    /// </summary>
    private static IEnumerable<CodeAction> Suppress(Document document, LspDiagnostic diagnostic)
    {
        if (diagnostic.Code is null || PlanDsl.Compiler.Analysis.CatalogChecks.RuleOf(diagnostic.Code) is not { } rule) yield break;
        var line = diagnostic.Range.Start.Line;
        if (line >= document.Lines.LineCount) yield break;
        var text = document.Lines.Line(line);
        var indent = text[..(text.Length - text.TrimStart().Length)];
        var at = new Position(line, 0);
        var edit = new TextEdit(new Protocol.Range(at, at), $"{indent}// plandsl-disable-next-line {rule.Id} -- \n");
        yield return new CodeAction($"Suppress '{rule.Id}' on this line (say why)", "quickfix", new[] { diagnostic }, false,
            new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = new[] { edit } }));
    }

    private static bool Overlaps(Protocol.Range a, Protocol.Range b) =>
        !(a.End.Line < b.Start.Line || a.Start.Line > b.End.Line);

    private static IEnumerable<CodeAction> MissingSeverityRows(PlanWorkspace workspace, Document document, Protocol.Range range)
    {
        var severities = new NameTable(workspace.Neighbours(document.Path).Select(d => d.Syntax)).Of("severity").Distinct().ToList();
        if (severities.Count == 0) yield break;
        foreach (var plan in document.Syntax.Unit.Declarations.OfType<PlanSyntax>())
        foreach (var section in plan.Body.Members.OfType<SectionSyntax>().Where(PlanFacts.IsTargets))
        {
            if (!PositionMap.Intersects(section.Span, range)) continue;
            foreach (var table in section.Body.Members.OfType<TableSyntax>())
            {
                if (table.Rows.Length == 0) continue;
                var header = table.Rows[0].Cells.Select(PlanFacts.CellText).ToList();
                var column = header.FindIndex(h => h == "severity");
                if (column < 0) continue;
                var given = table.Rows.Skip(1).Where(r => column < r.Cells.Length).SelectMany(r => PlanFacts.CellTexts(r.Cells[column])).ToHashSet(StringComparer.Ordinal);
                if (given.Contains("all")) continue;
                var last = table.Rows[^1].Span;
                var lastLine = document.Lines.Line(last.EndLine - 1);
                var indent = lastLine[..(lastLine.Length - lastLine.TrimStart().Length)];
                foreach (var severity in severities.Where(s => !given.Contains(s)))
                {
                    var cells = header.Select((h, i) => i == column ? severity : h == "kind" ? "all" : "-");
                    var row = indent + "| " + string.Join(" | ", cells) + " |";
                    var at = new Position(last.EndLine - 1, lastLine.Length);
                    var edit = new TextEdit(new Protocol.Range(at, at), "\n" + row);
                    yield return new CodeAction($"Add the missing row for severity '{severity}'", "quickfix", null, false,
                        new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = new[] { edit } }));
                }
            }
        }
    }

    [GeneratedRegex(@"did you mean '([^']+)'")]
    private static partial Regex DidYouMean();
}
