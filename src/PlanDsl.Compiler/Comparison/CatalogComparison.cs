using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Comparison;

/// <summary>The changes of one catalog between the old and the new side (a catalog only on one side: every plan added or removed).</summary>
public sealed record CatalogComparison(string CatalogId, ResolvedCatalog? Old, ResolvedCatalog? New, IReadOnlyList<Change> Changes)
{
    /// <summary>
    /// Pairs the catalogs of two compilations by id (one catalog on each side is compared whatever its id)
    /// and compares each pair; in the new side's order, then catalogs only on the old side.
    /// </summary>
    public static IReadOnlyList<CatalogComparison> CompareAll(IReadOnlyList<ResolvedCatalog> oldCatalogs, IReadOnlyList<ResolvedCatalog> newCatalogs)
    {
        if (oldCatalogs.Count == 1 && newCatalogs.Count == 1)
            return new[] { new CatalogComparison(newCatalogs[0].Id, oldCatalogs[0], newCatalogs[0], CatalogDiff.Compare(oldCatalogs[0], newCatalogs[0])) };
        var result = new List<CatalogComparison>();
        foreach (var n in newCatalogs.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var o = oldCatalogs.FirstOrDefault(c => c.Id == n.Id);
            result.Add(new CatalogComparison(n.Id, o, n, CatalogDiff.Compare(o ?? Empty(n), n)));
        }
        foreach (var o in oldCatalogs.Where(o => newCatalogs.All(n => n.Id != o.Id)).OrderBy(c => c.Id, StringComparer.Ordinal))
            result.Add(new CatalogComparison(o.Id, o, null, CatalogDiff.Compare(o, Empty(o))));
        return result;
    }

    /// <summary>The catalog without plans: what the other side is compared with when a catalog is added or removed.</summary>
    private static ResolvedCatalog Empty(ResolvedCatalog catalog) => catalog with { Plans = System.Collections.Immutable.ImmutableArray<PlanModel>.Empty };
}
