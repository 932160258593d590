using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using PlanDsl.Runtime.Billing;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl credit &lt;catalog&gt; --plan p (--uptime 99.41 | --outages outages.json --month 2026-10) [--units OCI=3]… [--date 2026-10-05]</c>:
/// the service credit for a month's uptime. Prints
/// <c>{"plan", "version", "month", "uptime", "step": {"below", "credit"} | null, "ladderPercent", "percent", "cap", "capped", "fee", "amount", "currency", "note", "outages"?: {"monthStart", "monthEnd", "monthLength", "monthHours", "downtime", "downtimeHours", "plannedMaintenance"}}</c>.
/// The plan version is the one in force on the month's first day (with <c>--month</c>), else on
/// <c>--date</c>, else the latest.
/// </summary>
public static class CreditCommand
{
    public static Command Create()
    {
        var catalog = new Argument<string>("catalog") { Description = "The catalog's folder or entry file." };
        var plan = new Option<string>("--plan") { Description = "The plan.", Required = true };
        var uptime = new Option<string>("--uptime") { Description = "The month's uptime in percent (99.41)." };
        var outages = new Option<string>("--outages") { Description = "A JSON file of outages: {\"outages\": [{\"start\", \"end\", \"planned\"}]}; needs --month." };
        var month = new Option<string>("--month") { Description = "The month (2026-10): measures the outages and picks the plan version in force on its first day." };
        var date = new Option<string>("--date") { Description = "Without --month: the day whose plan version applies (2026-10-05). Default: the latest version." };
        var units = new Option<string[]>("--units") { Description = "Units of per-unit fees, NAME=NUMBER (OCI=3); repeatable.", AllowMultipleArgumentsPerToken = true };
        var root = RootOption.Create();
        var command = new Command("credit", "The service credit for an uptime or a month's outages.") { catalog, plan, uptime, outages, month, date, units, root };
        command.SetAction(parse => Run(parse.GetValue(catalog)!, parse.GetValue(plan), parse.GetValue(uptime), parse.GetValue(outages),
            parse.GetValue(month), parse.GetValue(date), parse.GetValue(units), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, root: parse.GetValue(root)));
        return command;
    }

    public static int Run(string catalogPath, string? planId, string? uptime, string? outagesPath, string? month, string? date,
        IReadOnlyList<string>? units, TextWriter output, TextWriter error, string? baseDirectory = null, string? root = null) =>
        CommandRunner.Run(() =>
        {
            if ((uptime is null) == (outagesPath is null)) throw new CliError("give either --uptime or --outages (with --month)");
            if (outagesPath is not null && month is null) throw new CliError("--month: required with --outages (the month the outages are measured in, e.g. 2026-10)");
            YearMonth? theMonth = month is null ? null : BillingDates.Month(month, "--month");
            LocalDate? theDate = date is null ? null : BillingDates.Day(date, "--date");
            decimal? givenUptime = uptime is null ? null : ParseUptime(uptime);
            var unitCounts = ParseUnits(units);
            var outageList = outagesPath is null ? null : OutagesFile.Read(outagesPath, baseDirectory);

            var catalog = CatalogLoader.Load(catalogPath, error, baseDirectory, root);
            var plan = CatalogLoader.Plan(catalog, planId);
            var version = BillingDates.Version(plan, theMonth, theDate);
            try
            {
                var measured = outageList is null ? null : UptimeCalculator.Calculate(outageList, theMonth!.Value, catalog.TimeZone.Resolve());
                var credit = CreditCalculator.Calculate(version, givenUptime ?? measured!.Percent, unitCounts, catalog.Currency, theMonth);
                var json = new JsonObject
                {
                    ["plan"] = plan.Id,
                    ["version"] = BillingDates.Text(version.EffectiveFrom),
                    ["month"] = BillingDates.Text(theMonth),
                    ["uptime"] = credit.Uptime,
                    ["step"] = credit.Step is { } step ? new JsonObject { ["below"] = step.BelowPercent, ["credit"] = step.CreditPercent } : null,
                    ["ladderPercent"] = credit.LadderPercent,
                    ["percent"] = credit.Percent,
                    ["cap"] = credit.CapPercent,
                    ["capped"] = credit.Capped,
                    ["fee"] = credit.MonthlyFee is { } fee ? MoneyRounding.Round(fee.Amount) : null,
                    ["amount"] = credit.Amount,
                    ["currency"] = credit.Currency,
                    ["note"] = credit.Note,
                };
                if (measured is not null) json["outages"] = Measured(measured, catalog.TimeZone.Resolve());
                output.Write(JsonFormats.Write(json));
            }
            catch (BillingInputException e)
            {
                var option = e.Field.StartsWith("units", StringComparison.Ordinal) ? "--units" : e.Field is "month" or "uptime" ? "--" + e.Field : null;
                throw new CliError(option is null ? e.Message : $"{option}: {e.Message[(e.Field.Length + 2)..]}");
            }
            return 0;
        }, error);

    private static JsonObject Measured(UptimeResult measured, DateTimeZone zone) => new()
    {
        ["monthStart"] = JsonFormats.Instant(measured.Period.Start, zone),
        ["monthEnd"] = JsonFormats.Instant(measured.Period.End, zone),
        ["monthLength"] = JsonFormats.Duration(measured.MonthLength),
        ["monthHours"] = measured.MonthLength.ToInt64Nanoseconds() / 3_600_000_000_000m,
        ["downtime"] = JsonFormats.Duration(measured.Downtime),
        ["downtimeHours"] = measured.Downtime.ToInt64Nanoseconds() / 3_600_000_000_000m,
        ["plannedMaintenance"] = JsonFormats.Duration(measured.PlannedMaintenance),
    };

    private static decimal ParseUptime(string text)
    {
        if (!decimal.TryParse(text.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100m)
            throw new CliError($"--uptime: '{text}' is not a percentage between 0 and 100 (write 99.41)");
        return value;
    }

    /// <summary><c>OCI=3</c> pairs (also several in one argument, separated by commas).</summary>
    private static Dictionary<string, decimal> ParseUnits(IReadOnlyList<string>? pairs)
    {
        var units = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (pairs ?? Array.Empty<string>()).SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0
                || !decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count))
                throw new CliError($"--units: '{pair}' is not NAME=NUMBER (e.g. OCI=3)");
            JsonFieldReader.Checked(count, $"--units: {parts[0]}");
            if (!units.TryAdd(parts[0], count)) throw new CliError($"--units: '{parts[0]}' is given twice");
        }
        return units;
    }
}
