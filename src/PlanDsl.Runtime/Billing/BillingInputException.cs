namespace PlanDsl.Runtime.Billing;

/// <summary>
/// Usage, outages or an uptime that a bill cannot be computed from; <see cref="Field"/> names the
/// offending input (<c>units.OCI</c>, <c>counts.devices</c>, <c>outages[2]</c>, <c>uptime</c> …).
/// </summary>
public sealed class BillingInputException : Exception
{
    public BillingInputException(string field, string message) : base($"{field}: {message}") => Field = field;

    public string Field { get; }
}
