using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Every field of an answer written out exactly (instants and durations to the nanosecond, decimals with
/// their scale), so that two answers are equal exactly when their texts are; an exception is its type and message.
/// </summary>
internal static class Canonical
{
    public static string Of(Func<string> answer)
    {
        try
        {
            return answer();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return "!" + e.GetType().FullName + ": " + e.Message;
        }
    }

    public static string Of(Instant? t) => t is { } v ? InstantPattern.ExtendedIso.Format(v) : "-";

    public static string Of(Duration d) => DurationPattern.Roundtrip.Format(d);

    public static string Of(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    public static string Of(TicketEvaluation e)
    {
        var s = new StringBuilder();
        s.Append("plan ").Append(e.Plan).Append(" v").Append(e.VersionEffective?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-")
            .Append(" sev ").Append(e.Severity ?? "-").Append(" kind ").Append(e.Kind ?? "-").Append(" start ").Append(Of(e.ClockStart)).Append('\n');
        s.Append(Of(e.Response)).Append('\n');
        foreach (var u in e.StatusUpdates) s.Append(Of(u)).Append('\n');
        s.Append(Of(e.FollowUp)).Append('\n').Append(Of(e.Resolution)).Append('\n').Append(Of(e.Coverage));
        return s.ToString();
    }

    public static string Of(MetricResult m) =>
        $"{m.Metric} {m.Commitment} {Of(m.Target.Elapsed)}/{m.Target.BusinessDays}bd on {m.Calendar ?? "-"} due {Of(m.Due)} actual {Of(m.Actual)} met {(m.Met is { } b ? b.ToString() : "-")} breached {Of(m.BreachedAt)} used {Of(m.ClockTimeUsed)}";

    public static string Of(CoverageResult c)
    {
        var s = new StringBuilder();
        s.Append("coverage ").Append(c.Verdict).Append(" rate ").Append(c.Rate is { } r ? r.Describe() + " " + ModelDump.Quote(r.Title) + " " + r.Id : "-")
            .Append(" reason ").Append(c.Reason is { } why ? $"{why.Kind} {why.Ref ?? "-"} [{why.Title}] [{why.Text ?? "-"}]" : "-")
            .Append(" rule ").Append(c.RuleIndex?.ToString(CultureInfo.InvariantCulture) ?? "-").Append(' ').Append(c.Rule?.Describe() ?? "-");
        foreach (var u in c.UnknownRules)
            s.Append("\n  unknown ").Append(u.Index).Append(' ').Append(u.Rule.Describe()).Append(" missing ").Append(string.Join(",", u.Missing));
        return s.ToString();
    }
}
