using System.Text.Json.Nodes;
using PlanDsl.Cli.Commands;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Calendars;

/// <summary><c>plandsl calendar &lt;catalog&gt; --calendar c add|between|is-open|next-opening</c> on the seed catalogs.</summary>
public sealed class CalendarCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        // The seed catalogs import plans/shared: their root is plans/, named as a user would.
        var exit = CalendarCommand.Run([.. args, "--root", "plans"], output, error, Seeds.Root);
        return (exit, output.ToString(), error.ToString());
    }

    private static JsonNode? Result(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal("", error);
        return JsonNode.Parse(output)!["result"];
    }

    [Fact]
    public void Add_counts_open_time_and_prints_the_instant_in_the_calendar_zone()
    {
        Assert.Equal("2026-04-07T09:00:00+02:00", Result("plans/oktawave", "--calendar", "dni_robocze_8_20", "add",
            "--start", "2026-04-03T19:00:00+02:00", "--duration", "PT2H")!.GetValue<string>());
        // --calendar may also follow the operation; an instant in UTC is printed with the calendar's offset.
        Assert.Equal("2026-03-30T09:00:00+02:00", Result("plans/ombori", "add", "--calendar", "free_hours",
            "--start", "2026-03-27T15:00:00Z", "--duration", "PT2H")!.GetValue<string>());
        Assert.Equal("2026-03-29T13:00:00+02:00", Result("plans/oktawave", "--calendar", "always", "add",
            "--start", "2026-03-28T12:00:00+01:00", "--duration", "P1D")!.GetValue<string>());
    }

    [Fact]
    public void Between_prints_an_iso_duration()
    {
        Assert.Equal("PT2H", Result("plans/oktawave", "--calendar", "dni_robocze_8_20", "between",
            "--start", "2026-04-03T19:00:00+02:00", "--end", "2026-04-07T09:00:00+02:00")!.GetValue<string>());
        Assert.Equal("PT0S", Result("plans/oktawave", "--calendar", "dni_robocze_8_20", "between",
            "--start", "2026-04-07T09:00:00+02:00", "--end", "2026-04-03T19:00:00+02:00")!.GetValue<string>());
    }

    [Fact]
    public void Is_open_prints_a_boolean()
    {
        Assert.False(Result("plans/oktawave", "--calendar", "dni_robocze_8_20", "is-open", "--at", "2026-04-06T10:00:00+02:00")!.GetValue<bool>());
        Assert.True(Result("plans/oktawave", "--calendar", "dni_robocze_8_20", "is-open", "--at", "2026-04-07T08:00:00+02:00")!.GetValue<bool>());
        Assert.False(Result("plans/domo", "--calendar", "business_hours", "is-open", "--at", "2026-04-07T17:00:00-06:00")!.GetValue<bool>());
    }

    [Fact]
    public void Next_opening_prints_an_instant()
    {
        Assert.Equal("2026-04-07T08:00:00+02:00", Result("plans/oktawave", "--calendar", "dni_robocze_8_20", "next-opening",
            "--at", "2026-04-03T20:00:00+02:00")!.GetValue<string>());
        Assert.Equal("2026-04-07T08:00:00-06:00", Result("plans/domo", "--calendar", "business_hours", "next-opening",
            "--at", "2026-04-06T23:30:00Z")!.GetValue<string>());
    }

    [Fact]
    public void Output_is_a_json_object_with_one_result()
    {
        var (exit, output, _) = Run("plans/oktawave", "--calendar", "always", "is-open", "--at", "2026-04-06T10:00:00+02:00");
        Assert.Equal(0, exit);
        Assert.Equal("{\n  \"result\": true\n}" + Environment.NewLine, output.Replace("\r\n", "\n").TrimEnd('\n', '\r') + Environment.NewLine);
    }

    [Theory]
    [InlineData("--start", "add", "--start", "2026-04-03 19:00", "--duration", "PT2H")]
    [InlineData("--start", "add", "--start", "2026-04-03T19:00:00", "--duration", "PT2H")]
    [InlineData("--start", "add", "--duration", "PT2H")]
    [InlineData("--duration", "add", "--start", "2026-04-03T19:00:00+02:00", "--duration", "two hours")]
    [InlineData("--duration", "add", "--start", "2026-04-03T19:00:00+02:00", "--duration", "P1M")]
    [InlineData("--duration", "add", "--start", "2026-04-03T19:00:00+02:00")]
    [InlineData("--end", "between", "--start", "2026-04-03T19:00:00+02:00", "--end", "tomorrow")]
    [InlineData("--at", "is-open", "--at", "2026-02-30T10:00:00+01:00")]
    [InlineData("--at", "next-opening")]
    public void Bad_input_is_exit_2_with_a_message_naming_the_field(string field, params string[] operation)
    {
        var (exit, output, error) = Run(new[] { "plans/oktawave", "--calendar", "dni_robocze_8_20" }.Concat(operation).ToArray());
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("plandsl: error: ", error);
        Assert.Contains(field, error);
    }

    [Fact]
    public void An_unknown_calendar_names_the_option_and_suggests_the_closest()
    {
        var (exit, output, error) = Run("plans/oktawave", "--calendar", "dni_robocze_8_2", "is-open", "--at", "2026-04-07T08:00:00+02:00");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("plandsl: error: --calendar: unknown calendar 'dni_robocze_8_2'", error);
        Assert.Contains("did you mean 'dni_robocze_8_20'?", error);
        Assert.Contains("calendars: always, ", error);
    }

    [Fact]
    public void A_missing_calendar_or_catalog_is_exit_2()
    {
        var (exit, _, error) = Run("plans/oktawave", "is-open", "--at", "2026-04-07T08:00:00+02:00");
        Assert.Equal(2, exit);
        Assert.Contains("--calendar is required", error);

        (exit, _, error) = Run("plans/nowhere", "--calendar", "always", "is-open", "--at", "2026-04-07T08:00:00+02:00");
        Assert.Equal(2, exit);
        Assert.Contains("plandsl: error: ", error);
    }

    [Fact]
    public void A_missing_or_unknown_operation_is_exit_2()
    {
        var (exit, _, error) = Run("plans/oktawave", "--calendar", "always");
        Assert.Equal(2, exit);
        Assert.StartsWith("plandsl: error: ", error);

        (exit, _, error) = Run("plans/oktawave", "--calendar", "always", "subtract", "--at", "2026-04-07T08:00:00+02:00");
        Assert.Equal(2, exit);
        Assert.StartsWith("plandsl: error: ", error);
    }
}
