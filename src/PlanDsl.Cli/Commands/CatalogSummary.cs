using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>A few lines per catalog that tell a person what was compiled.</summary>
public static class CatalogSummary
{
    public static string Describe(ResolvedCatalog catalog)
    {
        var plans = string.Join(", ", catalog.Plans.Select(p => p.Id));
        return $"{catalog.Id}: {catalog.Plans.Length} plan(s) [{plans}], {catalog.Severities.Length} severities, {catalog.Calendars.Length} calendar(s)";
    }
}
