namespace PlanDsl.Runtime.Model;

public enum PriceKind
{
    /// <summary>A one-off amount.</summary>
    OneOff,
    /// <summary>A fee per period (300 PLN per month).</summary>
    Recurring,
    /// <summary>A fee per unit per period (150 PLN per instance per month).</summary>
    PerUnitRecurring,
    /// <summary>A rate per hour of work (100 EUR/h).</summary>
    Hourly,
    /// <summary>A price per unit per hour of use (0.0002 PLN per GB per hour).</summary>
    Metered,
    /// <summary>A price per unit (5 EUR per device).</summary>
    PerUnit,
}

/// <summary>A price: an amount in a currency, per unit and/or per period.</summary>
public sealed record PriceModel(string Id, LocalizedText Title, PriceKind Kind, Money Amount, string? Unit, string? Period)
{
    public string Describe()
    {
        var s = Amount.ToString();
        if (Kind == PriceKind.Hourly) return s + "/h";
        if (Unit is not null) s += " per " + Unit;
        if (Period is not null) s += " per " + Period;
        return s;
    }
}
