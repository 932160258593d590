using System.Globalization;
using System.Text;
using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Documents;

/// <summary>
/// Numbers, money, percentages, dates and durations as readers of one language write them. Explicit
/// per language rather than <see cref="CultureInfo"/>: the tools run with invariant globalization, and
/// documents must be byte-identical whatever machine renders them.
/// </summary>
public sealed class LanguageFormat
{
    private readonly Labels _labels;

    private LanguageFormat(string language, string decimalSeparator, string groupSeparator, string percentSpace, Labels labels)
    {
        Language = language;
        DecimalSeparator = decimalSeparator;
        GroupSeparator = groupSeparator;
        PercentSpace = percentSpace;
        _labels = labels;
    }

    public string Language { get; }
    public string DecimalSeparator { get; }
    public string GroupSeparator { get; }
    public string PercentSpace { get; }

    /// <summary>The languages documents are written in.</summary>
    public static IReadOnlyList<string> Supported { get; } = new[] { "en", "pl", "fr" };

    public static LanguageFormat For(string language, Labels labels) => language switch
    {
        "pl" => new LanguageFormat("pl", ",", " ", " ", labels),
        "fr" => new LanguageFormat("fr", ",", " ", " ", labels),
        _ => new LanguageFormat("en", ".", ",", "", labels),
    };

    /// <summary>A number with the language's separators, with at least <paramref name="minDecimals"/> decimals and no trailing zeros beyond.</summary>
    public string Number(decimal value, int minDecimals = 0)
    {
        var text = Math.Abs(value).ToString("0.############################", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? "" : text[(dot + 1)..];
        if (fraction.Length < minDecimals) fraction = fraction.PadRight(minDecimals, '0');
        var grouped = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0 && whole.Length > (Language == "en" ? 3 : 4)) grouped.Append(GroupSeparator);
            grouped.Append(whole[i]);
        }
        return (value < 0 ? "-" : "") + grouped + (fraction.Length > 0 ? DecimalSeparator + fraction : "");
    }

    public string Percent(decimal value) => Number(value) + PercentSpace + "%";

    public string Money(Money money) => Number(money.Amount, 2) + " " + money.Currency;

    /// <summary>24 November 2026, 24.11.2026, 24/11/2026.</summary>
    public string Date(LocalDate date) => Language switch
    {
        "pl" => $"{date.Day:00}.{date.Month:00}.{date.Year:0000}",
        "fr" => $"{date.Day:00}/{date.Month:00}/{date.Year:0000}",
        _ => $"{date.Day} {_labels.List("months")[date.Month - 1]} {date.Year:0000}",
    };

    /// <summary>30 min, 4 h, 1 h 30 min, 48 h, 2 business days (never days of 24 h, which would read as business days).</summary>
    public string Duration(DurationSpec spec)
    {
        if (spec.IsBusinessDays) return spec.BusinessDays + " " + Plural("business_day", spec.BusinessDays);
        return Elapsed(spec.Elapsed);
    }

    public string Elapsed(NodaTime.Duration elapsed)
    {
        var seconds = (long)elapsed.TotalSeconds;
        var minutes = seconds / 60;
        var rest = seconds % 60 == 0 ? "" : $" {seconds % 60} s";
        if (minutes == 0) return seconds == 0 ? "0 min" : $"{seconds} s";
        var h = minutes / 60;
        var m = minutes % 60;
        return (h == 0 ? $"{m} min" : m == 0 ? $"{h} h" : $"{h} h {m} min") + rest;
    }

    /// <summary>The label for a count: keys <c>key_one</c>, <c>key_few</c> (Polish 2-4, 22-24 …) and <c>key_many</c>.</summary>
    public string Plural(string key, long count)
    {
        string form;
        if (count == 1) form = "one";
        else if (Language == "pl" && count % 10 is >= 2 and <= 4 && count % 100 is < 12 or > 14) form = "few";
        else if (Language == "fr" && count == 0) form = "one";
        else form = "many";
        return _labels.Get(key + "_" + form);
    }
}
