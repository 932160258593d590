namespace PlanDsl.Compiler.Analysis.Completeness;

/// <summary>One severity and request kind a plan needs a target for (either may be null when the catalog declares none).</summary>
internal readonly record struct TargetCell(string? Severity, string? Kind)
{
    /// <summary>As in a target table: "major", "failure", "major/failure".</summary>
    public override string ToString() => Severity is null ? Kind ?? "every ticket" : Kind is null ? Severity : $"{Severity}/{Kind}";

    /// <summary>Every severity times every kind the catalog declares.</summary>
    public static IReadOnlyList<TargetCell> All(Runtime.Model.ResolvedCatalog catalog)
    {
        var severities = catalog.Severities.Length > 0 ? catalog.Severities.Select(s => (string?)s.Id).ToList() : new List<string?> { null };
        var kinds = catalog.Kinds.Length > 0 ? catalog.Kinds.Select(k => (string?)k.Id).ToList() : new List<string?> { null };
        return severities.SelectMany(s => kinds.Select(k => new TargetCell(s, k))).ToList();
    }

    /// <summary>What the cells of a catalog vary by: "severity", "kind" or "severity and kind".</summary>
    public static string Dimensions(Runtime.Model.ResolvedCatalog catalog) =>
        catalog.Severities.Length > 0 && catalog.Kinds.Length > 0 ? "severity and kind" : catalog.Kinds.Length > 0 ? "kind" : "severity";
}
