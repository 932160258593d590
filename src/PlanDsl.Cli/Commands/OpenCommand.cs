using System.CommandLine;
using System.Text.Json.Nodes;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Channels;

namespace PlanDsl.Cli.Commands;

/// <summary><c>plandsl open &lt;catalog&gt; --plan p --channel phone --at instant</c>: is the channel open then.</summary>
public static class OpenCommand
{
    public static Command Create()
    {
        var catalog = new Argument<string>("catalog") { Description = "The catalog's folder or entry file." };
        var plan = new Option<string>("--plan") { Description = "The plan.", Required = true };
        var channel = new Option<string>("--channel") { Description = "The channel (phone, chat, …).", Required = true };
        var at = new Option<string>("--at") { Description = "An ISO-8601 instant with offset.", Required = true };
        var root = RootOption.Create();
        var command = new Command("open", "Is a plan's channel open at an instant? Prints {\"open\": bool, \"nextChange\": …}.") { catalog, plan, channel, at, root };
        command.SetAction(parse => Run(parse.GetValue(catalog)!, parse.GetValue(plan), parse.GetValue(channel), parse.GetValue(at), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, root: parse.GetValue(root)));
        return command;
    }

    public static int Run(string catalogPath, string? planId, string? channel, string? at, TextWriter output, TextWriter error, string? baseDirectory = null, string? root = null) =>
        CommandRunner.Run(() =>
        {
            var instant = JsonFormats.ParseInstant(at, "--at");
            var catalog = CatalogLoader.Load(catalogPath, error, baseDirectory, root);
            var plan = CatalogLoader.Plan(catalog, planId);
            if (string.IsNullOrEmpty(channel) || catalog.Channels.All(c => c.Id != channel))
                throw new CliError($"--channel: unknown channel '{channel}'{CatalogLoader.Suggest(channel ?? "", catalog.Channels.Select(c => c.Id))}; channels: {string.Join(", ", catalog.Channels.Select(c => c.Id))}");
            ChannelStatus status;
            try
            {
                status = new ChannelAvailability(catalog, new CalendarSet(catalog)).At(plan, channel, instant);
            }
            catch (BeyondSupportedTimeException e)
            {
                throw new CliError($"--at: {e.Message}");
            }
            var zone = (status.Calendar is { } cal ? catalog.FindCalendar(cal)!.TimeZone : catalog.TimeZone).Resolve();
            var json = new JsonObject
            {
                ["open"] = status.Open,
                ["nextChange"] = status.NextChange is { } next ? JsonFormats.Instant(next, zone) : null,
                ["offered"] = status.Offered,
                ["bestEffort"] = status.BestEffort,
                ["calendar"] = status.Calendar,
            };
            output.Write(JsonFormats.Write(json));
            return 0;
        }, error);
}
