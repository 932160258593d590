using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Target tables: in a plan's <c>targets</c> section, and in cross-plan matrices.</summary>
internal sealed partial class CatalogBinder
{
    private enum ColumnKind { Severity, Kind, Calendar, Metric, MetricName, Plan, Entitlement, Channel }

    private sealed record Column(ColumnKind Kind, Metric Metric, string? Plan, string Header, SourceSpan Span);

    private static readonly Dictionary<string, Metric> MetricNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["response"] = Metric.Response, ["initial response"] = Metric.Response, ["response time"] = Metric.Response,
        ["reaction"] = Metric.Response, ["reaction time"] = Metric.Response,
        ["status update"] = Metric.StatusUpdate, ["update"] = Metric.StatusUpdate, ["updates"] = Metric.StatusUpdate,
        ["follow-up"] = Metric.FollowUp, ["follow up"] = Metric.FollowUp, ["follow-up response"] = Metric.FollowUp,
        ["resolution"] = Metric.Resolution, ["resolution time"] = Metric.Resolution,
    };

    private static readonly Dictionary<string, ColumnKind> KeyColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["severity"] = ColumnKind.Severity, ["kind"] = ColumnKind.Kind, ["on"] = ColumnKind.Calendar, ["hours"] = ColumnKind.Calendar,
        ["calendar"] = ColumnKind.Calendar, ["target"] = ColumnKind.MetricName, ["metric"] = ColumnKind.MetricName,
    };

    private void BindTargetSection(PlanDraft draft, SectionSyntax section)
    {
        var owner = $"targets of plan '{draft.Id}'";
        var reader = BlockReader.Read(section.Body, owner, _diagnostics, Array.Empty<string>(), tables: true);
        var calendar = section.On is { } on ? ResolveCalendar(on) : null;
        foreach (var table in reader.Tables) ReadTargetTable(table, owner, calendar, draft);
    }

    /// <summary>Reads a target table: a plan's (metric columns) or a matrix (a target column and plan columns).</summary>
    private void ReadTargetTable(TableSyntax table, string owner, string? defaultCalendar, PlanDraft? plan)
    {
        var columns = ReadHeader(table.Rows[0], owner, allowPlans: plan is null);
        if (columns is null) return;
        if (plan is null && !columns.Any(c => c.Kind == ColumnKind.MetricName))
            _diagnostics.Report(DiagnosticCodes.MissingColumn, table.Rows[0].Span, owner, "target");
        if (plan is not null && !columns.Any(c => c.Kind == ColumnKind.Metric))
            _diagnostics.Report(DiagnosticCodes.MissingColumn, table.Rows[0].Span, owner, "response");
        foreach (var row in table.Rows.Skip(1))
        {
            if (!CheckCellCount(row, columns.Count)) continue;
            var severities = new List<string?> { null };
            var kinds = new List<string?> { null };
            var calendar = defaultCalendar;
            Metric? matrixMetric = null;
            var ok = true;
            var severityGiven = false;
            var kindGiven = false;
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = row.Cells[i];
                switch (columns[i].Kind)
                {
                    case ColumnKind.Severity:
                        severityGiven = true;
                        ok &= ReadSeverityCell(cell, out severities);
                        break;
                    case ColumnKind.Kind:
                        kindGiven = true;
                        ok &= ReadKindCell(cell, out kinds);
                        break;
                    case ColumnKind.Calendar:
                        if (SingleValue(cell, "on") is { } v && NameOf(v, "on", "a calendar name") is { } c) calendar = ResolveCalendar(c);
                        break;
                    case ColumnKind.MetricName:
                        if (SingleValue(cell, "target") is { } m)
                        {
                            var name = ValueReader.Describe(m);
                            if (MetricNames.TryGetValue(name, out var metric)) matrixMetric = metric;
                            else
                            {
                                _diagnostics.Report(DiagnosticCodes.UnknownName, m.Span, "target", name, NameSuggester.DidYouMean(name, MetricNames.Keys));
                                ok = false;
                            }
                        }
                        else ok = false;
                        break;
                }
            }
            if (!ok) continue;
            if (!severityGiven && _severityList.Count > 0) severities = _severityList.Select(s => (string?)s.Id).ToList();
            if (!kindGiven && _kinds.Names.Any()) kinds = _kinds.Names.Select(k => (string?)k).ToList();

            if (plan is not null)
            {
                var metrics = new TargetValue?[4];
                for (var i = 0; i < columns.Count; i++)
                    if (columns[i].Kind == ColumnKind.Metric)
                        metrics[(int)columns[i].Metric] = ReadTargetCell(row.Cells[i], columns[i].Metric, calendar);
                AddTargetRows(plan, severities, kinds, metrics, row.Span);
            }
            else if (matrixMetric is { } metric)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i].Kind != ColumnKind.Plan) continue;
                    var metrics = new TargetValue?[4];
                    metrics[(int)metric] = ReadTargetCell(row.Cells[i], metric, calendar);
                    foreach (var version in FirstVersions(columns[i].Plan!)) AddTargetRows(version, severities, kinds, metrics, row.Cells[i].Span);
                }
            }
        }
    }

    private IEnumerable<PlanDraft> FirstVersions(string plan) => _plans.TryGetValue(plan, out var versions) ? versions.Take(1) : Array.Empty<PlanDraft>();

    private void AddTargetRows(PlanDraft plan, List<string?> severities, List<string?> kinds, TargetValue?[] metrics, SourceSpan span)
    {
        foreach (var severity in severities)
        foreach (var kind in kinds)
        {
            var existing = plan.Targets.FirstOrDefault(t => t.Severity == severity && t.Kind == kind);
            if (existing is null)
            {
                plan.Targets.Add(new TargetRowDraft(severity, kind, (TargetValue?[])metrics.Clone(), span));
                continue;
            }
            for (var m = 0; m < 4; m++)
            {
                if (metrics[m] is null) continue;
                if (existing.Metrics[m] is not null)
                {
                    _diagnostics.Report(DiagnosticCodes.DuplicateRow, span, new[] { new RelatedLocation(existing.Span, "first given here") },
                        $"the {MetricWord((Metric)m)} target of {severity ?? "every severity"}{(kind is null ? "" : "/" + kind)} in plan '{plan.Id}'", existing.Span.Line);
                    continue;
                }
                existing.Metrics[m] = metrics[m];
            }
        }
    }

    private List<Column>? ReadHeader(TableRowSyntax header, string owner, bool allowPlans)
    {
        var columns = new List<Column>();
        var ok = true;
        foreach (var cell in header.Cells)
        {
            var text = string.Join(" ", cell.Values.Select(ValueReader.Describe));
            if (cell.Values.Length == 0)
            {
                _diagnostics.Report(DiagnosticCodes.EmptyCell, cell.Span);
                ok = false;
                continue;
            }
            Column? column = null;
            if (KeyColumns.TryGetValue(text, out var key) && (allowPlans || key != ColumnKind.MetricName)) column = new Column(key, default, null, text, cell.Span);
            else if (!allowPlans && MetricNames.TryGetValue(text, out var metric)) column = new Column(ColumnKind.Metric, metric, null, text, cell.Span);
            else if (allowPlans && _planNames.Contains(text)) column = new Column(ColumnKind.Plan, default, text, text, cell.Span);
            if (column is null)
            {
                var known = allowPlans ? KeyColumns.Keys.Concat(_planNames.Names) : KeyColumns.Keys.Where(k => KeyColumns[k] != ColumnKind.MetricName).Concat(MetricNames.Keys);
                _diagnostics.Report(DiagnosticCodes.UnknownColumn, cell.Span, text, owner, NameSuggester.DidYouMean(text, known));
                ok = false;
                continue;
            }
            if (columns.Any(c => c.Header == column.Header || c.Kind == column.Kind && c.Kind != ColumnKind.Plan && (c.Kind != ColumnKind.Metric || c.Metric == column.Metric)))
            {
                _diagnostics.Report(DiagnosticCodes.DuplicateColumn, cell.Span, text);
                ok = false;
                continue;
            }
            columns.Add(column);
        }
        if (columns.Any(c => c.Kind == ColumnKind.Kind) && !_kinds.Names.Any())
        {
            _diagnostics.Report(DiagnosticCodes.KindsNotDeclared, columns.First(c => c.Kind == ColumnKind.Kind).Span);
            ok = false;
        }
        if (columns.Any(c => c.Kind == ColumnKind.Severity) && _severityList.Count == 0)
        {
            _diagnostics.Report(DiagnosticCodes.NoSeverities, columns.First(c => c.Kind == ColumnKind.Severity).Span);
            ok = false;
        }
        return ok ? columns : null;
    }

    private bool CheckCellCount(TableRowSyntax row, int expected)
    {
        if (row.Cells.Length == expected) return true;
        _diagnostics.Report(DiagnosticCodes.CellCount, row.Span, row.Cells.Length, expected);
        return false;
    }

    private ValueSyntax? SingleValue(CellSyntax cell, string what)
    {
        if (cell.Values.Length == 0)
        {
            _diagnostics.Report(DiagnosticCodes.EmptyCell, cell.Span);
            return null;
        }
        if (cell.Values.Length > 1) _diagnostics.Report(DiagnosticCodes.TooManyValues, cell.Values[1].Span, what);
        return cell.Values[0];
    }

    private bool ReadSeverityCell(CellSyntax cell, out List<string?> severities)
    {
        severities = new List<string?>();
        if (cell.Values.Length == 0)
        {
            _diagnostics.Report(DiagnosticCodes.EmptyCell, cell.Span);
            return false;
        }
        foreach (var value in cell.Values)
        {
            var text = value switch
            {
                WordsValueSyntax w => w.Text,
                AmountValueSyntax { Amount.Unit: null } a => a.Amount.NumberText,
                TextValueSyntax t => t.Text.Parts[0].Text,
                _ => null,
            };
            if (text == "all") { severities.AddRange(_severityList.Select(s => (string?)s.Id)); continue; }
            var found = text is null ? null : _severityList.FirstOrDefault(s => s.Id == text)
                ?? _severityList.FirstOrDefault(s => s.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) == text)
                ?? _severityList.FirstOrDefault(s => s.Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)));
            if (found is null)
            {
                _diagnostics.Report(DiagnosticCodes.UnknownName, value.Span, "severity", text ?? ValueReader.Describe(value), NameSuggester.DidYouMean(text ?? "", _severityList.Select(s => s.Id).Append("all")));
                return false;
            }
            severities.Add(found.Id);
        }
        severities = severities.Distinct().ToList();
        return true;
    }

    private bool ReadKindCell(CellSyntax cell, out List<string?> kinds)
    {
        kinds = new List<string?>();
        if (cell.Values.Length == 0)
        {
            _diagnostics.Report(DiagnosticCodes.EmptyCell, cell.Span);
            return false;
        }
        foreach (var value in cell.Values)
        {
            if (value is WordsValueSyntax { Text: "all" }) { kinds.AddRange(_kinds.Names); continue; }
            if (NameOf(value, "kind", "a request kind") is not { } name || !_kinds.Resolve(name, _diagnostics, out _, new[] { "all" })) return false;
            kinds.Add(name.Text);
        }
        kinds = kinds.Distinct().ToList();
        return true;
    }

    /// <summary>A target cell: a duration (optionally <c>on &lt;calendar&gt;</c>), <c>every</c> duration, best effort, when done, or <c>-</c>.</summary>
    private TargetValue? ReadTargetCell(CellSyntax cell, Metric metric, string? calendar)
    {
        if (SingleValue(cell, "a target") is not { } value) return null;
        var what = $"the {MetricWord(metric)} target";
        switch (value)
        {
            case NoneValueSyntax: return TargetValue.None;
            case WhenDoneValueSyntax: return new TargetValue(Commitment.WhenDone, default, null);
            case BestEffortValueSyntax b: return new TargetValue(Commitment.BestEffort, default, b.On is null ? calendar : ResolveCalendar(b.On));
            case EveryValueSyntax e when metric == Metric.StatusUpdate:
                return _values.Duration(e.Amount, what) is { } every ? Due(every, calendar, e.Span) : null;
            case AmountValueSyntax a:
                var on = a.On is null ? calendar : ResolveCalendar(a.On);
                return _values.Duration(a.Amount, what) is { } d ? Due(d, on, a.Span) : null;
            default:
                _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, what,
                    metric == Metric.StatusUpdate ? "a duration, 'every' duration, 'best effort', 'when done' or '-'" : "a duration, 'best effort', 'when done' or '-'", ValueReader.Describe(value));
                return null;
        }
    }

    private TargetValue? Due(DurationSpec duration, string? calendar, SourceSpan span)
    {
        if (duration.Elapsed == NodaTime.Duration.Zero && !duration.IsBusinessDays)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, span, "a target", "a duration above zero (write '-' for none)", "0");
            return null;
        }
        return new TargetValue(Commitment.Due, duration, calendar);
    }

    private static string MetricWord(Metric metric) => metric switch
    {
        Metric.Response => "response",
        Metric.StatusUpdate => "status update",
        Metric.FollowUp => "follow-up",
        _ => "resolution",
    };
}
