using NodaTime;

namespace PlanDsl.Runtime.Tickets;

public enum TicketEventType
{
    /// <summary>The first answer to the customer: meets the response target.</summary>
    Responded,
    /// <summary>A status update or follow-up to the customer.</summary>
    Updated,
    /// <summary>Waiting on the customer: the clocks stop.</summary>
    Paused,
    /// <summary>The customer answered: the clocks run again.</summary>
    Resumed,
    /// <summary>The severity was changed to <see cref="TicketEvent.Severity"/>.</summary>
    SeverityChanged,
    /// <summary>The ticket is resolved: every clock stops for good.</summary>
    Resolved,
}

/// <summary>Something that happened to a ticket, at an instant.</summary>
public sealed record TicketEvent(Instant At, TicketEventType Type, string? Severity = null);
