using System.Globalization;
using NodaTime;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// Two adjacent tiers, each in the version in force at the same time: the higher must be at least as
/// good as the lower. <see cref="Suffix"/> names the date when either plan has several versions.
/// </summary>
internal sealed record TierPair(PlanModel Lower, int LowerVersion, PlanModel Higher, int HigherVersion, string LowerName, string HigherName, string Suffix)
{
    public PlanVersion L => Lower.Versions[LowerVersion];

    public PlanVersion H => Higher.Versions[HigherVersion];

    /// <summary>Every pair of adjacent tiers, for each distinct pair of versions in force together, in tier order then date order.</summary>
    public static IEnumerable<TierPair> All(ResolvedCatalog catalog, TierNames names)
    {
        var tiers = catalog.Tiers.Select(catalog.FindPlan).ToList();
        for (var t = 1; t < tiers.Count; t++)
        {
            if (tiers[t - 1] is not { } lower || tiers[t] is not { } higher) continue;
            var dated = lower.Versions.Length > 1 || higher.Versions.Length > 1;
            // The instants at which either plan changes version: the start, then every effective date.
            var points = lower.Versions.Concat(higher.Versions).Select(v => v.EffectiveFrom)
                .Where(d => d is not null).Select(d => d!.Value).Distinct().Order().Select(d => (LocalDate?)d).Prepend(null);
            var seen = new HashSet<(int, int)>();
            foreach (var point in points)
            {
                int l = InForce(lower, point), h = InForce(higher, point);
                if (l < 0 || h < 0 || !seen.Add((l, h))) continue;
                var suffix = !dated ? "" : point is { } d ? $" (versions in force from {d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})" : " (first versions)";
                yield return new TierPair(lower, l, higher, h, names.Plan(lower.Versions[l], lower.Id), names.Plan(higher.Versions[h], higher.Id), suffix);
            }
        }
    }

    /// <summary>The index of the version in force on a date (null: from the start, versions without a date only); -1 when none.</summary>
    private static int InForce(PlanModel plan, LocalDate? date)
    {
        var found = -1;
        for (var i = 0; i < plan.Versions.Length; i++)
        {
            var from = plan.Versions[i].EffectiveFrom;
            if (from is null || date is { } d && from <= d) found = i;
        }
        return found;
    }

    /// <summary>A related location at the lower tier's side.</summary>
    public Diagnostics.RelatedLocation Below(SourceSpan span) => new(span, $"{LowerName}'s, the tier below");
}
