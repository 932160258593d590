namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// The severity (and request kind) whose targets apply: the one the ticket states, resolved against the
/// catalog (name, number or alias), then each change in order; the last one wins for every metric,
/// still measured from the opening. Null severity: the catalog has none.
/// </summary>
public sealed record SeverityChoice(
    string? Stated,
    string? Initial,
    string? InitialTitle,
    IReadOnlyList<SeverityChange> Changes,
    string? Final,
    string? FinalTitle,
    string? Kind,
    string? KindTitle);
