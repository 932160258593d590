using NodaTime;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// What a customer used in a month, as a bill needs it. Every part is optional.
/// <list type="bullet">
/// <item><see cref="Units"/>: how many of each unit a per-unit price counts, keyed by the price's unit
/// name as the plan writes it (<c>OCI</c> for "150.00 PLN per OCI per month"); names compare ignoring case.</item>
/// <item><see cref="Hours"/>: hours of work billed at the plan's hourly rate.</item>
/// <item><see cref="Metered"/>: unit-hours of metered use, keyed <c>"&lt;unit&gt;-hours"</c>
/// (<c>GB-hours</c> for "0.0002 PLN per GB per hour": 1 GB kept for 720 hours is 720 GB-hours).</item>
/// <item><see cref="Counts"/>: how many of a counted entitlement were used, keyed by the entitlement's
/// id (<c>devices</c>, <c>limit_zgloszen</c>); a quota's count is for its own period (this month for
/// "per month").</item>
/// <item><see cref="Month"/>: the month billed (needed only for prices per day or per week).</item>
/// </list>
/// </summary>
public sealed record BillingUsage(
    IReadOnlyDictionary<string, decimal>? Units = null,
    decimal? Hours = null,
    IReadOnlyDictionary<string, decimal>? Metered = null,
    IReadOnlyDictionary<string, long>? Counts = null,
    YearMonth? Month = null)
{
    public static BillingUsage None { get; } = new();

    public static BillingUsage OfUnits(IReadOnlyDictionary<string, decimal> units) => new(Units: units);
}
