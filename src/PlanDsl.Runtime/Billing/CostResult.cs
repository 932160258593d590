using System.Collections.Immutable;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// A month's invoice: its lines, the counted entitlements against their quotas, the total (the sum of
/// the lines' rounded amounts; lines without an amount add nothing and make <see cref="Complete"/>
/// false) and its currency (null when nothing has a price and the catalog names no currency).
/// </summary>
public sealed record CostResult(
    ImmutableArray<InvoiceLine> Lines,
    ImmutableArray<QuotaLine> Quotas,
    decimal Total,
    string? Currency,
    ImmutableArray<string> Notes)
{
    public bool Complete => Lines.All(l => l.Amount is not null);
}
