using System.Globalization;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Entitlements;

/// <summary>
/// PD0856: the same price (same id, kind, unit, period and currency) in the catalog's plans and versions,
/// where one is a hundred times or more the lowest: most likely a decimal point slipped (<c>30000</c> for
/// <c>300.00</c>). A zero price is a statement of "free" (Oktawave's basic support) and is not compared.
/// </summary>
internal static class PricesInLine
{
    private const decimal Factor = 100;

    public static void Check(AnalysisContext context)
    {
        var stated = new List<(PlanModel Plan, int Version, PriceModel Price)>();
        foreach (var plan in context.Catalog.Plans)
        for (var v = 0; v < plan.Versions.Length; v++)
        foreach (var price in plan.Versions[v].Prices)
            if (context.Sources.StatesPrice(plan.Id, v, price.Id) && price.Amount.Amount > 0) stated.Add((plan, v, price));

        foreach (var group in stated.GroupBy(s => (s.Price.Id, s.Price.Kind, s.Price.Unit, s.Price.Period, s.Price.Amount.Currency)))
        {
            var lowest = group.MinBy(s => s.Price.Amount.Amount);
            foreach (var (plan, v, price) in group)
            {
                var ratio = price.Amount.Amount / lowest.Price.Amount.Amount;
                if (ratio < Factor) continue;
                var lowestName = PlanNames.Version(lowest.Plan, lowest.Version);
                var related = new[] { new RelatedLocation(context.Sources.Price(lowest.Plan.Id, lowest.Version, price.Id), $"{lowest.Price.Describe()} in {lowestName}") };
                context.Report(DiagnosticCodes.PriceOutOfLine, context.Sources.Price(plan.Id, v, price.Id), related,
                    price.Id, price.Describe(), PlanNames.Version(plan, v), Math.Round(ratio).ToString("0", CultureInfo.InvariantCulture),
                    lowest.Price.Describe(), lowestName);
            }
        }
    }
}
