using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using PlanDsl.Runtime.Billing;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl cost &lt;catalog&gt; --plan p --usage usage.json [--date 2026-10-05]</c>: a month's invoice
/// lines (<see cref="UsageFile"/> describes the usage). Prints
/// <c>{"plan", "version", "month", "lines": [{"kind", "source", "description", "quantity", "unit", "unitPrice", "amount", "status", "note"}],
/// "quotas": [{"entitlement", "title", "period", "used", "included", "over", "unlimited", "extra"}], "total", "currency", "complete", "notes"}</c>.
/// The plan version is the one in force on the usage month's first day, else on <c>--date</c>, else the latest.
/// </summary>
public static class CostCommand
{
    public static Command Create()
    {
        var catalog = new Argument<string>("catalog") { Description = "The catalog's folder or entry file." };
        var plan = new Option<string>("--plan") { Description = "The plan.", Required = true };
        var usage = new Option<string>("--usage") { Description = "A JSON file: {\"month\", \"units\", \"hours\", \"metered\", \"counts\"}.", Required = true };
        var date = new Option<string>("--date") { Description = "When the usage gives no month: the day whose plan version applies (2026-10-05). Default: the latest version." };
        var root = RootOption.Create();
        var command = new Command("cost", "A month's invoice lines for a plan and its usage.") { catalog, plan, usage, date, root };
        command.SetAction(parse => Run(parse.GetValue(catalog)!, parse.GetValue(plan), parse.GetValue(usage), parse.GetValue(date), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, root: parse.GetValue(root)));
        return command;
    }

    public static int Run(string catalogPath, string? planId, string? usagePath, string? date, TextWriter output, TextWriter error, string? baseDirectory = null, string? root = null) =>
        CommandRunner.Run(() =>
        {
            LocalDate? theDate = date is null ? null : BillingDates.Day(date, "--date");
            var usage = UsageFile.Read(usagePath, baseDirectory);
            var catalog = CatalogLoader.Load(catalogPath, error, baseDirectory, root);
            var plan = CatalogLoader.Plan(catalog, planId);
            var version = BillingDates.Version(plan, usage.Month, theDate);
            CostResult cost;
            try
            {
                cost = CostCalculator.Calculate(catalog, version, usage);
            }
            catch (BillingInputException e)
            {
                throw new CliError(e.Message);
            }
            var json = new JsonObject
            {
                ["plan"] = plan.Id,
                ["version"] = BillingDates.Text(version.EffectiveFrom),
                ["month"] = BillingDates.Text(usage.Month),
                ["lines"] = new JsonArray(cost.Lines.Select(l => (JsonNode)Line(l)).ToArray()),
                ["quotas"] = new JsonArray(cost.Quotas.Select(q => (JsonNode)Quota(q)).ToArray()),
                ["total"] = cost.Total,
                ["currency"] = cost.Currency,
                ["complete"] = cost.Complete,
                ["notes"] = new JsonArray(cost.Notes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
            };
            output.Write(JsonFormats.Write(json));
            return 0;
        }, error);

    private static JsonObject Line(InvoiceLine line) => new()
    {
        ["kind"] = line.Kind switch
        {
            InvoiceLineKind.Fee => "fee",
            InvoiceLineKind.PerUnitFee => "per-unit-fee",
            InvoiceLineKind.Hourly => "hourly",
            InvoiceLineKind.Metered => "metered",
            InvoiceLineKind.PerUnit => "per-unit",
            _ => "extra",
        },
        ["source"] = line.Source,
        ["description"] = line.Description,
        ["quantity"] = line.Quantity,
        ["unit"] = line.Unit,
        ["unitPrice"] = line.UnitPrice,
        ["amount"] = line.Amount,
        ["status"] = line.Status switch
        {
            InvoiceLineStatus.Charged => "charged",
            InvoiceLineStatus.PriceNotStated => "price-not-stated",
            InvoiceLineStatus.NotAllowed => "not-allowed",
            _ => "over-limit",
        },
        ["note"] = line.Note,
    };

    private static JsonObject Quota(QuotaLine quota) => new()
    {
        ["entitlement"] = quota.Entitlement,
        ["title"] = quota.Title,
        ["period"] = quota.Period,
        ["used"] = quota.Used,
        ["included"] = quota.Included,
        ["over"] = quota.Over,
        ["unlimited"] = quota.Unlimited,
        ["granted"] = quota.Granted,
        ["extra"] = quota.Extra switch
        {
            Runtime.Model.ExtraPolicy.Billed => "billed",
            Runtime.Model.ExtraPolicy.NotAllowed => "not-allowed",
            Runtime.Model.ExtraPolicy.Priced => "priced",
            _ => "none",
        },
    };
}
