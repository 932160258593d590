using System.Collections.Immutable;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// How many contacts, devices, tickets this month … are included and how many are over, for a plan
/// version and counts keyed by entitlement id. Only <c>count</c> and <c>count per …</c> entitlements
/// can be counted. Unlimited is never over. An entitlement the plan does not grant (absent or <c>-</c>)
/// includes none. Counts are for the entitlement's own period ("per month": this month).
/// </summary>
public static class QuotaUsage
{
    public static ImmutableArray<QuotaLine> For(ResolvedCatalog catalog, PlanVersion version, IReadOnlyDictionary<string, long>? counts)
    {
        var language = catalog.DefaultLanguage;
        var countable = catalog.Entitlements.Where(e => e.Type.Kind is ValueTypeKind.Count or ValueTypeKind.Quota).ToList();
        var lines = new List<QuotaLine>();
        foreach (var (name, used) in counts ?? new Dictionary<string, long>())
        {
            var declared = catalog.Entitlements.FirstOrDefault(e => e.Id == name);
            if (declared is null)
                throw new BillingInputException($"counts.{name}", $"no entitlement '{name}' in catalog '{catalog.Id}' (counted entitlements: {List(countable)})");
            if (declared.Type.Kind is not (ValueTypeKind.Count or ValueTypeKind.Quota))
                throw new BillingInputException($"counts.{name}", $"'{name}' is {declared.Type.Describe()}, not a count (counted entitlements: {List(countable)})");
            if (used < 0) throw new BillingInputException($"counts.{name}", $"{used} is negative");
            lines.Add(Line(declared, version.Entitlement(name), used, language));
        }
        var order = catalog.Entitlements.Select(e => e.Id).ToList();
        return lines.OrderBy(l => order.IndexOf(l.Entitlement)).ToImmutableArray();
    }

    private static QuotaLine Line(EntitlementModel declared, EntitlementValue? value, long used, string language)
    {
        var title = declared.Title.Get(language);
        return value?.Kind switch
        {
            EntitlementValueKind.Unlimited => new(declared.Id, title, value.Period, used, null, 0, ExtraPolicy.None, null, true),
            EntitlementValueKind.Count => new(declared.Id, title, value.Period, used, value.Count, Math.Max(0, used - value.Count), value.Extra, value.ExtraPrice, true),
            _ => new(declared.Id, title, declared.Type.Period, used, 0, used, ExtraPolicy.None, null, false),
        };
    }

    private static string List(IEnumerable<EntitlementModel> entitlements) =>
        entitlements.Any() ? string.Join(", ", entitlements.Select(e => e.Id)) : "none";
}
