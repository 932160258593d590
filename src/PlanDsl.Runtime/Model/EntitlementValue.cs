using System.Collections.Immutable;

namespace PlanDsl.Runtime.Model;

public enum EntitlementValueKind
{
    /// <summary>Explicitly not provided (<c>-</c>).</summary>
    NotProvided,
    YesNo,
    Count,
    Unlimited,
    Duration,
    Money,
    Percent,
    Text,
    List,
    Choice,
}

public enum ExtraPolicy
{
    /// <summary>No statement about more than the included quantity.</summary>
    None,
    /// <summary>More can be had and are billed separately, price not stated.</summary>
    Billed,
    /// <summary>More cannot be had.</summary>
    NotAllowed,
    /// <summary>More are billed at <see cref="EntitlementValue.ExtraPrice"/>.</summary>
    Priced,
}

/// <summary>A plan's value of one entitlement.</summary>
public sealed record EntitlementValue(
    EntitlementValueKind Kind,
    bool Flag,
    long Count,
    string? Period,
    ExtraPolicy Extra,
    PriceModel? ExtraPrice,
    DurationSpec Duration,
    Money Money,
    decimal Percent,
    LocalizedText Text,
    ImmutableArray<LocalizedText> Items,
    string? Choice)
{
    private static readonly EntitlementValue Blank = new(EntitlementValueKind.NotProvided, false, 0, null, ExtraPolicy.None, null, default, default, 0, LocalizedText.Empty, ImmutableArray<LocalizedText>.Empty, null);

    public static EntitlementValue NotProvided { get; } = Blank;
    public static EntitlementValue YesNo(bool flag) => Blank with { Kind = EntitlementValueKind.YesNo, Flag = flag };
    public static EntitlementValue OfCount(long count, string? period, ExtraPolicy extra, PriceModel? extraPrice) => Blank with { Kind = EntitlementValueKind.Count, Count = count, Period = period, Extra = extra, ExtraPrice = extraPrice };
    public static EntitlementValue Unlimited(string? period) => Blank with { Kind = EntitlementValueKind.Unlimited, Period = period };
    public static EntitlementValue OfDuration(DurationSpec d) => Blank with { Kind = EntitlementValueKind.Duration, Duration = d };
    public static EntitlementValue OfMoney(Money m) => Blank with { Kind = EntitlementValueKind.Money, Money = m };
    public static EntitlementValue OfPercent(decimal p) => Blank with { Kind = EntitlementValueKind.Percent, Percent = p };
    public static EntitlementValue OfText(LocalizedText t) => Blank with { Kind = EntitlementValueKind.Text, Text = t };
    public static EntitlementValue OfList(ImmutableArray<LocalizedText> items) => Blank with { Kind = EntitlementValueKind.List, Items = items };
    public static EntitlementValue OfChoice(string member) => Blank with { Kind = EntitlementValueKind.Choice, Choice = member };

    public bool Equals(EntitlementValue? other) => other is not null && Describe() == other.Describe();

    public override int GetHashCode() => Describe().GetHashCode(StringComparison.Ordinal);

    /// <summary>A canonical one-line form, used by dumps and comparisons.</summary>
    public string Describe() => Kind switch
    {
        EntitlementValueKind.NotProvided => "-",
        EntitlementValueKind.YesNo => Flag ? "yes" : "no",
        EntitlementValueKind.Count => Count + (Period is null ? "" : $" per {Period}") + Extra switch
        {
            ExtraPolicy.Billed => " included, additional billed",
            ExtraPolicy.NotAllowed => " included, additional not allowed",
            ExtraPolicy.Priced => $" included, additional at {ExtraPrice!.Describe()}",
            _ => "",
        },
        EntitlementValueKind.Unlimited => "unlimited" + (Period is null ? "" : $" per {Period}"),
        EntitlementValueKind.Duration => Duration.ToString(),
        EntitlementValueKind.Money => Money.ToString(),
        EntitlementValueKind.Percent => Percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%",
        EntitlementValueKind.Text => ModelDump.Quote(Text),
        EntitlementValueKind.List => "[" + string.Join(", ", Items.Select(ModelDump.Quote)) + "]",
        _ => Choice!,
    };
}
