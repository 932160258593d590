using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// One counted entitlement against what was used: how many are included (null: unlimited), how many
/// were used beyond that, and what the plan says about more (<see cref="Extra"/>, <see cref="ExtraPrice"/>).
/// <see cref="Granted"/> is false when the plan does not grant the entitlement at all (everything used is over).
/// </summary>
public sealed record QuotaLine(
    string Entitlement,
    string Title,
    string? Period,
    long Used,
    long? Included,
    long Over,
    ExtraPolicy Extra,
    PriceModel? ExtraPrice,
    bool Granted)
{
    public bool Unlimited => Granted && Included is null;

    public long IncludedUsed => Included is { } n ? Math.Min(Used, n) : Used;
}
