using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using PlanDsl.Cli.Commands;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Fuzzing;

/// <summary>
/// An answer written out exactly, so that the interpreter's and the compiled catalog's answers are equal
/// exactly when their texts are: what <c>plandsl eval</c> prints, plus every metric's instants and clock
/// time to the nanosecond; a refusal is its exception's type and message.
/// </summary>
public static class AnswerText
{
    public static string Of(Func<string> answer)
    {
        try
        {
            return answer();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "!" + e.GetType().FullName + ": " + e.Message;
        }
    }

    public static string Of(ResolvedCatalog catalog, TicketEvaluation evaluation)
    {
        var text = new StringBuilder(JsonFormats.Write(EvalCommand.ToJson(catalog, evaluation)));
        foreach (var metric in evaluation.StatusUpdates.Prepend(evaluation.Response).Append(evaluation.FollowUp).Append(evaluation.Resolution))
            text.Append('\n').Append(metric.Metric).Append(' ').Append(metric.Commitment)
                .Append(" due ").Append(Of(metric.Due)).Append(" actual ").Append(Of(metric.Actual))
                .Append(" breached ").Append(Of(metric.BreachedAt)).Append(" used ").Append(DurationPattern.Roundtrip.Format(metric.ClockTimeUsed));
        return text.ToString();
    }

    public static string Of(Instant? instant) => instant is { } t ? InstantPattern.ExtendedIso.Format(t) : "-";

    public static string Of(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
