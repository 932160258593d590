using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Service-credit ladders: in a plan, or catalog-wide with one column a plan.</summary>
internal sealed partial class CatalogBinder
{
    private static readonly string[] CreditProperties = { "cap", "basis" };

    private void BindPlanCredits(PlanDraft draft, SectionSyntax section)
    {
        var owner = $"credits of plan '{draft.Id}'";
        var reader = BlockReader.Read(section.Body, owner, _diagnostics, CreditProperties, tables: true);
        var ladders = ReadLadders(reader, owner, section.Title, allowPlans: false, section.Span);
        if (ladders.TryGetValue("", out var ladder)) SetCredits(draft, ladder, section.Span);
    }

    private void BindCatalogCredits()
    {
        foreach (var credits in All<CreditsSyntax>())
        {
            var reader = BlockReader.Read(credits.Body, "credits", _diagnostics, CreditProperties, tables: true);
            foreach (var (plan, ladder) in ReadLadders(reader, "credits", credits.Title, allowPlans: true, credits.Span))
            foreach (var version in FirstVersions(plan))
                SetCredits(version, ladder, credits.Span);
        }
    }

    /// <summary>A ladder for one plan, with its rows as written (for the analyses) and where its cap is.</summary>
    private sealed record LadderDraft(CreditLadder Ladder, List<CreditRowDraft> Rows, SourceSpan CapSpan);

    private void SetCredits(PlanDraft draft, LadderDraft ladder, SourceSpan span)
    {
        if (draft.Credits is not null)
        {
            _diagnostics.Report(DiagnosticCodes.DuplicateRow, span, new[] { new RelatedLocation(draft.CreditsSpan, "first given here") }, $"the credit ladder of plan '{draft.Id}'", draft.CreditsSpan.Line);
            return;
        }
        draft.Credits = ladder.Ladder;
        draft.CreditsSpan = span;
        draft.CreditRows = ladder.Rows;
        draft.CreditCapSpan = ladder.CapSpan;
    }

    /// <summary>Ladders by plan ("" for a plan's own one-column ladder).</summary>
    private Dictionary<string, LadderDraft> ReadLadders(BlockReader reader, string owner, TextSyntax? title, bool allowPlans, SourceSpan where)
    {
        var result = new Dictionary<string, LadderDraft>(StringComparer.Ordinal);
        var capValue = reader.Single("cap", _diagnostics);
        decimal? cap = capValue is not null ? _values.Percent(capValue, "cap", 10000) : null;
        var basis = reader.Single("basis", _diagnostics) is { } b ? TextOf(b, "basis") : LocalizedText.Empty;
        if (reader.Tables.Count == 0)
        {
            _diagnostics.Report(DiagnosticCodes.MissingColumn, where, owner, "uptime below");
            return result;
        }
        if (reader.Tables.Count > 1)
            _diagnostics.Report(DiagnosticCodes.DuplicateRow, reader.Tables[1].Span, "a credit table", reader.Tables[0].Span.Line);
        var table = reader.Tables[0];
        var header = table.Rows[0];
        var names = header.Cells.Select(c => string.Join(" ", c.Values.Select(ValueReader.Describe))).ToList();
        if (names.Count < 2 || names[0] != "uptime below")
        {
            _diagnostics.Report(DiagnosticCodes.MissingColumn, header.Span, owner, "uptime below");
            return result;
        }
        var targets = new List<string>();
        for (var i = 1; i < names.Count; i++)
        {
            var ok = allowPlans ? _planNames.Contains(names[i]) : names[i] == "credit";
            if (!ok)
            {
                _diagnostics.Report(DiagnosticCodes.UnknownColumn, header.Cells[i].Span, names[i], owner,
                    NameSuggester.DidYouMean(names[i], allowPlans ? _planNames.Names : new[] { "credit" }));
                return result;
            }
            targets.Add(allowPlans ? names[i] : "");
        }
        var steps = targets.Select(_ => new List<CreditStep>()).ToList();
        var rows = targets.Select(_ => new List<CreditRowDraft>()).ToList();
        decimal? previous = null;
        var previousText = "";
        foreach (var row in table.Rows.Skip(1))
        {
            if (!CheckCellCount(row, names.Count)) continue;
            if (SingleValue(row.Cells[0], "uptime below") is not { } thresholdValue || _values.Percent(thresholdValue, "uptime below", 100) is not { } threshold) continue;
            if (previous is { } p && threshold >= p)
                _diagnostics.Report(DiagnosticCodes.LadderOrder, thresholdValue.Span, ValueReader.Describe(thresholdValue), previousText);
            previous = threshold;
            previousText = ValueReader.Describe(thresholdValue);
            for (var i = 1; i < names.Count; i++)
            {
                if (SingleValue(row.Cells[i], "credit") is not { } creditValue) continue;
                if (creditValue is NoneValueSyntax)
                {
                    rows[i - 1].Add(new CreditRowDraft(threshold, null, creditValue.Span));
                    continue;
                }
                if (_values.Percent(creditValue, "credit", 10000) is { } credit)
                {
                    steps[i - 1].Add(new CreditStep(threshold, credit));
                    rows[i - 1].Add(new CreditRowDraft(threshold, credit, creditValue.Span));
                }
            }
        }
        var ladderTitle = _text.Bind(title);
        for (var i = 0; i < targets.Count; i++)
            result[targets[i]] = new LadderDraft(new CreditLadder(steps[i].ToImmutableArray(), cap, ladderTitle, basis), rows[i], capValue?.Span ?? SourceSpan.None);
        return result;
    }
}
