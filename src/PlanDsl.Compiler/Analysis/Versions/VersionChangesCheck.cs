using System.Globalization;
using NodaTime;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Versions;

/// <summary>
/// <c>versions</c>: between consecutive versions of a plan, every change is classified by the engine of
/// <c>plandsl diff</c>; each change that is worse for customers is a warning (PD0860). With a
/// <c>notice period</c> declared, a version with a worse change must be published at least that long
/// before it takes effect (PD0861, an error), and must say when it was published (PD0862).
/// Better, neutral and unclear changes are not reported.
/// </summary>
public sealed class VersionChangesCheck : ICatalogCheck
{
    public AnalysisRule Rule { get; } = AnalysisRule.Create("versions", "Versions and notice periods",
        DiagnosticCodes.VersionWorseChange, DiagnosticCodes.VersionNoticeTooShort, DiagnosticCodes.VersionNotPublished);

    public void Run(AnalysisContext context)
    {
        var compare = CatalogDiff.VersionComparer(context.Catalog);
        foreach (var plan in context.Catalog.Plans)
            for (var v = 1; v < plan.Versions.Length; v++)
                CheckVersion(context, compare, plan, v);
    }

    private static void CheckVersion(AnalysisContext context, Func<string, PlanVersion, PlanVersion, IReadOnlyList<Change>> compare, PlanModel plan, int v)
    {
        var older = plan.Versions[v - 1];
        var newer = plan.Versions[v];
        if (newer.EffectiveFrom is not { } effective) return;
        var worse = compare(plan.Id, older, newer).Where(c => c.Impact == Impact.Worse).ToList();
        if (worse.Count == 0) return;
        var name = Title(newer.Title, plan.Id, context.Catalog);
        var texts = worse.Select(c => ChangeText.Of(c, older, newer)).ToList();
        var effectiveText = Date(effective);
        var earlier = older.EffectiveFrom is { } from ? $"the earlier version, effective {Date(from)}" : "the earlier version";
        for (var i = 0; i < worse.Count; i++)
        {
            var span = ChangeSpans.Of(context.Sources, plan.Id, v, worse[i]);
            var related = new[] { new RelatedLocation(ChangeSpans.Of(context.Sources, plan.Id, v - 1, worse[i]), earlier) };
            context.Report(DiagnosticCodes.VersionWorseChange, span, related, name + " " + texts[i].Subject, texts[i].Old, texts[i].New, texts[i].Reason, effectiveText);
        }
        if (context.Sources.NoticePeriod is { } notice) CheckNotice(context, plan, v, effective, notice, name, ChangeText.Summary(texts));
    }

    private static void CheckNotice(AnalysisContext context, PlanModel plan, int v, LocalDate effective, NoticePeriod notice, string name, string changes)
    {
        if (context.Sources.Published(plan.Id, v) is not { } published)
        {
            context.Report(DiagnosticCodes.VersionNotPublished, context.Sources.Plan(plan.Id, v), name, Date(effective), changes, notice.Text);
            return;
        }
        // Past the calendar's end the earliest date is not a date, but every effective date is before it.
        var earliest = notice.EarliestEffective(published);
        if (earliest is { } date && effective >= date) return;
        var span = context.Sources.PlanProperty(plan.Id, v, "effective");
        var related = new[] { new RelatedLocation(context.Sources.PlanProperty(plan.Id, v, "published"), "published here") };
        var gap = Period.Between(published, effective, PeriodUnits.Days).Days;
        var when = gap switch { > 0 => Days(gap) + " after", < 0 => Days(-gap) + " before", _ => "on the day of" };
        var shortBy = notice.DaysFrom(published) - gap;
        context.Report(DiagnosticCodes.VersionNoticeTooShort, span, related, name, Date(effective), when, Date(published), notice.Text, Days(shortBy), changes);
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Title(LocalizedText title, string id, ResolvedCatalog catalog)
    {
        var text = title.IsEmpty ? "" : title.Get("en", catalog.DefaultLanguage).Trim();
        return text.Length == 0 ? id : text;
    }
}
