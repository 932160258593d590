using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Tiers;

/// <summary>
/// (c) Entitlements: the higher tier grants at least what the lower grants. Per type: yes &gt; no; a
/// count or quota is larger or equal (<c>unlimited</c> beats any count; at an equal count, more can be
/// had beyond it: not allowed &lt; billed or priced, a lower extra price is better); a choice is at least
/// as late in its declared order (least to most); a list holds every item of the lower tier's. Durations,
/// money, percentages and texts are compared by presence only: whether more is better depends on what
/// they measure (a longer consultation, a shorter average response). <c>-</c> (not provided) is worst.
/// </summary>
internal static class EntitlementDominance
{
    public static void Check(AnalysisContext context, TierPair pair, TierNames names)
    {
        foreach (var entitlement in context.Catalog.Entitlements)
        {
            var lower = pair.L.Entitlement(entitlement.Id) ?? EntitlementValue.NotProvided;
            var higher = pair.H.Entitlement(entitlement.Id) ?? EntitlementValue.NotProvided;
            if (!Worse(lower, higher, entitlement.Type)) continue;
            var span = context.Sources.Entitlement(pair.Higher.Id, pair.HigherVersion, entitlement.Id);
            var related = new[] { pair.Below(context.Sources.Entitlement(pair.Lower.Id, pair.LowerVersion, entitlement.Id)) };
            context.Report(DiagnosticCodes.TierEntitlementLess, span, related,
                pair.HigherName, names.Entitlement(entitlement.Id), Describe(higher, names), pair.LowerName, Describe(lower, names), pair.Suffix);
        }
    }

    /// <summary>True when the higher tier's value is worse for customers than the lower's.</summary>
    public static bool Worse(EntitlementValue lower, EntitlementValue higher, TypeSpec? type)
    {
        if (Nothing(lower)) return false;
        if (Nothing(higher)) return true;
        switch (lower.Kind, higher.Kind)
        {
            case (EntitlementValueKind.YesNo, EntitlementValueKind.YesNo):
                return lower.Flag && !higher.Flag;
            case (EntitlementValueKind.Unlimited, EntitlementValueKind.Count):
                return lower.Period == higher.Period;
            case (EntitlementValueKind.Count, EntitlementValueKind.Count):
                if (lower.Period != higher.Period) return false;
                return higher.Count < lower.Count || higher.Count == lower.Count && BeyondIsWorse(lower, higher);
            case (EntitlementValueKind.Choice, EntitlementValueKind.Choice):
                var members = type?.Members.Select(m => m.Id).ToList() ?? new List<string>();
                int i = members.IndexOf(lower.Choice!), j = members.IndexOf(higher.Choice!);
                return i >= 0 && j >= 0 && j < i;
            case (EntitlementValueKind.List, EntitlementValueKind.List):
                var items = higher.Items.Select(ModelDump.Quote).ToHashSet(StringComparer.Ordinal);
                return lower.Items.Any(item => !items.Contains(ModelDump.Quote(item)));
            default:
                return false;
        }
    }

    /// <summary>Nothing granted: not provided, <c>no</c>, or a count of 0 with nothing beyond it.</summary>
    private static bool Nothing(EntitlementValue value) => value.Kind switch
    {
        EntitlementValueKind.NotProvided => true,
        EntitlementValueKind.YesNo => !value.Flag,
        EntitlementValueKind.Count => value.Count == 0 && value.Extra is ExtraPolicy.None or ExtraPolicy.NotAllowed,
        _ => false,
    };

    /// <summary>At an equal count: the higher tier allows less beyond it (not allowed against billed or priced), or at a higher price.</summary>
    private static bool BeyondIsWorse(EntitlementValue lower, EntitlementValue higher)
    {
        if (higher.Extra == ExtraPolicy.NotAllowed) return lower.Extra is ExtraPolicy.Billed or ExtraPolicy.Priced;
        if (lower.Extra == ExtraPolicy.Priced && higher.Extra == ExtraPolicy.Priced && lower.ExtraPrice is { } a && higher.ExtraPrice is { } b)
            return a.Kind == b.Kind && a.Unit == b.Unit && a.Period == b.Period && a.Amount.Currency == b.Amount.Currency && b.Amount.Amount > a.Amount.Amount;
        return false;
    }

    private static string Describe(EntitlementValue value, TierNames names) => value.Kind switch
    {
        EntitlementValueKind.NotProvided => "not provided",
        EntitlementValueKind.List => string.Join(", ", value.Items.Select(item => "\"" + names.Text(item) + "\"")),
        EntitlementValueKind.Text => "\"" + names.Text(value.Text) + "\"",
        _ => value.Describe(),
    };
}
