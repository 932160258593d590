namespace PlanDsl.Runtime.Billing;

/// <summary>
/// One line of a month's invoice: what (<see cref="Source"/>: the price or entitlement id, described by
/// its title in the catalog's default language), how many of which unit, at what unit price, for what
/// amount (2 decimals, halves away from zero; null when no price applies).
/// </summary>
public sealed record InvoiceLine(
    InvoiceLineKind Kind,
    string Source,
    string Description,
    decimal Quantity,
    string Unit,
    decimal? UnitPrice,
    decimal? Amount,
    InvoiceLineStatus Status,
    string? Note);
