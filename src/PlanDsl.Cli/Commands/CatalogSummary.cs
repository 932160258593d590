using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// What <c>plandsl check</c> tells a person about each compiled catalog: its plans in tier order, with
/// the first-response target of the most urgent severity (or request kind) and the plan's hours.
/// </summary>
public static class CatalogSummary
{
    public static string Describe(ResolvedCatalog catalog)
    {
        var lang = catalog.DefaultLanguage;
        var lines = new List<string>
        {
            $"{catalog.Id}: {catalog.Vendor.Get(lang)}, {catalog.Plans.Length} plan(s), {catalog.Severities.Length} severities, " +
            $"{catalog.Calendars.Length} calendar(s), time zone {catalog.TimeZone}{(catalog.Currency is null ? "" : ", " + catalog.Currency)}",
        };
        var idWidth = catalog.Plans.Select(p => p.Id.Length).DefaultIfEmpty(4).Max();
        foreach (var plan in catalog.Plans)
        {
            var version = plan.Current;
            var first = version.Targets.FirstOrDefault(t => t.Response.Commitment != Commitment.None);
            var response = first is null
                ? "no response target"
                : $"{first.Severity ?? first.Kind} response {first.Response.Describe()}";
            lines.Add($"  {plan.Id.PadRight(idWidth)}  {response}; hours {version.Hours ?? "-"}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
