using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Coverage;

/// <summary>
/// A ticket's attributes checked against the catalog's declarations and typed like rule literals.
/// Accepted values per declared type: yes/no: bool (or "yes"/"no"); number: decimal, int or long;
/// text: string; one of (and the built-ins kind, channel, work): the member's name as a string;
/// severity: a name, number or alias; duration: a NodaTime Duration or an ISO-8601 duration string
/// ("PT4H"); date: a LocalDate or "2026-10-05"; money: a Money or "100.00 EUR". A null value is the
/// same as a missing attribute. Anything else is a <see cref="CoverageInputException"/> naming the attribute.
/// </summary>
public sealed class TicketFacts
{
    private readonly Dictionary<string, RuleLiteral> _values;

    private TicketFacts(Dictionary<string, RuleLiteral> values) => _values = values;

    public static TicketFacts Empty { get; } = new(new Dictionary<string, RuleLiteral>(StringComparer.Ordinal));

    public bool TryGet(string attribute, out RuleLiteral value) => _values.TryGetValue(attribute, out value!);

    public IReadOnlyCollection<string> Names => _values.Keys;

    public static TicketFacts From(ResolvedCatalog catalog, IReadOnlyDictionary<string, object?>? attributes)
    {
        var values = new Dictionary<string, RuleLiteral>(StringComparer.Ordinal);
        foreach (var (name, raw) in attributes ?? new Dictionary<string, object?>())
        {
            var declared = catalog.Attributes.FirstOrDefault(a => a.Id == name) ?? throw Undeclared(catalog, name);
            if (raw is null) continue;
            values[name] = Convert(catalog, declared, raw);
        }
        return new TicketFacts(values);
    }

    /// <summary>Facts of the given values only (compiled catalogs ask <see cref="ReasonResolver"/> with the ticket's work).</summary>
    internal static TicketFacts Of(string attribute, RuleLiteral value) =>
        new(new Dictionary<string, RuleLiteral>(StringComparer.Ordinal) { [attribute] = value });

    internal static CoverageInputException Undeclared(ResolvedCatalog catalog, string name) =>
        new(name, $"not declared in catalog '{catalog.Id}' (attributes: {string.Join(", ", catalog.Attributes.Select(a => a.Id))})");

    /// <summary>A raw attribute value typed like the declaration (shared with compiled catalogs).</summary>
    internal static RuleLiteral Convert(ResolvedCatalog catalog, AttributeModel attribute, object raw)
    {
        var type = attribute.Type;
        RuleLiteral? literal = (type.Kind, raw) switch
        {
            (ValueTypeKind.YesNo, bool b) => RuleLiteral.OfFlag(b),
            (ValueTypeKind.YesNo, "yes") => RuleLiteral.OfFlag(true),
            (ValueTypeKind.YesNo, "no") => RuleLiteral.OfFlag(false),
            (ValueTypeKind.Number, decimal d) => RuleLiteral.OfNumber(d),
            (ValueTypeKind.Number, int i) => RuleLiteral.OfNumber(i),
            (ValueTypeKind.Number, long l) => RuleLiteral.OfNumber(l),
            (ValueTypeKind.Text, string s) => RuleLiteral.OfText(s),
            (ValueTypeKind.Choice, _) => Member(catalog, attribute, raw),
            (ValueTypeKind.Duration, Duration d) => RuleLiteral.OfDuration(d),
            (ValueTypeKind.Duration, string s) => ParseDuration(s),
            (ValueTypeKind.Date, LocalDate d) => RuleLiteral.OfDate(d),
            (ValueTypeKind.Date, string s) => LocalDatePattern.Iso.Parse(s) is { Success: true } r ? RuleLiteral.OfDate(r.Value) : null,
            (ValueTypeKind.Money, Money m) => RuleLiteral.OfMoney(m),
            (ValueTypeKind.Money, string s) => ParseMoney(s),
            _ => null,
        };
        return literal ?? throw new CoverageInputException(attribute.Id,
            $"expected {Expected(type)}, got {Show(raw)} ({raw.GetType().Name})");
    }

    private static RuleLiteral Member(ResolvedCatalog catalog, AttributeModel attribute, object raw)
    {
        var text = raw switch
        {
            string s => s,
            int or long when attribute.Id == "severity" => System.Convert.ToString(raw, CultureInfo.InvariantCulture)!,
            decimal d when attribute.Id == "severity" && d == decimal.Truncate(d) => decimal.Truncate(d).ToString("0", CultureInfo.InvariantCulture),
            _ => throw new CoverageInputException(attribute.Id, $"expected {Expected(attribute.Type)}, got {Show(raw)} ({raw.GetType().Name})"),
        };
        if (attribute.Type.Members.Any(m => m.Id == text)) return RuleLiteral.OfChoice(text);
        if (attribute.Id == "severity" && catalog.FindSeverity(text) is { } severity) return RuleLiteral.OfChoice(severity.Id);
        throw new CoverageInputException(attribute.Id, attribute.Type.Members.Length == 0
            ? $"'{text}' is not declared: catalog '{catalog.Id}' declares no {attribute.Id} values"
            : $"'{text}' is not one of {string.Join(", ", attribute.Type.Members.Select(m => m.Id))}");
    }

    private static RuleLiteral? ParseDuration(string s)
    {
        var result = PeriodPattern.NormalizingIso.Parse(s.Trim());
        if (!result.Success || result.Value.Years != 0 || result.Value.Months != 0) return null;
        return RuleLiteral.OfDuration(result.Value.ToDuration());
    }

    private static RuleLiteral? ParseMoney(string s)
    {
        var parts = s.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[1].Length != 3 || !parts[1].All(char.IsAsciiLetterUpper)) return null;
        return decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? RuleLiteral.OfMoney(new Money(amount, parts[1]))
            : null;
    }

    private static string Expected(TypeSpec type) => type.Kind switch
    {
        ValueTypeKind.YesNo => "yes/no (true or false)",
        ValueTypeKind.Number => "a number",
        ValueTypeKind.Text => "a text",
        ValueTypeKind.Duration => "a duration (ISO-8601, e.g. PT4H)",
        ValueTypeKind.Date => "a date (e.g. 2026-10-05)",
        ValueTypeKind.Money => "an amount of money (e.g. 100.00 EUR)",
        ValueTypeKind.Choice => "one of " + string.Join(", ", type.Members.Select(m => m.Id)),
        _ => type.Describe(),
    };

    private static string Show(object raw) => raw is string s ? $"\"{s}\"" : System.Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "?";
}
