using System.Text.Json.Nodes;
using PlanDsl.Cli.Commands;

namespace PlanDsl.Runtime.Tests.Billing;

public class CostCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, JsonNode? Json, string Error) Cost(string catalog, string plan, string usage, string? date = null) =>
        _cli.Run((o, e) => CostCommand.Run("plans/" + catalog, plan, _cli.File("usage.json", usage), date, o, e, _cli.Root, root: "plans"));

    [Fact]
    public void Oktawave_gold()
    {
        var (exit, json, error) = Cost("oktawave", "gold", """
            {"month": "2026-10", "units": {"OCI": 3}, "metered": {"GB-hours": 720000}, "counts": {"limit_zgloszen": 17}}
            """);
        Assert.True(exit == 0, error);
        var lines = json!["lines"]!.AsArray();
        Assert.Equal(new[] { "base_fee", "per_oci", "backup", "limit_zgloszen" }, lines.Select(l => (string)l!["source"]!));
        Assert.Equal(new decimal?[] { 300.00m, 900.00m, 144.00m, null }, lines.Select(l => (decimal?)l!["amount"]));
        Assert.Equal("over-limit", (string)lines[3]!["status"]!);
        Assert.Equal("metered", (string)lines[2]!["kind"]!);
        Assert.Equal("GB-hours", (string)lines[2]!["unit"]!);
        Assert.Equal(1344.00m, (decimal)json["total"]!);
        Assert.Equal("PLN", (string)json["currency"]!);
        Assert.False((bool)json["complete"]!);
        Assert.Equal(2L, (long)json["quotas"]![0]!["over"]!);
        Assert.Equal("2026-10", (string)json["month"]!);
    }

    [Fact]
    public void Ombori_production_65_devices()
    {
        var (exit, json, error) = Cost("ombori", "production", """{"counts": {"devices": 65}}""");
        Assert.True(exit == 0, error);
        var line = json!["lines"]![0]!;
        Assert.Equal(("extra", 5m, "price-not-stated"), ((string)line["kind"]!, (decimal)line["quantity"]!, (string)line["status"]!));
        Assert.Null(line["amount"]);
        Assert.Contains("billed separately, price not stated", (string)line["note"]!);
        Assert.Null(json["currency"]);
    }

    [Fact]
    public void Kolmisoft_hours()
    {
        var (exit, json, _) = Cost("kolmisoft", "premium", """{"hours": 2.5}""");
        Assert.Equal(0, exit);
        Assert.Equal(250.00m, (decimal)json!["total"]!);
        Assert.Equal("EUR", (string)json["currency"]!);
    }

    [Theory]
    [InlineData("""{"count": {"devices": 65}}""", "count: unknown field")]
    [InlineData("""{"counts": {"devicez": 65}}""", "counts.devicez")]
    [InlineData("""{"counts": {"devices": 6.5}}""", "counts.devices: 6.5 is not a whole number")]
    [InlineData("""{"counts": {"devices": -1}}""", "counts.devices: -1 is negative")]
    [InlineData("""{"counts": {"devices": "65"}}""", "counts.devices: must be a number")]
    [InlineData("""{"hours": 1}""", "hours: the plan has no hourly rate")]
    [InlineData("""{"month": "October"}""", "month: 'October'")]
    [InlineData("""{"units": [3]}""", "units: must be an object")]
    [InlineData("""[1]""", "must hold a JSON object")]
    [InlineData("""{"counts": """, "not valid JSON")]
    public void Bad_usage_exits_2_naming_the_field(string usage, string message)
    {
        var (exit, _, error) = Cost("ombori", "production", usage);
        Assert.Equal(2, exit);
        Assert.StartsWith("plandsl: error: ", error);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_missing_per_unit_count_names_the_unit()
    {
        var (exit, _, error) = Cost("oktawave", "gold", "{}");
        Assert.Equal(2, exit);
        Assert.Contains("units.OCI", error);
    }

    [Fact]
    public void A_metered_key_is_unit_hours()
    {
        var (exit, _, error) = Cost("oktawave", "gold", """{"units": {"OCI": 1}, "metered": {"GB": 5}}""");
        Assert.Equal(2, exit);
        Assert.Contains("metered.GB: the plan has no metered price 'GB' (metered prices: GB-hours)", error);
    }

    [Fact]
    public void Unknown_plan_and_missing_file()
    {
        Assert.Contains("unknown plan 'gould'", Cost("oktawave", "gould", "{}").Error);
        var (exit, _, error) = _cli.Run((o, e) => CostCommand.Run("plans/oktawave", "gold", "/nonexistent/usage.json", null, o, e, _cli.Root, root: "plans"));
        Assert.Equal(2, exit);
        Assert.Contains("--usage: cannot find", error);
    }

    [Fact]
    public void A_date_picks_the_version_when_the_usage_has_no_month()
    {
        var (exit, json, _) = Cost("kolmisoft", "basic", """{"hours": 1}""", date: "2026-10-05");
        Assert.Equal(0, exit);
        Assert.Null(json!["month"]);
        Assert.Contains("--date", Cost("kolmisoft", "basic", """{"month": "2026-10"}""", date: "2026-10-05").Error);
        Assert.Contains("--date: '5.10.2026'", Cost("kolmisoft", "basic", "{}", date: "5.10.2026").Error);
    }
}
