using System.CommandLine;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Tickets;
using PlanDsl.Runtime.Tickets.Explanation;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl explain &lt;catalog&gt; --plan p --ticket t.json [--format text|json]</c>: how each of the
/// ticket's answers was reached, step by step (docs/explain.md). The answers are <c>plandsl eval</c>'s.
/// </summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var catalog = new Argument<string>("catalog") { Description = "The catalog's folder or entry file." };
        var plan = new Option<string>("--plan") { Description = "The plan.", Required = true };
        var ticket = new Option<string>("--ticket") { Description = "The ticket JSON file ('-' for standard input), as for eval.", Required = true };
        var format = new Option<string>("--format") { Description = "text (numbered steps, the default) or json.", DefaultValueFactory = _ => "text" };
        var root = RootOption.Create();
        var command = new Command("explain", "Explain a ticket's answers step by step: version, severity, targets, clock, intervals counted, coverage.") { catalog, plan, ticket, format, root };
        command.SetAction(parse => Run(parse.GetValue(catalog)!, parse.GetValue(plan), parse.GetValue(ticket), parse.GetValue(format), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, root: parse.GetValue(root)));
        return command;
    }

    public static int Run(string catalogPath, string? planId, string? ticketPath, string? format, TextWriter output, TextWriter error, string? baseDirectory = null, TextReader? input = null, string? root = null) =>
        CommandRunner.Run(() =>
        {
            var asJson = (format ?? "text") switch
            {
                "text" => false,
                "json" => true,
                var other => throw new CliError($"--format: '{other}' is not one of text, json"),
            };
            var ticket = TicketJson.Parse(TicketFile.Read(ticketPath, baseDirectory, input));
            var catalog = CatalogLoader.Load(catalogPath, error, baseDirectory, root);
            var plan = CatalogLoader.Plan(catalog, planId);
            TicketExplanation explanation;
            try
            {
                explanation = new TicketExplainer(catalog, new CalendarSet(catalog)).Explain(plan.Id, ticket);
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
            output.Write(asJson ? JsonFormats.Write(ExplanationJson.ToJson(catalog, explanation)) : ExplanationText.Write(explanation));
            return 0;
        }, error);
}
