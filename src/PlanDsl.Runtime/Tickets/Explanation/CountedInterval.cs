using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>Running time counted towards a target: open time of the calendar with pauses cut out, [Start, End).</summary>
public sealed record CountedInterval(Instant Start, Instant End)
{
    public Duration Length => End - Start;
}
