using PlanDsl.Cli.Commands;

namespace PlanDsl.Runtime.Tests.Billing;

public class CreditCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, System.Text.Json.Nodes.JsonNode? Json, string Error) Credit(string plan, string? uptime = null, string? outages = null,
        string? month = null, string? date = null, params string[] units) =>
        _cli.Run((o, e) => CreditCommand.Run("plans/oktawave", plan, uptime, outages, month, date, units, o, e, _cli.Root, root: "plans"));

    [Fact]
    public void Platinum_at_99_41_with_3_OCI()
    {
        var (exit, json, error) = Credit("platinum", uptime: "99.41", units: "OCI=3");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(99.41m, (decimal)json!["uptime"]!);
        Assert.Equal(25m, (decimal)json["percent"]!);
        Assert.Equal(99.6m, (decimal)json["step"]!["below"]!);
        Assert.Equal(25m, (decimal)json["step"]!["credit"]!);
        Assert.Equal(2100m, (decimal)json["fee"]!);
        Assert.Equal(525.00m, (decimal)json["amount"]!);
        Assert.Equal("PLN", (string)json["currency"]!);
        Assert.False((bool)json["capped"]!);
    }

    [Fact]
    public void Silver_at_99_41_has_no_step()
    {
        var (exit, json, _) = Credit("silver", uptime: "99.41", units: "OCI=3");
        Assert.Equal(0, exit);
        Assert.Null(json!["step"]);
        Assert.Equal(0m, (decimal)json["amount"]!);
    }

    [Fact]
    public void From_outages_in_october()
    {
        // 7 h 27 min down, 2 h planned, in the 745 h of October 2026 in Europe/Warsaw: exactly 99 %,
        // not below 99.0: Gold's 99.2 row, 75 % of 1 200 = 900.00.
        var outages = _cli.File("outages.json", """
            {"outages": [
              {"start": "2026-10-12T10:00:00+02:00", "end": "2026-10-12T15:00:00+02:00", "planned": false},
              {"start": "2026-10-12T14:00:00+02:00", "end": "2026-10-12T17:27:00+02:00"},
              {"start": "2026-10-20T01:00:00+02:00", "end": "2026-10-20T03:00:00+02:00", "planned": true}
            ]}
            """);
        var (exit, json, error) = Credit("gold", outages: outages, month: "2026-10", units: "OCI=3");
        Assert.True(exit == 0, error);
        Assert.Equal(99m, (decimal)json!["uptime"]!);
        Assert.Equal(75m, (decimal)json["percent"]!);
        Assert.Equal(900.00m, (decimal)json["amount"]!);
        Assert.Equal(745m, (decimal)json["outages"]!["monthHours"]!);
        Assert.Equal(7.45m, (decimal)json["outages"]!["downtimeHours"]!);
        Assert.Equal("2026-10-01T00:00:00+02:00", (string)json["outages"]!["monthStart"]!);
        Assert.Equal("2026-11-01T00:00:00+01:00", (string)json["outages"]!["monthEnd"]!);
        Assert.Equal("2026-10", (string)json["month"]!);
    }

    [Fact]
    public void A_plan_without_a_ladder_says_so()
    {
        var (exit, json, _) = Credit("podstawowy", uptime: "90");
        Assert.Equal(0, exit);
        Assert.Equal("no credit ladder", (string)json!["note"]!);
        Assert.Equal(0m, (decimal)json["percent"]!);
    }

    [Theory]
    [InlineData("diamond", "99.41", null, null, "unknown plan 'diamond'")]
    [InlineData("gold", "99,41", null, null, "--uptime")]
    [InlineData("gold", "101", null, null, "--uptime")]
    [InlineData("gold", "99.41", null, null, "--units: price 'per_oci'")]
    [InlineData("gold", null, null, null, "give either --uptime or --outages")]
    [InlineData("gold", null, "outages.json", null, "--month: required")]
    [InlineData("gold", "99.41", null, "2026-13", "--month: '2026-13'")]
    public void Bad_input_exits_2_naming_what_is_wrong(string plan, string? uptime, string? outages, string? month, string message)
    {
        var (exit, _, error) = Credit(plan, uptime, outages is null ? null : _cli.File(outages, "{\"outages\": []}"), month);
        Assert.Equal(2, exit);
        Assert.StartsWith("plandsl: error: ", error);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("{\"outages\": [{\"start\": \"2026-10-05T09:00:00+02:00\", \"stop\": \"2026-10-05T10:00:00+02:00\"}]}", "outages[0].stop: unknown field")]
    [InlineData("{\"outages\": [{\"start\": \"2026-10-05T09:00:00\", \"end\": \"2026-10-05T10:00:00+02:00\"}]}", "outages[0].start")]
    [InlineData("{\"outages\": [{\"start\": \"2026-10-05T11:00:00+02:00\", \"end\": \"2026-10-05T10:00:00+02:00\"}]}", "outages[0].end: before its start")]
    [InlineData("{\"outages\": [{\"start\": \"2026-10-05T09:00:00+02:00\", \"end\": \"2026-10-05T10:00:00+02:00\", \"planned\": \"no\"}]}", "outages[0].planned")]
    [InlineData("{\"outage\": []}", "outage: unknown field")]
    [InlineData("{\"outages\": [", "not valid JSON")]
    public void A_bad_outages_file_exits_2_naming_the_field(string json, string message)
    {
        var (exit, _, error) = Credit("gold", outages: _cli.File("bad.json", json), month: "2026-10", units: "OCI=3");
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Units_must_be_name_equals_number()
    {
        var (exit, _, error) = Credit("gold", uptime: "99", units: "OCI:3");
        Assert.Equal(2, exit);
        Assert.Contains("--units: 'OCI:3' is not NAME=NUMBER", error);
    }

    [Fact]
    public void A_unit_the_plan_does_not_price_is_an_error()
    {
        var (exit, _, error) = Credit("gold", uptime: "99", units: new[] { "OCI=3", "VM=2" });
        Assert.Equal(2, exit);
        Assert.Contains("--units: the plan has no price per unit 'VM'", error);
    }

    [Fact]
    public void Month_and_date_together_are_an_error()
    {
        var (exit, _, error) = Credit("gold", uptime: "99", month: "2026-10", date: "2026-10-05", units: "OCI=3");
        Assert.Equal(2, exit);
        Assert.Contains("--date", error);
    }

    [Fact]
    public void The_command_line_parses()
    {
        var command = CreditCommand.Create();
        Assert.Empty(command.Parse(new[] { "plans/oktawave", "--plan", "gold", "--uptime", "98.7", "--units", "OCI=3", "GB=2", "--month", "2026-10" }).Errors);
        Assert.Empty(CostCommand.Create().Parse(new[] { "plans/oktawave", "--plan", "gold", "--usage", "usage.json", "--date", "2026-10-05" }).Errors);
        Assert.NotEmpty(command.Parse(new[] { "plans/oktawave", "--uptime", "98.7" }).Errors);   // --plan is required
    }
}
