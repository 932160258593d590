namespace PlanDsl.Runtime.Billing;

/// <summary>Whether an invoice line is a charge, or something to settle outside the total.</summary>
public enum InvoiceLineStatus
{
    /// <summary>Charged at <see cref="InvoiceLine.Amount"/>.</summary>
    Charged,
    /// <summary>Billed separately: the plan states no price (amount null).</summary>
    PriceNotStated,
    /// <summary>More are not allowed by the plan (amount null): a problem to resolve, not a charge.</summary>
    NotAllowed,
    /// <summary>Over a limit the plan states no terms for, or an entitlement the plan does not grant (amount null).</summary>
    OverLimit,
}
