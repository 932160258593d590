namespace PlanDsl.Compiler.Diagnostics;

/// <summary>
/// At most <see cref="PerFile"/> diagnostics of the front end (syntax, names, values; not the analyses'
/// findings) are reported for one file; the rest are counted, not kept,
/// and stand as one PD0017 at the first one left out. Bounds the output, the memory and the time of a
/// file that produces an error at every token.
/// </summary>
public static class DiagnosticCap
{
    public const int PerFile = 1000;

    /// <summary>The sorted diagnostics with each file's beyond the cap replaced by one PD0017 (its count added to any PD0017 the parser already gave).</summary>
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> sorted)
    {
        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var dropped = new Dictionary<string, (int Count, Diagnostic First)>(StringComparer.Ordinal);
        var kept = new List<Diagnostic>(Math.Min(sorted.Count, 4 * PerFile));
        foreach (var d in sorted)
        {
            if (d.Code == DiagnosticCodes.TooManyDiagnostics.Code) continue;
            if (IsAnalysisFinding(d)) { kept.Add(d); continue; }
            var count = perFile[d.Span.Path] = perFile.GetValueOrDefault(d.Span.Path) + 1;
            if (count <= PerFile) { kept.Add(d); continue; }
            dropped[d.Span.Path] = dropped.TryGetValue(d.Span.Path, out var known) ? (known.Count + 1, known.First) : (1, d);
        }
        var bag = new DiagnosticBag();
        bag.AddRange(kept);
        foreach (var more in sorted.Where(d => d.Code == DiagnosticCodes.TooManyDiagnostics.Code))
        {
            // The parser stopped keeping its errors at the cap: its count goes into the file's one PD0017.
            var (count, first) = dropped.GetValueOrDefault(more.Span.Path);
            dropped[more.Span.Path] = (count + SuppressedOf(more), first ?? more);
        }
        foreach (var (path, (count, first)) in dropped)
            bag.Report(DiagnosticCodes.TooManyDiagnostics, first.Span, count, PerFile);
        return bag.ToSortedList();
    }

    /// <summary>
    /// The analyses' findings (PD08xx) are not capped: they run only on a catalog that binds without
    /// errors and report at most a few per plan or row, so they grow with the catalog, not with its noise.
    /// </summary>
    private static bool IsAnalysisFinding(Diagnostic d) => d.Code.StartsWith("PD08", StringComparison.Ordinal);

    /// <summary>The count a PD0017 states (its first number).</summary>
    private static int SuppressedOf(Diagnostic more) =>
        int.TryParse(more.Message.Split(' ')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
