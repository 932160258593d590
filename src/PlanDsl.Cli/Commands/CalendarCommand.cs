using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl calendar &lt;catalog&gt; --calendar c add|between|is-open|next-opening …</c>: business-time
/// arithmetic on one of a catalog's calendars. Prints <c>{"result": …}</c>: an instant with the calendar's
/// offset, an ISO-8601 duration or a boolean.
/// </summary>
public static class CalendarCommand
{
    public static Command Create() => Build(null);

    /// <summary>
    /// Runs the command on the arguments that follow <c>calendar</c> (e.g. <c>plans/oktawave --calendar
    /// dni_robocze_8_20 add --start … --duration PT4H</c>). Exit 0, or 2 with <c>plandsl: error: …</c>
    /// (docs/exit-codes.md).
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string? baseDirectory = null)
    {
        var parse = Build(baseDirectory).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) error.WriteLine($"plandsl: error: {problem.Message}");
            return CliError.ExitCode;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return CommandRunner.Crash(e, error);
        }
    }

    private static Command Build(string? baseDirectory)
    {
        var catalog = new Argument<string>("catalog") { Description = "The catalog: a .plan file or a folder holding one catalog." };
        var calendar = new Option<string>("--calendar") { Description = "The calendar's name in the catalog (always = 24/7).", Recursive = true };
        var root = RootOption.Create();
        root.Recursive = true;
        var command = new Command("calendar", "Business-time arithmetic on a catalog's calendar; prints {\"result\": …}.") { catalog, calendar, root };

        int Execute(ParseResult parse, Func<Func<BusinessCalendar, JsonNode?>> prepare) => CommandRunner.Run(() =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var compute = prepare(); // input errors first, before compiling the catalog
            var resolved = CatalogLoader.Load(parse.GetValue(catalog)!, error, baseDirectory, parse.GetValue(root));
            var businessCalendar = Calendar(resolved, parse.GetValue(calendar));
            JsonNode? result;
            try
            {
                result = compute(businessCalendar);
            }
            catch (CalendarNeverOpensException e)
            {
                throw new CliError(e.Message);
            }
            catch (BeyondSupportedTimeException e)
            {
                // Only add and next-opening search ahead; between and is-open stay within the instants given.
                throw new CliError($"{(parse.CommandResult.Command.Name == "add" ? "--duration" : "--at")}: {e.Message}");
            }
            output.Write(JsonFormats.Write(new JsonObject { ["result"] = result }));
            return 0;
        }, parse.InvocationConfiguration.Error);

        var addStart = new Option<string>("--start") { Description = "An ISO-8601 instant with offset (2026-04-03T19:00:00+02:00)." };
        var addDuration = new Option<string>("--duration") { Description = "Open time to add, an ISO-8601 duration (PT4H, P2DT30M = 48 h 30 min)." };
        var add = new Command("add", "The instant at which --duration of open time has passed since --start (counting from the next opening).") { addStart, addDuration };
        add.SetAction(parse => Execute(parse, () =>
        {
            var start = JsonFormats.ParseInstant(parse.GetValue(addStart), "--start");
            var duration = JsonFormats.ParseDuration(Required(parse.GetValue(addDuration), "--duration", "an ISO-8601 duration such as PT4H"), "--duration");
            return c => InstantJson(c.Add(start, duration), c);
        }));

        var betweenStart = new Option<string>("--start") { Description = "Start of the range, an ISO-8601 instant with offset." };
        var betweenEnd = new Option<string>("--end") { Description = "End of the range (excluded), an ISO-8601 instant with offset." };
        var between = new Command("between", "Open time in [--start, --end) as an ISO-8601 duration (PT0S when --end is not after --start).") { betweenStart, betweenEnd };
        between.SetAction(parse => Execute(parse, () =>
        {
            var start = JsonFormats.ParseInstant(parse.GetValue(betweenStart), "--start");
            var end = JsonFormats.ParseInstant(parse.GetValue(betweenEnd), "--end");
            return c => JsonValue.Create(JsonFormats.Duration(c.OpenTimeBetween(start, end)));
        }));

        var isOpenAt = new Option<string>("--at") { Description = "An ISO-8601 instant with offset." };
        var isOpen = new Command("is-open", "Is the calendar open at --at? (true or false)") { isOpenAt };
        isOpen.SetAction(parse => Execute(parse, () =>
        {
            var at = JsonFormats.ParseInstant(parse.GetValue(isOpenAt), "--at");
            return c => JsonValue.Create(c.IsOpen(at));
        }));

        var nextOpeningAt = new Option<string>("--at") { Description = "An ISO-8601 instant with offset." };
        var nextOpening = new Command("next-opening", "The first open instant at or after --at.") { nextOpeningAt };
        nextOpening.SetAction(parse => Execute(parse, () =>
        {
            var at = JsonFormats.ParseInstant(parse.GetValue(nextOpeningAt), "--at");
            return c => InstantJson(c.NextOpening(at), c);
        }));

        command.Subcommands.Add(add);
        command.Subcommands.Add(between);
        command.Subcommands.Add(isOpen);
        command.Subcommands.Add(nextOpening);
        return command;
    }

    private static BusinessCalendar Calendar(ResolvedCatalog catalog, string? id)
    {
        var ids = catalog.Calendars.Select(c => c.Id).ToList();
        if (string.IsNullOrEmpty(id)) throw new CliError($"--calendar is required; calendars: {string.Join(", ", ids)}");
        var set = new CalendarSet(catalog);
        if (!set.TryGet(id, out var calendar))
            throw new CliError($"--calendar: unknown calendar '{id}' in catalog '{catalog.Id}'{CatalogLoader.Suggest(id, ids)}; calendars: {string.Join(", ", ids)}");
        return calendar;
    }

    private static string Required(string? value, string field, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new CliError($"{field} is required: {what}") : value;

    private static JsonNode InstantJson(Instant instant, BusinessCalendar calendar) => JsonValue.Create(JsonFormats.Instant(instant, calendar.Zone));
}
