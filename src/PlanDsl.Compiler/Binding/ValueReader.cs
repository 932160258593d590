using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Reads written quantities — durations, money, prices, dates, times — reporting what is wrong.</summary>
internal sealed class ValueReader
{
    private static readonly Dictionary<string, long> MinutesPerUnit = new(StringComparer.Ordinal)
    {
        ["min"] = 1, ["mins"] = 1, ["minute"] = 1, ["minutes"] = 1,
        ["h"] = 60, ["hr"] = 60, ["hrs"] = 60, ["hour"] = 60, ["hours"] = 60,
        ["day"] = 24 * 60, ["days"] = 24 * 60,
        ["week"] = 7 * 24 * 60, ["weeks"] = 7 * 24 * 60,
    };

    private static readonly Dictionary<string, string> Periods = new(StringComparer.Ordinal)
    {
        ["hour"] = "hour", ["h"] = "hour", ["day"] = "day", ["week"] = "week", ["month"] = "month", ["year"] = "year",
        ["mc"] = "month",
    };

    private static readonly string[] DurationUnitNames = MinutesPerUnit.Keys.Append("business days").Append("business day").ToArray();

    private readonly DiagnosticBag _diagnostics;

    public ValueReader(DiagnosticBag diagnostics, string? catalogCurrency)
    {
        _diagnostics = diagnostics;
        CatalogCurrency = catalogCurrency;
    }

    public string? CatalogCurrency { get; set; }

