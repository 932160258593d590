using NodaTime;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;
using PlanDsl.Runtime.Tickets.Explanation;

namespace PlanDsl.Cli.Commands;

/// <summary>One metric's derivation in plain sentences: the target and its calendar, where the clock starts, the days skipped, the pauses, every interval counted, the due time and the verdict.</summary>
public static class MetricStepText
{
    public static ExplanationStep Write(TicketExplanation explanation, MetricDerivation metric, bool numbered)
    {
        var title = Title(metric.Metric) + (numbered ? " " + metric.Occurrence : "");
        if (metric.Target is not { } target || metric.Calendar is not { } calendar) return ExplanationStep.Of(title + ": " + NoClock(explanation, metric));
        var zone = calendar.Zone;
        var lines = new List<string> { $"{title}: {Target(metric.Metric, target.Duration)} on '{calendar.Id}' ({Calendar(calendar)})." };
        lines.Add(StartSentence(metric, zone));
        if (metric.BusinessDays is { } days) lines.Add(BusinessDays(days, zone));
        lines.AddRange(MetricTimelineText.Lines(metric, target.Duration, zone));
        if (metric.StoppedAt is not null)
            lines.Add($"Only {LocalTimeText.Length(metric.CountedTime)} of {target.Duration} had been counted by then, so there is no due time.");
        if (metric.Result.Due is { } due) lines.Add($"Due {LocalTimeText.AtInZone(due, zone)}.");
        lines.Add(Verdict(explanation, metric, zone));
        return new ExplanationStep(lines[0], lines.Skip(1).ToList());
    }

    public static string Title(Metric metric) => metric switch
    {
        Metric.Response => "Response",
        Metric.StatusUpdate => "Status update",
        Metric.FollowUp => "Follow-up",
        _ => "Resolution",
    };

    public static string Target(Metric metric, DurationSpec duration) => (metric == Metric.StatusUpdate ? "every " : "") + duration;

    public static string Calendar(CalendarDescription calendar)
    {
        var text = (calendar.Title == calendar.Id ? "" : $"\"{calendar.Title}\": ") + calendar.Hours + ", " + calendar.Zone.Id;
        var holidays = calendar.HolidaySets.ToList();
        if (calendar.OtherHolidayRules > 0) holidays.Add(calendar.OtherHolidayRules == 1 ? "1 holiday" : $"{calendar.OtherHolidayRules} holidays");
        return holidays.Count == 0 ? text : text + ", closed on " + string.Join(" and ", holidays);
    }

    private static string NoClock(TicketExplanation explanation, MetricDerivation metric)
    {
        var stated = explanation.Targets.Row?.Get(metric.Metric);
        return metric.Result.Commitment switch
        {
            Commitment.BestEffort => "best effort, so there is no due time.",
            Commitment.WhenDone => "given when the work is done, so there is no due time.",
            Commitment.Due when stated is { Commitment: Commitment.Due } s =>
                $"{Target(metric.Metric, s.Duration)} on '{s.Calendar}', counted from the response; there is neither a response nor a response due time, so there is no due time.",
            _ => "no target, so there is no due time.",
        };
    }

    private static string StartSentence(MetricDerivation metric, DateTimeZone zone)
    {
        var start = metric.Start!.Value;
        var from = metric.StartPoint switch
        {
            MetricStartPoint.Opening => "the opening",
            MetricStartPoint.Response => "the response",
            MetricStartPoint.ResponseDue => "the response due time (no response yet)",
            _ => "the previous status update",
        };
        var sentence = $"Counted from {from}, {LocalTimeText.At(start, zone)}.";
        if (metric.ClockStart is not { } clockStart) return sentence;
        if (clockStart == start) return sentence + " The calendar is open then: the clock starts at once.";
        if (metric.ClosedAtStart)
        {
            var holiday = metric.ClosedDays.FirstOrDefault(d => d.Date == start.InZone(zone).Date && d.IsHoliday);
            var why = holiday is null ? "outside the hours" : "a holiday (" + string.Join(", ", holiday.Holidays) + ")";
            return sentence + $" That is {why}, so the clock starts at the next opening, {LocalTimeText.At(clockStart, zone)}.";
        }
        return sentence + $" The ticket is paused then, so the clock starts when it resumes, {LocalTimeText.At(clockStart, zone)}.";
    }

    private static string BusinessDays(BusinessDayCount days, DateTimeZone zone)
    {
        var counted = days.OpenDays.Count <= 10 ? " (" + string.Join(", ", days.OpenDays.Select(LocalTimeText.Day)) + ")" : "";
        var last = days.OpenDays.Count > 0 ? LocalTimeText.Day(days.OpenDays[^1]) : "-";
        var sentence = $"{DurationSpec.OfBusinessDays(days.Days)} from the clock start, {LocalTimeText.At(days.ClockStart, zone)}: "
            + $"the {Ordinal(days.Days)} following day with open time is {last}{counted}; the same local time of day, kept within that day's hours, is {LocalTimeText.At(days.RuleDue, zone)}.";
        return days.PausedOpenTime == Duration.Zero ? sentence
            : sentence + $" Pauses on the way kept {LocalTimeText.Length(days.PausedOpenTime)} of open time from counting; that is counted on after it.";
    }

    private static string Verdict(TicketExplanation explanation, MetricDerivation metric, DateTimeZone zone)
    {
        var result = metric.Result;
        var (happened, missing) = metric.Metric switch
        {
            Metric.Response => ("Responded", "No response"),
            Metric.StatusUpdate => ("Update given", "No update"),
            Metric.FollowUp => ("Follow-up update given", "No follow-up update"),
            _ => ("Resolved", "Not resolved"),
        };
        if (result.Actual is { } actual)
        {
            var at = LocalTimeText.At(actual, zone);
            if (result.Met == true) return result.Due is null ? $"{happened} {at}: met (there was no due time to miss)." : $"{happened} {at}, by the due time: met.";
            return $"{happened} {at}, after the due time: breached at {LocalTimeText.At(result.BreachedAt ?? result.Due!.Value, zone)}.";
        }
        var resolved = metric.Metric == Metric.Resolution ? null : explanation.Ticket.History.FirstOrDefault(e => e.Type == TicketEventType.Resolved)?.At;
        var by = resolved is { } r ? $"by the resolution, {LocalTimeText.At(r, zone)}"
            : explanation.Ticket.AsOf is { } asOf ? $"as of {LocalTimeText.At(asOf, zone)} (asOf)" : null;
        if (result.Met == false) return $"{missing} {by}: breached at {LocalTimeText.At(result.BreachedAt!.Value, zone)}.";
        if (resolved is not null && result.Due is not null) return $"{missing} {by}, which came before the due time: not breached.";
        return by is null ? $"{missing} yet: still open." : $"{missing} {by}: still open.";
    }

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => n + "th",
        _ => (n % 10) switch { 1 => n + "st", 2 => n + "nd", 3 => n + "rd", _ => n + "th" },
    };
}
