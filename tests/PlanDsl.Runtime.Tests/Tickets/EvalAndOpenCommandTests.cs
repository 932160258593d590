using System.Text.Json.Nodes;
using PlanDsl.Cli.Commands;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Tickets;

/// <summary>The pipeline contract of <c>plandsl eval</c> and <c>plandsl open</c>, run in-process on the seeds.</summary>
public class EvalAndOpenCommandTests
{
    private static (int Exit, string Output, string Error) Eval(string catalog, string plan, string ticketJson)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = EvalCommand.Run(catalog, plan, "-", output, error, Seeds.Root, new StringReader(ticketJson));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Eval_prints_due_instants_in_the_calendars_zone_and_judges_events()
    {
        var (exit, output, error) = Eval("plans/ombori", "production", """
            {"severity": "critical", "opened": "2026-10-03T20:45:00+02:00",
             "events": [{"at": "2026-10-04T08:10:00+02:00", "type": "responded"},
                        {"at": "2026-10-04T09:30:00+02:00", "type": "updated"}],
             "asOf": "2026-10-04T12:00:00+02:00"}
            """);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("2026-10-04T08:15:00+02:00", (string?)json["responseDue"]);
        Assert.Equal("due", (string?)json["responseCommitment"]);
        Assert.Equal("none", (string?)json["resolutionCommitment"]);
        Assert.Null(json["resolutionDue"]);
        Assert.True((bool?)json["metrics"]!["response"]!["met"]);
        var updates = json["metrics"]!["statusUpdates"]!.AsArray();
        Assert.Equal("2026-10-04T09:10:00+02:00", (string?)updates[0]!["due"]);
        Assert.False((bool?)updates[0]!["met"]);
        Assert.Equal("2026-10-04T09:10:00+02:00", (string?)updates[0]!["breachedAt"]);
        Assert.Equal("2026-10-04T10:30:00+02:00", (string?)updates[1]!["due"]);
        Assert.False((bool?)updates[1]!["met"]);
        Assert.Equal("PT25M", (string?)json["metrics"]!["response"]!["clockTimeUsed"]); // 15 min Saturday, 10 min Sunday
    }

    [Fact]
    public void Eval_says_best_effort_explicitly()
    {
        var (exit, output, _) = Eval("plans/ombori", "free", """{"severity": 3, "opened": "2026-10-05T10:00:00+02:00"}""");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("best effort", (string?)json["responseCommitment"]);
        Assert.Null(json["responseDue"]);
        Assert.Equal("when done", (string?)json["updateCommitment"]);
    }

    [Theory]
    [InlineData("""{"severity": "critical", "opened": "2026-10-03 20:45"}""", "opened: '2026-10-03 20:45' is not an ISO-8601 instant")]
    [InlineData("""{"severity": "urgent", "opened": "2026-10-03T20:45:00+02:00"}""", "severity: unknown severity 'urgent'")]
    [InlineData("""{"opened": "2026-10-03T20:45:00+02:00"}""", "severity: a severity is required")]
    [InlineData("""{"severity": "critical", "opened": "2026-10-03T20:45:00+02:00", "events": [{"at": "2026-10-03T21:00:00+02:00", "type": "answered"}]}""", "events[0].type: 'answered' is not one of")]
    [InlineData("""{"severity": "critical", "opened": "2026-10-03T20:45:00+02:00", "priority": 1}""", "priority: unknown field")]
    [InlineData("""{"severity": "critical", "opened": """, "ticket: not valid JSON")]
    public void Eval_rejects_bad_tickets_with_exit_2_naming_the_field(string ticket, string message)
    {
        var (exit, output, error) = Eval("plans/ombori", "production", ticket);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("plandsl: error: ", error);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("""{"cause": "bug", "latest_version": true}""", "included", null)]
    [InlineData("""{"cause": "misconfiguration", "latest_version": true}""", "billable", "100 EUR/h")]
    [InlineData("""{"work": "snmp"}""", "refused", null)]
    public void Eval_decides_coverage_from_the_ticket_attributes(string attributes, string decision, string? rate)
    {
        var (exit, output, error) = Eval("plans/kolmisoft", "premium",
            "{\"severity\": \"blocker\", \"opened\": \"2026-10-05T10:00:00+03:00\", \"attributes\": " + attributes + "}");

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var coverage = JsonNode.Parse(output)!["coverage"]!;
        Assert.Equal(decision, (string?)coverage["decision"]);
        Assert.Equal(rate, (string?)coverage["rate"]);
    }

    [Fact]
    public void Eval_rejects_an_attribute_of_the_wrong_type_naming_it()
    {
        var (exit, _, error) = Eval("plans/kolmisoft", "premium",
            """{"severity": "blocker", "opened": "2026-10-05T10:00:00+03:00", "attributes": {"cause": "gremlins"}}""");

        Assert.Equal(2, exit);
        Assert.Contains("attributes.cause", error);
    }

    [Fact]
    public void Eval_rejects_an_unknown_plan_with_a_suggestion()
    {
        var (exit, _, error) = Eval("plans/ombori", "prodution", """{"severity": "critical", "opened": "2026-10-03T20:45:00+02:00"}""");

        Assert.Equal(2, exit);
        Assert.Contains("unknown plan 'prodution' in catalog 'ombori'; did you mean 'production'?", error);
    }

    [Theory]
    [InlineData("production", "phone", "2026-10-03T20:45:00+02:00", true, "2026-10-03T21:00:00+02:00")]
    [InlineData("production", "phone", "2026-10-03T21:00:00+02:00", false, "2026-10-04T08:00:00+02:00")]
    [InlineData("pilot", "online_form", "2026-10-03T03:00:00+02:00", true, null)]
    [InlineData("pilot", "phone", "2026-10-05T10:00:00+02:00", false, null)]
    public void Open_tells_whether_a_channel_is_open_and_when_that_changes(string plan, string channel, string at, bool open, string? next)
    {
        var output = new StringWriter();
        var exit = OpenCommand.Run("plans/ombori", plan, channel, at, output, new StringWriter(), Seeds.Root);

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output.ToString())!;
        Assert.Equal(open, (bool?)json["open"]);
        Assert.Equal(next, (string?)json["nextChange"]);
    }

    [Fact]
    public void Open_rejects_an_unknown_channel_naming_the_option()
    {
        var error = new StringWriter();
        var exit = OpenCommand.Run("plans/ombori", "production", "phnoe", "2026-10-03T20:45:00+02:00", new StringWriter(), error, Seeds.Root);

        Assert.Equal(2, exit);
        Assert.Contains("--channel: unknown channel 'phnoe'; did you mean 'phone'?", error.ToString());
    }
}
