using System.Text;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Comparison;

/// <summary>
/// The Markdown review report of <c>plandsl diff</c>: a summary line, then per catalog and plan a table
/// per area (hours and channels, targets, entitlements, prices, credits, …). Deterministic.
/// </summary>
public static class DiffReport
{
    private static readonly (ChangeKind Kind, string Title, string Column)[] Areas =
    {
        (ChangeKind.HoursChanged, "Hours", "what"),
        (ChangeKind.ChannelChanged, "Channels", "channel"),
        (ChangeKind.TargetChanged, "Targets", "severity / kind"),
        (ChangeKind.EntitlementChanged, "Entitlements", "entitlement"),
        (ChangeKind.PriceChanged, "Prices", "price"),
        (ChangeKind.CreditChanged, "Credits", "what"),
        (ChangeKind.UptimeTargetChanged, "Uptime target", "what"),
        (ChangeKind.WorkChanged, "Work", "work item"),
        (ChangeKind.CoverageChanged, "Coverage rules", "what"),
    };

    /// <summary>"3 changes: 1 worse, 1 better, 1 unclear, 0 neutral" or "No changes".</summary>
    public static string Summary(IEnumerable<Change> changes)
    {
        var list = changes.ToList();
        if (list.Count == 0) return "No changes.";
        int Count(Impact i) => list.Count(c => c.Impact == i);
        return $"{list.Count} change{(list.Count == 1 ? "" : "s")}: {Count(Impact.Worse)} worse, {Count(Impact.Better)} better, " +
               $"{Count(Impact.Unclear)} unclear, {Count(Impact.Neutral)} neutral for customers.";
    }

    public static string Write(string oldLabel, string newLabel, IReadOnlyList<CatalogComparison> catalogs)
    {
        var all = catalogs.SelectMany(c => c.Changes).ToList();
        var sb = new StringBuilder();
        sb.Append("# Plan diff\n\n");
        sb.Append($"Old: `{oldLabel}` · New: `{newLabel}`\n\n");
        sb.Append("**").Append(Summary(all)).Append("**\n");
        foreach (var catalog in catalogs)
        {
            sb.Append($"\n## Catalog `{catalog.CatalogId}`");
            if (catalog.Old is { } o && catalog.New is { } n && o.Id != n.Id) sb.Append($" (was `{o.Id}`)");
            if (catalog.Old is null) sb.Append(" (added)");
            if (catalog.New is null) sb.Append(" (removed)");
            sb.Append("\n\n");
            sb.Append(Summary(catalog.Changes)).Append('\n');
            if (catalog.Changes.Count == 0) continue;
            var plansChanged = catalog.Changes.Where(c => c.Kind is ChangeKind.PlanAdded or ChangeKind.PlanRemoved).ToList();
            if (plansChanged.Count > 0)
            {
                sb.Append("\n### Plans added or removed\n\n");
                Table(sb, "plan", plansChanged.Select(c => (c.Plan, c)));
            }
            foreach (var plan in catalog.Changes.Where(c => c.Kind is not (ChangeKind.PlanAdded or ChangeKind.PlanRemoved)).Select(c => c.Plan).Distinct())
            {
                var changes = catalog.Changes.Where(c => c.Plan == plan).ToList();
                var title = (catalog.New?.FindPlan(plan) ?? catalog.Old?.FindPlan(plan))?.Current.Title;
                var lang = catalog.New?.DefaultLanguage ?? catalog.Old?.DefaultLanguage ?? "en";
                sb.Append($"\n### Plan `{plan}`{(title is null || title.IsEmpty ? "" : " — " + Cell(title.Get("en", lang)))}\n\n");
                sb.Append(Summary(changes)).Append('\n');
                foreach (var (kind, areaTitle, column) in Areas)
                {
                    var area = changes.Where(c => c.Kind == kind).ToList();
                    if (area.Count == 0) continue;
                    sb.Append($"\n#### {areaTitle}\n\n");
                    if (kind == ChangeKind.TargetChanged)
                        TargetTable(sb, area);
                    else
                        Table(sb, column, area.Select(c => (c.Subject, c)));
                }
            }
        }
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, string column, IEnumerable<(string Subject, Change Change)> rows)
    {
        sb.Append($"| {column} | old | new | impact | why |\n|---|---|---|---|---|\n");
        foreach (var (subject, c) in rows)
            sb.Append($"| {Cell(subject)} | {Cell(c.Old)} | {Cell(c.New)} | {Show(c.Impact)} | {Cell(c.Reason)} |\n");
    }

    private static void TargetTable(StringBuilder sb, IEnumerable<Change> rows)
    {
        sb.Append("| severity / kind | metric | old | new | impact | why |\n|---|---|---|---|---|---|\n");
        foreach (var c in rows)
        {
            var who = string.Join(" / ", new[] { c.Severity, c.RequestKind }.Where(s => s is not null));
            sb.Append($"| {Cell(who.Length == 0 ? "all" : who)} | {(c.Metric is { } m ? CatalogDiff.MetricName(m) : "")} | {Cell(c.Old)} | {Cell(c.New)} | {Show(c.Impact)} | {Cell(c.Reason)} |\n");
        }
    }

    public static string Show(Impact impact) => impact switch
    {
        Impact.Worse => "**worse**",
        Impact.Better => "better",
        Impact.Unclear => "_unclear_",
        _ => "neutral",
    };

    private static string Cell(string s) => s.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
