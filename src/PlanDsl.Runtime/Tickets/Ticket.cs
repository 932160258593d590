using NodaTime;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// A ticket as a host describes it: its severity (name, number or alias), when it was opened, its
/// request kind and channel where the catalog has them, attributes for coverage rules, and its history.
/// </summary>
public sealed record Ticket(
    string? Severity,
    Instant Opened,
    string? Kind = null,
    string? Channel = null,
    IReadOnlyDictionary<string, object?>? Attributes = null,
    IReadOnlyList<TicketEvent>? Events = null,
    Instant? AsOf = null)
{
    public IReadOnlyList<TicketEvent> History => Events ?? Array.Empty<TicketEvent>();
}
