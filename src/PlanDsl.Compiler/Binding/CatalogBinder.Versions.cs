using PlanDsl.Compiler.Analysis.Versions;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Binding;

/// <summary>
/// What the version analysis reads beyond the model: the catalog's <c>notice period</c> and each plan
/// version's <c>published</c> date (see docs/language.md, "Versions").
/// </summary>
internal sealed partial class CatalogBinder
{
    /// <summary><c>notice period: 30 days</c> — a whole number of days, weeks or months; PD0401 otherwise.</summary>
    private NoticePeriod? ReadNoticePeriod(ValueSyntax value)
    {
        if (value is AmountValueSyntax { On: null, Amount: { Unit: { Slash: null, Pers.Length: 0 } unit } amount }
            && amount.Number == decimal.Truncate(amount.Number)
            && amount.Number is >= 0 and <= 100_000
            && NoticePeriod.Create((long)amount.Number, unit.WordsText) is { } period)
            return period;
        _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, "notice period",
            "a whole number of days, weeks or months such as '30 days'", ValueReader.Describe(value));
        return null;
    }

    /// <summary><c>published: 2026-11-01</c> in a plan version: the day its terms were made known to customers.</summary>
    private void BindPublished(PlanDraft draft, BlockReader props)
    {
        if (props.Single("published", _diagnostics) is { } published) draft.Published = ReadDate(published, "published");
    }
}
