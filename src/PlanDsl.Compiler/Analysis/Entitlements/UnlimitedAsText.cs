using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Entitlements;

/// <summary>
/// PD0853: a text entitlement whose value says "unlimited" (in one of the catalog languages we know:
/// "unlimited", "no limit", "bez limitu", "illimité", "unbegrenzt", …) hides a count that plans could be
/// compared on: declare the entitlement as a count and write <c>unlimited</c>.
/// </summary>
internal static class UnlimitedAsText
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "unlimited", "no limit", "without limit", "limitless", "unbounded", "infinite", "∞",
        "bez limitu", "nielimitowany", "nielimitowana", "nielimitowane", "bez ograniczeń",
        "illimité", "illimitée", "illimités", "illimitées", "sans limite",
        "unbegrenzt", "unbeschränkt", "ohne limit", "ohne begrenzung",
        "ilimitado", "ilimitada", "sin límite", "illimitato", "illimitata", "senza limiti",
        "onbeperkt", "obegränsad", "obegränsat", "ubegrenset", "ubegrænset", "rajoittamaton",
        "neomezeně", "neomezený", "korlátlan", "nelimitat", "neribota", "neierobežots", "piiramatu",
    };

    public static void Check(AnalysisContext context)
    {
        foreach (var (plan, v, entitlement, value) in PlanNames.Stated(context))
        {
            if (value.Kind != EntitlementValueKind.Text) continue;
            var said = value.Text.Translations.Values.FirstOrDefault(t => Phrases.Contains(Normalize(t)));
            if (said is null) continue;
            context.Report(DiagnosticCodes.UnlimitedAsText, context.Sources.Entitlement(plan.Id, v, entitlement.Id),
                entitlement.Id, $"\"{said}\"", PlanNames.Version(plan, v));
        }
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', '!').ToLowerInvariant().Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));
}