    public DurationSpec? Duration(AmountSyntax amount, string what)
    {
        if (amount.Unit is not { } unit || unit.Words.Length == 0 || unit.Slash is not null || unit.Pers.Length > 0)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, amount.Span, what, "a duration such as '30 min', '4 h' or '5 business days'", amount.ToString());
            return null;
        }
        if (amount.Number > 1_000_000)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, amount.Span, what, "a duration of at most 1000000 units", amount.ToString());
            return null;
        }
        var words = unit.WordsText;
        if (words is "business day" or "business days")
        {
            if (amount.Number != decimal.Truncate(amount.Number) || amount.Number < 1)
            {
                _diagnostics.Report(DiagnosticCodes.WrongValue, amount.Span, what, "a whole number of business days", amount.ToString());
                return null;
            }
            if (amount.Number > CatalogLimits.MaxDurationDays)
            {
                _diagnostics.Report(DiagnosticCodes.DurationTooLong, amount.Span, amount.ToString(), CatalogLimits.MaxDurationDays);
                return null;
            }
            return DurationSpec.OfBusinessDays((int)amount.Number);
        }
        if (!MinutesPerUnit.TryGetValue(words, out var minutes))
        {
            _diagnostics.Report(DiagnosticCodes.UnknownUnit, unit.Span, words, NameSuggester.DidYouMean(words, DurationUnitNames));
            return null;
        }
        var totalSeconds = amount.Number * minutes * 60;
        if (totalSeconds != decimal.Truncate(totalSeconds))
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, amount.Span, what, "a whole number of seconds", amount.ToString());
            return null;
        }
        if (totalSeconds > CatalogLimits.MaxDurationDays * (decimal)NodaConstants.SecondsPerDay)
        {
            _diagnostics.Report(DiagnosticCodes.DurationTooLong, amount.Span, amount.ToString(), CatalogLimits.MaxDurationDays);
            return null;
        }
        return DurationSpec.Of(NodaTime.Duration.FromSeconds((long)totalSeconds));
    }

    /// <summary>A plain amount of money: <c>300.00 PLN</c>.</summary>
    public Money? Money(AmountSyntax amount, string what)
    {
        var unit = amount.Unit;
        if (unit is null || unit.Words.Length != 1 || unit.Slash is not null || unit.Pers.Length > 0)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, amount.Span, what, "an amount of money such as '300.00 PLN'", amount.ToString());
            return null;
        }
        return Currency(unit.Words[0]) is { } currency ? new Money(amount.Number, currency) : null;
    }

    private string? Currency(NameSyntax word)
    {
        if (!CurrencyCodes.IsKnown(word.Text))
        {
            _diagnostics.Report(DiagnosticCodes.UnknownCurrency, word.Span, word.Text, NameSuggester.DidYouMean(word.Text, CurrencyCodes.All));
            return null;
        }
        if (CatalogCurrency is not null && CatalogCurrency != word.Text)
            _diagnostics.Report(DiagnosticCodes.CurrencyMismatch, word.Span, word.Text, CatalogCurrency);
        return word.Text;
    }

    /// <summary>
    /// A price: <c>300.00 PLN per month</c>, <c>150 PLN per instance per month</c>, <c>100 EUR/h</c>,
    /// <c>0.0002 PLN per GB per hour</c>, <c>5 EUR per device</c>, <c>100 EUR</c>.
    /// </summary>
    public PriceModel? Price(string id, LocalizedText title, AmountSyntax amount, string what)
    {
        var unit = amount.Unit;
        if (unit is null || unit.Words.Length == 0 && unit.Pers.Length == 0)
        {
            if (CatalogCurrency is null)
            {
                _diagnostics.Report(DiagnosticCodes.NoCurrency, amount.Span, amount.ToString());
                return null;
            }
            return new PriceModel(id, title, PriceKind.OneOff, new Money(amount.Number, CatalogCurrency), null, null);
        }
        if (unit.Words.Length > 1)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, amount.Span, what, "a price such as '100 EUR/h' or '300.00 PLN per month'", amount.ToString());
            return null;
        }
        string? currency;
        if (unit.Words.Length == 1) currency = Currency(unit.Words[0]);
        else if (CatalogCurrency is not null) currency = CatalogCurrency;
        else
        {
            _diagnostics.Report(DiagnosticCodes.NoCurrency, amount.Span, amount.ToString());
            return null;
        }
        if (currency is null) return null;
        var money = new Money(amount.Number, currency);
        var pers = unit.Pers.Select(p => p.Text).ToList();
        if (unit.Slash is { } slash)
        {
            if (!Periods.TryGetValue(slash.Text, out var slashPeriod))
            {
                _diagnostics.Report(DiagnosticCodes.UnknownUnit, slash.Span, slash.Text, NameSuggester.DidYouMean(slash.Text, Periods.Keys));
                return null;
            }
            pers.Insert(0, slashPeriod);
        }
        var periods = pers.Select(p => Periods.GetValueOrDefault(p)).ToList();
        switch (pers.Count)
        {
            case 0:
                return new PriceModel(id, title, PriceKind.OneOff, money, null, null);
            case 1 when periods[0] == "hour":
                return new PriceModel(id, title, PriceKind.Hourly, money, null, "hour");
            case 1 when periods[0] is { } period:
                return new PriceModel(id, title, PriceKind.Recurring, money, null, period);
            case 1:
                return new PriceModel(id, title, PriceKind.PerUnit, money, pers[0], null);
            case 2 when periods[0] is null && periods[1] == "hour":
                return new PriceModel(id, title, PriceKind.Metered, money, pers[0], "hour");
            case 2 when periods[0] is null && periods[1] is { } p2:
                return new PriceModel(id, title, PriceKind.PerUnitRecurring, money, pers[0], p2);
            default:
                _diagnostics.Report(DiagnosticCodes.WrongValue, amount.Span, what, "a price per unit and/or per period", amount.ToString());
                return null;
        }
    }

    public LocalDate? Date(string text, SourceSpan span)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success) return result.Value;
        _diagnostics.Report(DiagnosticCodes.BadDate, span, text);
        return null;
    }

    /// <summary>A time of day; <c>24:00</c> gives null with <paramref name="isEndOfDay"/> set.</summary>
    public bool Time(string text, SourceSpan span, out LocalTime time, out bool isEndOfDay)
    {
        time = LocalTime.Midnight;
        isEndOfDay = false;
        var parts = text.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            if (h == 24 && m == 0) { isEndOfDay = true; return true; }
            if (h is >= 0 and < 24 && m is >= 0 and < 60) { time = new LocalTime(h, m); return true; }
        }
        _diagnostics.Report(DiagnosticCodes.BadTime, span, text);
        return false;
    }

    public decimal? Percent(ValueSyntax value, string what, decimal max)
    {
        if (value is not PercentValueSyntax p)
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, what, "a percentage such as '99.8%'", Describe(value));
            return null;
        }
        if (p.Value < 0 || p.Value > max)
        {
            _diagnostics.Report(DiagnosticCodes.BadPercent, p.Span, p.Text, $"0% to {max.ToString(CultureInfo.InvariantCulture)}%");
            return null;
        }
        return p.Value;
    }

    /// <summary>A value as the user wrote it, roughly, for messages.</summary>
    public static string Describe(ValueSyntax value) => value switch
    {
        NoneValueSyntax => "-",
        YesNoValueSyntax y => y.Value ? "yes" : "no",
        UnlimitedValueSyntax => "unlimited",
        BestEffortValueSyntax => "best effort",
        WhenDoneValueSyntax => "when done",
        AlwaysOpenValueSyntax => "24/7",
        AmountValueSyntax a => a.Amount.ToString(),
        EveryValueSyntax e => "every " + e.Amount,
        IncludedAmountValueSyntax i => i.Amount + " included",
        PercentValueSyntax p => p.Text,
        TextValueSyntax t => "\"" + (t.Text.Parts.FirstOrDefault()?.Text ?? "") + "\"",
        DateValueSyntax d => d.Text,
        WordsValueSyntax w => w.Text,
        OnValueSyntax o => "on " + o.Calendar?.Text,
        ChainValueSyntax c => string.Join(" < ", c.Names.Select(n => n.Text)),
        ListValueSyntax => "[…]",
        WeeklyHoursValueSyntax h => h.FirstDay.Text + (h.LastDay is null ? "" : "-" + h.LastDay.Text) + " …",
        OffsetValueSyntax o => o.Base.Text + o.Sign + o.Offset,
        AdditionalValueSyntax => "additional …",
        _ => "?",
    };
}
