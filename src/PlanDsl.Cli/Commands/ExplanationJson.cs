using System.Text.Json.Nodes;
using NodaTime;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets.Explanation;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// A ticket's explanation as JSON: <c>answers</c> (exactly what <c>plandsl eval</c> prints), the derivation
/// (version, severity, targets, pauses, every metric's clock with all intervals counted, coverage) and the
/// text steps. Instants in the zone of the calendar that measures them (the catalog's zone otherwise).
/// </summary>
public static class ExplanationJson
{
    public static JsonObject ToJson(ResolvedCatalog catalog, TicketExplanation e)
    {
        var zone = e.CatalogZone;
        return new JsonObject
        {
            ["catalog"] = e.Catalog,
            ["plan"] = e.Version.Plan,
            ["answers"] = EvalCommand.ToJson(catalog, e.Evaluation),
            ["version"] = new JsonObject
            {
                ["effective"] = e.Version.Effective is { } d ? Date(d) : null,
                ["number"] = e.Version.Number,
                ["of"] = e.Version.AllEffective.Count,
                ["openedDay"] = Date(e.Version.OpenedDay),
                ["zone"] = zone.Id,
                ["extends"] = e.Version.Extends,
            },
            ["severity"] = new JsonObject
            {
                ["stated"] = e.Severity.Stated,
                ["initial"] = e.Severity.Initial,
                ["changes"] = Array(e.Severity.Changes, c => new JsonObject { ["at"] = JsonFormats.Instant(c.At, zone), ["stated"] = c.Stated, ["severity"] = c.Severity }),
                ["final"] = e.Severity.Final,
                ["kind"] = e.Severity.Kind,
            },
            ["targets"] = new JsonObject
            {
                ["severity"] = e.Targets.Severity,
                ["kind"] = e.Targets.Kind,
                ["row"] = e.Targets.Row is { } row ? Row(row) : null,
                ["source"] = e.Targets.Source switch
                {
                    TargetRowSource.NoRow => "none",
                    TargetRowSource.StatedInThisVersion => "stated in this version",
                    _ => "inherited",
                },
            },
            ["pauses"] = Array(e.Pauses, p => Pause(p, zone)),
            ["metrics"] = Array(e.Metrics, Metric),
            ["statusUpdateNotOwed"] = e.StatusUpdateNotOwed is { } s
                ? new JsonObject { ["from"] = JsonFormats.Instant(s.From, zone), ["due"] = s.Due is { } due ? JsonFormats.Instant(due, zone) : null, ["resolved"] = JsonFormats.Instant(s.Resolved, zone) }
                : null,
            ["coverage"] = Coverage(e.Coverage),
            ["steps"] = Array(ExplanationText.Steps(e), step => new JsonObject
            {
                ["text"] = step.Text,
                ["details"] = Array(step.Details, d => JsonValue.Create(d)),
            }),
        };
    }

    private static JsonObject Row(TargetRow row) => new()
    {
        ["response"] = row.Response.Describe(),
        ["statusUpdate"] = row.StatusUpdate.Describe(),
        ["followUp"] = row.FollowUp.Describe(),
        ["resolution"] = row.Resolution.Describe(),
    };

    private static JsonObject Metric(MetricDerivation m)
    {
        var zone = m.Calendar?.Zone ?? DateTimeZone.Utc;
        string? At(Instant? i) => i is { } v ? JsonFormats.Instant(v, zone) : null;
        return new JsonObject
        {
            ["metric"] = m.Metric switch
            {
                Runtime.Model.Metric.Response => "response",
                Runtime.Model.Metric.StatusUpdate => "statusUpdate",
                Runtime.Model.Metric.FollowUp => "followUp",
                _ => "resolution",
            },
            ["occurrence"] = m.Occurrence,
            ["commitment"] = m.Result.Commitment switch
            {
                Commitment.Due => "due",
                Commitment.BestEffort => "best effort",
                Commitment.WhenDone => "when done",
                _ => "none",
            },
            ["target"] = m.Target?.Duration.ToString(),
            ["calendar"] = m.Calendar is { } c ? new JsonObject
            {
                ["id"] = c.Id,
                ["title"] = c.Title,
                ["hours"] = c.Hours,
                ["zone"] = c.Zone.Id,
                ["holidays"] = Array(c.HolidaySets, h => JsonValue.Create(h)),
            } : null,
            ["countedFrom"] = m.Target is null ? null : m.StartPoint switch
            {
                MetricStartPoint.Opening => "opening",
                MetricStartPoint.Response => "response",
                MetricStartPoint.ResponseDue => "response due",
                _ => "previous update",
            },
            ["start"] = At(m.Start),
            ["clockStart"] = At(m.ClockStart),
            ["closedAtStart"] = m.Target is null ? null : m.ClosedAtStart,
            ["pausedAtStart"] = m.Target is null ? null : m.PausedAtStart,
            ["closedDays"] = Array(m.ClosedDays, d => new JsonObject
            {
                ["date"] = Date(d.Date),
                ["weeklyHours"] = d.HasWeeklyHours,
                ["holidays"] = Array(d.Holidays, h => JsonValue.Create(h)),
            }),
            ["pauses"] = Array(m.Pauses, p =>
            {
                var pause = Pause(p.Pause, zone);
                pause["openTimeNotCounted"] = JsonFormats.Duration(p.OpenTimeNotCounted);
                return pause;
            }),
            ["businessDays"] = m.BusinessDays is { } b ? new JsonObject
            {
                ["days"] = b.Days,
                ["clockStart"] = At(b.ClockStart),
                ["openDays"] = Array(b.OpenDays, d => JsonValue.Create(Date(d))),
                ["ruleDue"] = At(b.RuleDue),
                ["pausedOpenTime"] = JsonFormats.Duration(b.PausedOpenTime),
            } : null,
            ["counted"] = Array(m.Counted, i => new JsonObject { ["start"] = At(i.Start), ["end"] = At(i.End), ["length"] = JsonFormats.Duration(i.Length) }),
            ["countedTotal"] = JsonFormats.Duration(m.CountedTime),
            ["stoppedAt"] = At(m.StoppedAt),
            ["due"] = At(m.Result.Due),
            ["actual"] = At(m.Result.Actual),
            ["met"] = m.Result.Met,
            ["breachedAt"] = At(m.Result.BreachedAt),
        };
    }

    private static JsonObject Coverage(CoverageDerivation c)
    {
        var facts = new JsonObject();
        foreach (var (name, value) in c.Facts) facts[name] = value;
        var r = c.Result;
        return new JsonObject
        {
            ["facts"] = facts,
            ["rules"] = c.RuleCount,
            ["decision"] = r.Verdict.ToString().ToLowerInvariant(),
            ["rule"] = r.RuleIndex is { } i ? i + 1 : null,
            ["ruleText"] = r.Rule is { } rule ? (rule.Condition is null ? "otherwise" : "when " + rule.Condition.Describe()) + " -> " + rule.Outcome.Describe() : null,
            ["origin"] = r.Rule?.Origin,
            ["passedOver"] = Array(r.UnknownRules, u => new JsonObject
            {
                ["rule"] = u.Index + 1,
                ["missing"] = Array(u.Missing, a => JsonValue.Create(a)),
            }),
            ["provisional"] = r.Provisional,
        };
    }

    private static JsonObject Pause(PauseSpan p, DateTimeZone zone) => new()
    {
        ["start"] = JsonFormats.Instant(p.Start, zone),
        ["end"] = p.End is { } end ? JsonFormats.Instant(end, zone) : null,
    };

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> map) => new(items.Select(map).ToArray());

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", null);
}
