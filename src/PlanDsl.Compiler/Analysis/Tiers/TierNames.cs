using PlanDsl.Compiler.Comparison;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>How plans, severities, request kinds, channels and entitlements are named in messages: their English title, else the catalog's language, else the id.</summary>
internal sealed class TierNames
{
    private readonly ResolvedCatalog _catalog;

    public TierNames(ResolvedCatalog catalog) => _catalog = catalog;

    public string Plan(PlanVersion version, string id) => Title(version.Title, id);

    public string Severity(string? id) => id is null ? "" : Title(_catalog.Severities.FirstOrDefault(s => s.Id == id)?.Title, id);

    public string Kind(string? id) => id is null ? "" : Title(_catalog.Kinds.FirstOrDefault(k => k.Id == id)?.Title, id);

    public string Channel(string id) => Title(_catalog.Channels.FirstOrDefault(c => c.Id == id)?.Title, id);

    public string Entitlement(string id) => Title(_catalog.Entitlements.FirstOrDefault(e => e.Id == id)?.Title, id);

    /// <summary>"Gold Severity 2 response", "Silver Deployment/reconfiguration response".</summary>
    public string Target(string plan, string? severity, string? kind, Metric metric) =>
        string.Join(" ", new[] { plan, Severity(severity), Kind(kind), CatalogDiff.MetricName(metric) }.Where(s => s.Length > 0));

    /// <summary>A text in English, else in the catalog's language.</summary>
    public string Text(LocalizedText text) => text.Get("en", _catalog.DefaultLanguage);

    private string Title(LocalizedText? title, string id)
    {
        var text = title is null || title.IsEmpty ? "" : title.Get("en", _catalog.DefaultLanguage).Trim();
        return text.Length == 0 ? id : text;
    }
}
