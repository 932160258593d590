namespace PlanDsl.Runtime.Tickets;

/// <summary>A ticket that cannot be judged as given; <see cref="Field"/> names the offending field.</summary>
public sealed class TicketException : Exception
{
    public TicketException(string field, string message) : base($"{field}: {message}") => Field = field;

    public string Field { get; }
}
