using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Binding;

/// <summary>Cross-plan matrices: one row an entitlement, channel or target; one column a plan.</summary>
internal sealed partial class CatalogBinder
{
    private void BindMatrices()
    {
        foreach (var matrix in All<MatrixSyntax>())
        {
            var reader = BlockReader.Read(matrix.Body, "matrix", _diagnostics, Array.Empty<string>(), tables: true);
            foreach (var table in reader.Tables)
            {
                var first = table.Rows[0].Cells.FirstOrDefault();
                var dimension = first is null ? "" : string.Join(" ", first.Values.Select(ValueReader.Describe));
                if (dimension is "entitlement" or "channel") ReadPlanColumns(table, dimension);
                else ReadTargetTable(table, "matrix", null, plan: null);
            }
        }
    }

    /// <summary>An entitlement or channel matrix: the first column names the row, the others are plans.</summary>
    private void ReadPlanColumns(TableSyntax table, string dimension)
    {
        var header = table.Rows[0];
        var plans = new List<string>();
        for (var i = 1; i < header.Cells.Length; i++)
        {
            var name = string.Join(" ", header.Cells[i].Values.Select(ValueReader.Describe));
            if (!_planNames.Contains(name))
            {
                _diagnostics.Report(DiagnosticCodes.UnknownColumn, header.Cells[i].Span, name, "matrix", NameSuggester.DidYouMean(name, _planNames.Names));
                return;
            }
            plans.Add(name);
        }
        foreach (var row in table.Rows.Skip(1))
        {
            if (!CheckCellCount(row, header.Cells.Length)) continue;
            if (SingleValue(row.Cells[0], dimension) is not { } key || NameOf(key, dimension, $"an {dimension} name") is not { } name) continue;
            if (dimension == "entitlement")
            {
                if (!_entitlements.Resolve(name, _diagnostics, out var entitlement)) continue;
                for (var i = 0; i < plans.Count; i++)
                {
                    var cell = row.Cells[i + 1];
                    if (cell.Values.Length == 0) { _diagnostics.Report(DiagnosticCodes.EmptyCell, cell.Span); continue; }
                    foreach (var version in FirstVersions(plans[i]))
                    {
                        if (version.Entitlements.ContainsKey(name.Text))
                            _diagnostics.Report(DiagnosticCodes.DuplicateProperty, cell.Span, name.Text, $"plan '{plans[i]}'");
                        else if (ReadEntitlementValue(entitlement, cell.Values, cell.Span) is { } value)
                        {
                            version.Entitlements[name.Text] = value;
                            version.EntitlementSpans[name.Text] = cell.Span;
                        }
                    }
                }
            }
            else
            {
                if (!_channels.Resolve(name, _diagnostics, out _)) continue;
                for (var i = 0; i < plans.Count; i++)
                foreach (var version in FirstVersions(plans[i]))
                {
                    if (version.Channels.ContainsKey(name.Text))
                        _diagnostics.Report(DiagnosticCodes.DuplicateProperty, row.Cells[i + 1].Span, name.Text, $"channels of plan '{plans[i]}'");
                    else if (ReadChannelAccess(name.Text, row.Cells[i + 1].Values, row.Cells[i + 1].Span) is { } access)
                    {
                        version.Channels[name.Text] = access;
                        version.ChannelSpans[name.Text] = row.Cells[i + 1].Span;
                    }
                }
            }
        }
    }
}
