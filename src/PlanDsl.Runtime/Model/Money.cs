namespace PlanDsl.Runtime.Model;

/// <summary>An exact amount in an ISO 4217 currency.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Currency}";
}
