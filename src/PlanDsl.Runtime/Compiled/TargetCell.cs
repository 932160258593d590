using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// One metric's target in a compiled catalog's target table (plan version × severity × kind × metric):
/// the commitment, the calendar (its index in <see cref="ResolvedCatalog.Calendars"/>, -1 for none) and
/// the duration. A missing target row is four cells without commitment or calendar.
/// </summary>
public readonly struct TargetCell
{
    public TargetCell(Commitment commitment, int calendar, long elapsedNanoseconds, int businessDays)
    {
        Commitment = commitment;
        Calendar = calendar;
        Duration = new DurationSpec(NodaTime.Duration.FromNanoseconds(elapsedNanoseconds), businessDays);
    }

    public Commitment Commitment { get; }

    public int Calendar { get; }

    public DurationSpec Duration { get; }

    /// <summary>True when the target gives a due instant: committed, on a calendar.</summary>
    public bool IsDue => Commitment == Commitment.Due && Calendar >= 0;
}
