using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Cli.Commands;

/// <summary><c>plandsl eval &lt;catalog&gt; --plan p --ticket ticket.json</c>: the ticket's due instants and, with events, met or breached.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var catalog = new Argument<string>("catalog") { Description = "The catalog's folder or entry file." };
        var plan = new Option<string>("--plan") { Description = "The plan.", Required = true };
        var ticket = new Option<string>("--ticket") { Description = "The ticket JSON file ('-' for standard input).", Required = true };
        var root = RootOption.Create();
        var command = new Command("eval", "Evaluate a ticket against a plan: due instants, met/breached, coverage.") { catalog, plan, ticket, root };
        command.SetAction(parse => Run(parse.GetValue(catalog)!, parse.GetValue(plan), parse.GetValue(ticket), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, root: parse.GetValue(root)));
        return command;
    }

    public static int Run(string catalogPath, string? planId, string? ticketPath, TextWriter output, TextWriter error, string? baseDirectory = null, TextReader? input = null, string? root = null) =>
        CommandRunner.Run(() =>
        {
            var ticket = TicketJson.Parse(TicketFile.Read(ticketPath, baseDirectory, input));
            var catalog = CatalogLoader.Load(catalogPath, error, baseDirectory, root);
            var plan = CatalogLoader.Plan(catalog, planId);
            TicketEvaluation evaluation;
            try
            {
                evaluation = new TicketEvaluator(catalog, new CalendarSet(catalog)).Evaluate(plan.Id, ticket);
            }
            catch (TicketException e)
            {
                throw new CliError(e.Message);
            }
            catch (CalendarNeverOpensException e)
            {
                throw new CliError(e.Message);
            }
            catch (BeyondSupportedTimeException e)
            {
                throw new CliError($"ticket: {e.Message}");
            }
            output.Write(JsonFormats.Write(ToJson(catalog, evaluation)));
            return 0;
        }, error);

    public static JsonObject ToJson(ResolvedCatalog catalog, TicketEvaluation e)
    {
        var zone = catalog.TimeZone.Resolve();
        DateTimeZone ZoneOf(MetricResult m) => m.Calendar is { } c && catalog.FindCalendar(c) is { } cal ? cal.TimeZone.Resolve() : zone;
        string? At(Instant? i, MetricResult m) => i is { } v ? JsonFormats.Instant(v, ZoneOf(m)) : null;
        var update = e.NextStatusUpdate ?? MetricResult.NotCommitted(Runtime.Model.Metric.StatusUpdate, Runtime.Model.Commitment.None);
        return new JsonObject
        {
            ["plan"] = e.Plan,
            ["version"] = e.VersionEffective?.ToString("uuuu-MM-dd", null),
            ["severity"] = e.Severity,
            ["kind"] = e.Kind,
            ["clockStart"] = JsonFormats.Instant(e.ClockStart, ZoneOf(e.Response)),
            ["responseDue"] = At(e.Response.Due, e.Response),
            ["responseCommitment"] = Commitment(e.Response),
            ["updateDue"] = At(update.Due, update),
            ["updateCommitment"] = Commitment(update),
            ["followUpDue"] = At(e.FollowUp.Due, e.FollowUp),
            ["followUpCommitment"] = Commitment(e.FollowUp),
            ["resolutionDue"] = At(e.Resolution.Due, e.Resolution),
            ["resolutionCommitment"] = Commitment(e.Resolution),
            ["coverage"] = CoverageJson(e.Coverage),
            ["metrics"] = new JsonObject
            {
                ["response"] = Metric(e.Response, At),
                ["statusUpdates"] = new JsonArray(e.StatusUpdates.Where(u => u.Commitment == Runtime.Model.Commitment.Due).Select(u => (JsonNode)Metric(u, At)).ToArray()),
                ["followUp"] = Metric(e.FollowUp, At),
                ["resolution"] = Metric(e.Resolution, At),
            },
        };
    }

    private static JsonObject CoverageJson(PlanDsl.Runtime.Coverage.CoverageResult c) => new()
    {
        ["decision"] = c.Verdict.ToString().ToLowerInvariant(),
        ["rate"] = c.Rate?.Describe(),
        ["reason"] = c.Reason is null ? null : new JsonObject { ["ref"] = c.Reason.Ref, ["title"] = c.Reason.Title, ["text"] = c.Reason.Text },
        ["rule"] = c.RuleDescription,
        ["provisional"] = c.Provisional,
        ["missingAttributes"] = new JsonArray(c.MissingAttributes.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
    };

    private static string Commitment(MetricResult m) => m.Commitment switch
    {
        Runtime.Model.Commitment.Due => "due",
        Runtime.Model.Commitment.BestEffort => "best effort",
        Runtime.Model.Commitment.WhenDone => "when done",
        _ => "none",
    };

    private static JsonObject Metric(MetricResult m, Func<Instant?, MetricResult, string?> at) => new()
    {
        ["commitment"] = Commitment(m),
        ["target"] = m.Commitment == Runtime.Model.Commitment.Due ? m.Target.ToString() : null,
        ["calendar"] = m.Calendar,
        ["due"] = at(m.Due, m),
        ["actual"] = at(m.Actual, m),
        ["met"] = m.Met,
        ["breachedAt"] = at(m.BreachedAt, m),
        ["clockTimeUsed"] = JsonFormats.Duration(m.ClockTimeUsed),
    };
}
