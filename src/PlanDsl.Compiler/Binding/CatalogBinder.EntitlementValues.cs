using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Reads a plan's value of an entitlement, checked against the entitlement's type.</summary>
internal sealed partial class CatalogBinder
{
    private EntitlementValue? ReadEntitlementValue(EntitlementModel entitlement, ImmutableArray<ValueSyntax> values, SourceSpan where)
    {
        var what = $"entitlement '{entitlement.Id}' ({entitlement.Type.Describe()})";
        if (values.Length == 0)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, where, what, ExpectedFor(entitlement.Type), "");
            return null;
        }
        if (values.Length == 1 && values[0] is NoneValueSyntax) return EntitlementValue.NotProvided;
        var type = entitlement.Type;
        if (type.Kind == ValueTypeKind.List)
        {
            var items = values.Length == 1 && values[0] is ListValueSyntax list ? list.Items : values;
            var texts = new List<LocalizedText>();
            foreach (var item in items)
            {
                if (item is TextValueSyntax t) texts.Add(_text.Bind(t.Text));
                else _diagnostics.Report(DiagnosticCodes.WrongValue, item.Span, what, "texts in quotes", ValueReader.Describe(item));
            }
            return EntitlementValue.OfList(texts.ToImmutableArray());
        }
        if (type.Kind is ValueTypeKind.Count or ValueTypeKind.Quota) return ReadCount(type, values, what);
        if (values.Length > 1)
        {
            _diagnostics.Report(DiagnosticCodes.TooManyValues, values[1].Span, what);
            return null;
        }
        var value = values[0];
        switch (type.Kind)
        {
            case ValueTypeKind.YesNo when value is YesNoValueSyntax y:
                return EntitlementValue.YesNo(y.Value);
            case ValueTypeKind.Duration when value is AmountValueSyntax a:
                return _values.Duration(a.Amount, what) is { } d ? EntitlementValue.OfDuration(d) : null;
            case ValueTypeKind.Money when value is AmountValueSyntax a:
                return _values.Money(a.Amount, what) is { } m ? EntitlementValue.OfMoney(m) : null;
            case ValueTypeKind.Percent when value is PercentValueSyntax:
                return _values.Percent(value, what, 1000) is { } p ? EntitlementValue.OfPercent(p) : null;
            case ValueTypeKind.Text when value is TextValueSyntax t:
                return EntitlementValue.OfText(_text.Bind(t.Text));
            case ValueTypeKind.Choice when value is WordsValueSyntax { IsSingleName: true } w:
                if (type.Members.Any(m => m.Id == w.Text)) return EntitlementValue.OfChoice(w.Text);
                _diagnostics.Report(DiagnosticCodes.UnknownName, w.Span, "member of " + entitlement.Id, w.Text, NameSuggester.DidYouMean(w.Text, type.Members.Select(m => m.Id)));
                return null;
            default:
                _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, what, ExpectedFor(type), ValueReader.Describe(value));
                return null;
        }
    }

    private EntitlementValue? ReadCount(TypeSpec type, ImmutableArray<ValueSyntax> values, string what)
    {
        var first = values[0];
        if (first is UnlimitedValueSyntax)
        {
            if (values.Length > 1) _diagnostics.Report(DiagnosticCodes.TooManyValues, values[1].Span, what);
            return EntitlementValue.Unlimited(type.Period);
        }
        AmountSyntax? amount = first switch
        {
            AmountValueSyntax a => a.Amount,
            IncludedAmountValueSyntax i => i.Amount,
            _ => null,
        };
        if (amount is null || amount.Number != decimal.Truncate(amount.Number) || amount.Number < 0 || amount.Number > long.MaxValue / 2)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, first.Span, what, ExpectedFor(type), ValueReader.Describe(first));
            return null;
        }
        if (amount.Unit is { } unit)
        {
            // "15 per month" restates the quota's period; any other unit is a mistake.
            var period = unit.Words.Length == 0 && unit.Slash is null && unit.Pers.Length == 1 ? unit.Pers[0].Text : null;
            if (period is null || period != type.Period)
            {
                _diagnostics.Report(DiagnosticCodes.UnknownUnit, unit.Span, unit.ToString(), type.Period is null ? " (a count has no unit)" : $" (this quota is per {type.Period})");
                return null;
            }
        }
        var extra = ExtraPolicy.None;
        PriceModel? extraPrice = null;
        if (values.Length > 1)
        {
            if (values[1] is not AdditionalValueSyntax additional || first is not IncludedAmountValueSyntax)
            {
                _diagnostics.Report(DiagnosticCodes.WrongValue, values[1].Span, what, "'N included, additional billed | not allowed | at <price>'", ValueReader.Describe(values[1]));
                return null;
            }
            if (values.Length > 2) _diagnostics.Report(DiagnosticCodes.TooManyValues, values[2].Span, what);
            extra = additional.Kind switch { AdditionalKind.Billed => ExtraPolicy.Billed, AdditionalKind.NotAllowed => ExtraPolicy.NotAllowed, _ => ExtraPolicy.Priced };
            if (additional.Price is { } price)
            {
                extraPrice = _values.Price("additional", LocalizedText.Empty, price, what);
                if (extraPrice is null) return null;
            }
        }
        return EntitlementValue.OfCount((long)amount.Number, type.Period, extra, extraPrice);
    }

    private static string ExpectedFor(TypeSpec type) => type.Kind switch
    {
        ValueTypeKind.YesNo => "yes or no",
        ValueTypeKind.Count => "a count such as '5', 'unlimited' or '3 included, additional billed'",
        ValueTypeKind.Quota => $"a count per {type.Period} such as '15' or 'unlimited'",
        ValueTypeKind.Duration => "a duration such as '1 h'",
        ValueTypeKind.Money => "an amount such as '300.00 PLN'",
        ValueTypeKind.Percent => "a percentage such as '10%'",
        ValueTypeKind.Text => "a text in quotes",
        ValueTypeKind.List => "texts in quotes",
        _ => "one of " + string.Join(", ", type.Members.Select(m => m.Id)),
    };
}
