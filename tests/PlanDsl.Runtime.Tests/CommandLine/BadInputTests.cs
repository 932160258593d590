namespace PlanDsl.Runtime.Tests.CommandLine;

/// <summary>
/// Hostile command-line and JSON input, run through the real entry point: every case exits 2 with one
/// line <c>plandsl: error: &lt;field&gt;: …</c> naming the field, writes nothing on standard output and
/// never a stack trace (issue 11, item 9: 44 of 222 such cases used to print one and exit 1).
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string Opened = "\"opened\": \"2026-10-03T20:45:00+02:00\"";
    private const string Outage = "\"start\": \"2026-10-05T09:00:00+02:00\", \"end\": \"2026-10-05T10:00:00+02:00\"";

    /// <summary>Kind of input (<c>ticket</c>, <c>explain</c>, <c>outages</c>, <c>usage</c>: a JSON file; <c>args</c>: a command line), the input, the text the error must hold.</summary>
    private static readonly Dictionary<string, (string Kind, Func<string> Input, string Expected)> Cases = new()
    {
        // Fields given twice, at every level and in every file.
        ["duplicate severity"] = ("ticket", () => $$$"""{"severity": "critical", "severity": "major", {{{Opened}}}}""", "severity: given twice"),
        ["duplicate opened"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, {{{Opened}}}}""", "opened: given twice"),
        ["duplicate attribute"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "attributes": {"cause": "bug", "cause": "other"}}""", "attributes.cause: given twice"),
        ["duplicate event field"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "events": [{"at": "2026-10-03T21:00:00+02:00", "type": "responded", "type": "updated"}]}""", "events[0].type: given twice"),
        ["duplicate in explain"] = ("explain", () => $$$"""{"severity": "critical", "severity": "major", {{{Opened}}}}""", "severity: given twice"),
        ["duplicate outage start"] = ("outages", () => $$$"""{"outages": [{{{{Outage}}}, "start": "2026-10-05T09:30:00+02:00"}]}""", "outages[0].start: given twice"),
        ["duplicate outages"] = ("outages", () => $$$"""{"outages": [], "outages": []}""", "outages: given twice"),
        ["duplicate usage unit"] = ("usage", () => """{"units": {"OCI": 1, "OCI": 2}}""", "units.OCI: given twice"),
        // Texts that are not valid UTF-16.
        ["lone high surrogate"] = ("ticket", () => $$$"""{"severity": "\ud800", {{{Opened}}}}""", "severity: not valid text"),
        ["lone low surrogate"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "kind": "a\udc00b"}""", "kind: not valid text"),
        ["surrogate in a field name"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "attributes": {"\ud800": 1}}""", "attributes: a field name: not valid text"),
        ["surrogate in an outage"] = ("outages", () => $$$"""{"outages": [{"start": "\udfff", "end": "2026-10-05T10:00:00+02:00"}]}""", "outages[0].start: not valid text"),
        ["surrogate in a month"] = ("usage", () => """{"month": "2026-\ud83d"}""", "month: not valid text"),
        ["not UTF-8"] = ("latin1-ticket", () => $$$"""{"severity": "ÿ", {{{Opened}}}}""", "is not UTF-8 text"),
        // Instants near the end (and past the start) of time.
        ["opened 9999-12-31Z"] = ("ticket", () => """{"severity": "critical", "opened": "9999-12-31T23:00:00Z"}""", "opened: '9999-12-31T23:00:00Z' is after 9999-12-30T00:00:00Z"),
        ["opened 9999-12-31-10:00"] = ("ticket", () => """{"severity": "critical", "opened": "9999-12-31T23:00:00-10:00"}""", "opened: '9999-12-31T23:00:00-10:00' is after"),
        ["opened 9999-12-31+14:00"] = ("ticket", () => """{"severity": "critical", "opened": "9999-12-31T23:59:59.999999999+14:00"}""", "opened: "),
        ["event at 9999"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "events": [{"at": "9999-12-31T10:00:00-10:00", "type": "responded"}]}""", "events[0].at: "),
        ["asOf at 9999"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "asOf": "9999-12-31T00:00:00Z"}""", "asOf: "),
        ["outage end at 9999"] = ("outages", () => """{"outages": [{"start": "2026-10-05T09:00:00Z", "end": "9999-12-31T23:59:59-10:00"}]}""", "outages[0].end: "),
        ["year 10000"] = ("ticket", () => """{"severity": "critical", "opened": "10000-01-01T00:00:00Z"}""", "opened: '10000-01-01T00:00:00Z' is not an ISO-8601 instant"),
        ["a due instant past 9999-12-30"] = ("ticket", () => """{"severity": "critical", "opened": "9999-12-29T23:00:00+02:00"}""", "ticket: "),
        ["open --at 9999-12-31"] = ("args", () => "open {ombori} --plan production --channel phone --at 9999-12-31T12:00:00Z", "--at: "),
        // Durations too long for the timeline (and for 64-bit nanoseconds).
        ["--duration P3000000D"] = ("args", () => "calendar {ombori} --calendar production_hours add --start 2026-01-01T00:00:00Z --duration P3000000D", "--duration: "),
        ["--duration P3000000D on 24/7"] = ("args", () => "calendar {ombori} --calendar enterprise_hours add --start 2026-01-01T00:00:00Z --duration P3000000D", "--duration: "),
        ["--duration PT9223372036854775807S"] = ("args", () => "calendar {ombori} --calendar production_hours add --start 2026-01-01T00:00:00Z --duration PT9223372036854775807S", "--duration: 'PT9223372036854775807S' is too long"),
        ["--duration P99999999W"] = ("args", () => "calendar {ombori} --calendar always add --start 2026-01-01T00:00:00Z --duration P99999999W", "--duration: 'P99999999W' is too long"),
        ["--duration PT-1H"] = ("args", () => "calendar {ombori} --calendar always add --start 2026-01-01T00:00:00Z --duration PT-1H", "--duration: 'PT-1H' is negative"),
        ["--duration P1M"] = ("args", () => "calendar {ombori} --calendar always add --start 2026-01-01T00:00:00Z --duration P1M", "--duration: 'P1M' has months"),
        ["--start 9999-12-31"] = ("args", () => "calendar {ombori} --calendar production_hours between --start 9999-12-31T00:00:00Z --end 9999-12-31T12:00:00Z", "--start: "),
        ["next opening past the end"] = ("args", () => "calendar {ombori} --calendar production_hours next-opening --at 9999-12-29T22:00:00Z", "--at: "),
        // Numbers too large for decimal arithmetic, negative, not numbers.
        ["--units decimal overflow"] = ("args", () => "credit {oktawave} --plan gold --uptime 99.41 --units OCI=7922816251426433759354395033", "--units: OCI: 7922816251426433759354395033 is too large"),
        ["--units beyond decimal"] = ("args", () => "credit {oktawave} --plan gold --uptime 99.41 --units OCI=79228162514264337593543950336", "--units: 'OCI=79228162514264337593543950336' is not NAME=NUMBER"),
        ["--units NaN"] = ("args", () => "credit {oktawave} --plan gold --uptime 99.41 --units OCI=NaN", "--units: 'OCI=NaN' is not NAME=NUMBER"),
        ["--uptime Infinity"] = ("args", () => "credit {oktawave} --plan gold --uptime Infinity", "--uptime: 'Infinity' is not a percentage"),
        ["--month 9999-12"] = ("args", () => "credit {oktawave} --plan gold --uptime 99.41 --month 9999-12", "--month: '9999-12' is after 9999-11"),
        ["--month 9999-12 with outages"] = ("args", () => "credit {oktawave} --plan gold --outages {outages} --month 9999-12", "--month: "),
        ["--month 10000-01"] = ("args", () => "credit {oktawave} --plan gold --uptime 99.41 --month 10000-01", "--month: '10000-01' is not a month"),
        ["hours decimal.MaxValue"] = ("usage", () => """{"hours": 79228162514264337593543950335}""", "hours: 79228162514264337593543950335 is too large"),
        ["hours 1e400"] = ("usage", () => """{"hours": 1e400}""", "hours: 1e400 is too large"),
        ["hours -1e400"] = ("usage", () => """{"hours": -1e400}""", "hours: -1e400 is negative"),
        ["hours negative"] = ("usage", () => """{"hours": -2}""", "hours: -2 is negative"),
        ["hours NaN text"] = ("usage", () => """{"hours": "NaN"}""", "hours: must be a number"),
        ["hours Infinity text"] = ("usage", () => """{"hours": "Infinity"}""", "hours: must be a number"),
        ["metered huge"] = ("usage", () => """{"metered": {"GB-hours": 1e27}}""", "metered.GB-hours: 1000000000000000000000000000 is too large"),
        ["count huge"] = ("usage", () => """{"counts": {"devices": 99999999999999999999}}""", "counts.devices: 99999999999999999999 is too large (at most"),
        ["attribute number huge"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "attributes": {"cause": 1e99}}""", "attributes.cause: 1e99 is too large"),
        ["severity number huge"] = ("ticket", () => $$$"""{"severity": 1e99, {{{Opened}}}}""", "severity: 1e99 is not a severity number"),
        // Wrong types, empty objects, arrays instead of objects.
        ["empty ticket"] = ("ticket", () => "{}", "opened: required"),
        ["ticket is an array"] = ("ticket", () => "[]", "ticket: must hold a JSON object, not an array"),
        ["ticket is a text"] = ("ticket", () => "\"ticket\"", "ticket: must hold a JSON object, not a text"),
        ["ticket is null"] = ("ticket", () => "null", "ticket: must hold a JSON object, not null"),
        ["empty file"] = ("ticket", () => "", "ticket: not valid JSON"),
        ["opened is a number"] = ("ticket", () => """{"severity": "critical", "opened": 20261003}""", "opened: must be a text"),
        ["severity is an array"] = ("ticket", () => $$$"""{"severity": ["critical"], {{{Opened}}}}""", "severity: must be a severity name"),
        ["attributes is an array"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "attributes": [1]}""", "attributes: must be an object"),
        ["attribute is an object"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "attributes": {"cause": {} } }""", "attributes.cause: must be"),
        ["events is an object"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "events": {}}""", "events: must be an array"),
        ["event is a number"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "events": [1]}""", "events[0]: must be an object"),
        ["empty outages file"] = ("outages", () => "{}", "outages: required"),
        ["outages is an object"] = ("outages", () => """{"outages": {}}""", "outages: must be an array"),
        ["outage is an array"] = ("outages", () => """{"outages": [[]]}""", "outages[0]: must be an object"),
        ["planned is a text"] = ("outages", () => $$$"""{"outages": [{{{{Outage}}}, "planned": "yes"}]}""", "outages[0].planned: must be true or false"),
        ["usage is an array"] = ("usage", () => "[{}]", "--usage: "),
        ["units is an array"] = ("usage", () => """{"units": [1]}""", "units: must be an object"),
        ["month is a number"] = ("usage", () => """{"month": 202610}""", "month: must be a text"),
        // Deep and huge.
        ["deeply nested arrays"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "attributes": {"x": {{{new string('[', 100_000)}}}}}""", "ticket: not valid JSON"),
        ["deeply nested objects"] = ("usage", () => string.Concat(Enumerable.Repeat("{\"a\": ", 10_000)) + "1" + new string('}', 10_000), "--usage: "),
        ["a 17 MB ticket"] = ("ticket", () => $$$"""{"severity": "critical", {{{Opened}}}, "kind": "{{{new string('x', 17 * 1024 * 1024)}}}"}""", "--ticket: "),
    };

    private readonly CliProcess _cli = new();

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Bad_input_exits_2_with_one_error_naming_the_field_and_no_stack_trace(string name)
    {
        var (kind, input, expected) = Cases[name];
        var (exit, output, error) = CliProcess.Run(Arguments(kind, input()));

        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.StartsWith("plandsl: error: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    private string[] Arguments(string kind, string input) => kind switch
    {
        "ticket" => new[] { "eval", CliProcess.Seed("ombori"), "--plan", "production", "--ticket", _cli.File("ticket.json", input) },
        "latin1-ticket" => new[] { "eval", CliProcess.Seed("ombori"), "--plan", "production", "--ticket", _cli.File("ticket.json", input, System.Text.Encoding.Latin1) },
        "explain" => new[] { "explain", CliProcess.Seed("ombori"), "--plan", "production", "--ticket", _cli.File("ticket.json", input) },
        "outages" => new[] { "credit", CliProcess.Seed("oktawave"), "--plan", "gold", "--outages", _cli.File("outages.json", input), "--month", "2026-10" },
        "usage" => new[] { "cost", CliProcess.Seed("oktawave"), "--plan", "gold", "--usage", _cli.File("usage.json", input) },
        _ => input.Split(' ').Select(a => a
            .Replace("{ombori}", CliProcess.Seed("ombori"), StringComparison.Ordinal)
            .Replace("{oktawave}", CliProcess.Seed("oktawave"), StringComparison.Ordinal)
            .Replace("{outages}", _cli.File("outages.json", $$$"""{"outages": [{{{{Outage}}}}]}"""), StringComparison.Ordinal)).ToArray(),
    };

    public void Dispose() => _cli.Dispose();
}
