using NodaTime;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// A period when the service was down, from <see cref="Start"/> (inclusive) to <see cref="End"/>
/// (exclusive). A <see cref="Planned"/> outage is announced maintenance: it never counts as downtime.
/// </summary>
public sealed record Outage(Instant Start, Instant End, bool Planned = false);
