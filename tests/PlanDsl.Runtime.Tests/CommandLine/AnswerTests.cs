using System.Text.Json.Nodes;

namespace PlanDsl.Runtime.Tests.CommandLine;

/// <summary>Answers the command line used to get wrong (issue 11, item 10), through the real entry point.</summary>
public sealed class AnswerTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Fact]
    public void A_200000_h_target_on_always_is_due_200000_h_later_not_beyond_a_fixed_horizon()
    {
        var catalog = _cli.File("long.plan", """
            catalog long "Long" { timezone: "UTC" }
            severities most urgent first {
              high = 1 "High"
            }
            plan p "P" {
              hours: always
              targets {
                | severity | response |
                | high     | 200000 h |
              }
            }
            """);
        var ticket = _cli.File("t.json", """{"severity": "high", "opened": "2026-10-03T18:45:00Z"}""");

        var (exit, output, error) = CliProcess.Run("eval", catalog, "--plan", "p", "--ticket", ticket);

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal("2049-07-28T02:45:00+00:00", (string?)JsonNode.Parse(output)!["responseDue"]);
        // The same as adding the open time by hand, as calendar add does for 1,000,000 h.
        var (addExit, addOutput, addError) = CliProcess.Run("calendar", catalog, "--calendar", "always", "add", "--start", "2026-10-03T18:45:00Z", "--duration", "PT1000000H");
        Assert.True(addExit == 0, addError);
        Assert.Equal("2140-11-01T10:45:00+00:00", (string?)JsonNode.Parse(addOutput)!["result"]);
    }

    [Fact]
    public void An_offset_with_seconds_is_printed_with_its_seconds()
    {
        // In year 1 the tz database gives CET the local mean time of its reference meridian.
        var (exit, output, error) = CliProcess.Run("open", CliProcess.Seed("ombori"), "--plan", "production", "--channel", "phone", "--at", "0001-01-01T00:00:00Z");

        Assert.True(exit == 0, error);
        var nextChange = (string?)JsonNode.Parse(output)!["nextChange"];
        Assert.Matches(@"^0001-01-01T\d\d:\d\d:\d\d\+00:17:30$", nextChange);
        // Whole-minute offsets keep their usual form.
        var (_, today, _) = CliProcess.Run("open", CliProcess.Seed("ombori"), "--plan", "production", "--channel", "phone", "--at", "2026-10-03T20:45:00+02:00");
        Assert.Equal("2026-10-03T21:00:00+02:00", (string?)JsonNode.Parse(today)!["nextChange"]);
    }

    [Fact]
    public void A_count_that_is_merely_too_large_is_called_too_large_not_fractional()
    {
        var usage = _cli.File("usage.json", """{"counts": {"devices": 10000000000000000000}}""");

        var (exit, _, error) = CliProcess.Run("cost", CliProcess.Seed("oktawave"), "--plan", "gold", "--usage", usage);

        Assert.Equal(2, exit);
        Assert.Equal("plandsl: error: counts.devices: 10000000000000000000 is too large (at most 1000000000000000000)", error.TrimEnd());
        Assert.DoesNotContain("whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ticket_opened_near_the_end_of_time_is_answered()
    {
        var ticket = _cli.File("t.json", """{"severity": "critical", "opened": "9985-06-02T10:00:00+02:00"}""");

        var (exit, output, error) = CliProcess.Run("eval", CliProcess.Seed("ombori"), "--plan", "production", "--ticket", ticket);

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal("9985-06-02T10:30:00+02:00", (string?)JsonNode.Parse(output)!["responseDue"]);
    }

    public void Dispose() => _cli.Dispose();
}
