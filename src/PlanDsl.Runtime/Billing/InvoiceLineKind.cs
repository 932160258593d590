namespace PlanDsl.Runtime.Billing;

public enum InvoiceLineKind
{
    /// <summary>A recurring fee for the month.</summary>
    Fee,
    /// <summary>A recurring fee per unit × units.</summary>
    PerUnitFee,
    /// <summary>Hours of work at the hourly rate.</summary>
    Hourly,
    /// <summary>Unit-hours of metered use.</summary>
    Metered,
    /// <summary>A price per unit × units used.</summary>
    PerUnit,
    /// <summary>More of an entitlement than the plan includes.</summary>
    Extra,
}
