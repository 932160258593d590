using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// The plan version applied: the latest whose effective date is on or before <see cref="OpenedDay"/>, the
/// day the ticket was opened read in the catalog's zone. <see cref="Number"/> counts from 1 among
/// <see cref="AllEffective"/> (oldest first; null is a version without an effective date).
/// </summary>
public sealed record VersionChoice(
    string Plan,
    string PlanTitle,
    LocalDate OpenedDay,
    LocalDate? Effective,
    int Number,
    IReadOnlyList<LocalDate?> AllEffective,
    string? Extends)
{
    /// <summary>Versions that take effect after the opening day, which therefore do not apply.</summary>
    public IEnumerable<LocalDate> LaterVersions => AllEffective.Skip(Number).OfType<LocalDate>();
}
