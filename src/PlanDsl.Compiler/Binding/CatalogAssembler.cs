using PlanDsl.Compiler.Analysis;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>
/// Groups parsed files into catalogs — each file with a <c>catalog</c> declaration plus every file it
/// imports, transitively — and binds each catalog.
/// </summary>
internal static class CatalogAssembler
{
    public static IReadOnlyList<ResolvedCatalog> Assemble(IReadOnlyList<ParsedFile> files, SourceSet sources, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        CompilationUnitSyntax Tree(ParsedFile parsed)
        {
            if (reported.Add(parsed.File.Path)) diagnostics.AddRange(parsed.Diagnostics);
            return parsed.Unit;
        }

        var entries = new List<CompilationUnitSyntax>();
        foreach (var file in files)
        {
            var tree = Tree(file);
            var catalogs = tree.Declarations.OfType<CatalogSyntax>().ToList();
            foreach (var extra in catalogs.Skip(1))
                diagnostics.Report(DiagnosticCodes.SecondCatalog, extra.Name.Span, new[] { new RelatedLocation(catalogs[0].Name.Span, "first declared here") }, catalogs[0].Name.Text);
            if (catalogs.Count > 0) entries.Add(tree);
        }
        if (entries.Count == 0 && files.Count > 0 && !diagnostics.HasErrors)
            diagnostics.Report(DiagnosticCodes.NoCatalog, new SourceSpan(files[0].File.DisplayPath, 1, 1, 1, 1));

        var clashes = IdClashes(entries);
        var result = new List<ResolvedCatalog>();
        foreach (var entry in entries)
        {
            // A catalog is returned only when none of its files has an error of any kind.
            var catalogDiagnostics = new DiagnosticBag();
            if (clashes.TryGetValue(entry, out var first))
            {
                var name = CatalogOf(entry).Name;
                catalogDiagnostics.Report(DiagnosticCodes.CatalogIdClash, name.Span, new[] { new RelatedLocation(first.Span, "first declared here") }, name.Text, first.Text);
            }
            var units = CollectImports(entry, sources, Tree, catalogDiagnostics);
            foreach (var unit in units)
                if (sources.Get(unit.File.Path) is { } parsed) catalogDiagnostics.AddRange(parsed.Diagnostics);
            var binder = new CatalogBinder(units, catalogDiagnostics);
            var catalog = binder.Bind();
            if (catalog is not null && !catalogDiagnostics.HasErrors)
                CatalogAnalyzer.Run(catalog, binder.BuildSourceMap(), ReadLintSettings(entry, binder, sources, catalogDiagnostics), catalogDiagnostics);
            diagnostics.AddRange(catalogDiagnostics.ToSortedList());
            if (catalog is not null && !catalogDiagnostics.HasErrors) result.Add(catalog);
        }
        return result.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    private static CatalogSyntax CatalogOf(CompilationUnitSyntax entry) => entry.Declarations.OfType<CatalogSyntax>().First();

    /// <summary>
    /// Each catalog whose id another catalog before it (in file order) already has, up to letter case, with
    /// that first id: the built files are named after the id, and names that differ only in case are one
    /// file on case-insensitive file systems.
    /// </summary>
    private static Dictionary<CompilationUnitSyntax, NameSyntax> IdClashes(IReadOnlyList<CompilationUnitSyntax> entries)
    {
        var firstById = new Dictionary<string, NameSyntax>(StringComparer.OrdinalIgnoreCase);
        var clashes = new Dictionary<CompilationUnitSyntax, NameSyntax>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            var name = CatalogOf(entry).Name;
            if (firstById.TryGetValue(name.Text, out var first)) clashes[entry] = first;
            else firstById[name.Text] = name;
        }
        return clashes;
    }

    /// <summary>The config file beside the catalog's file, then the catalog's own <c>lint</c> section.</summary>
    private static LintSettings ReadLintSettings(CompilationUnitSyntax entry, CatalogBinder binder, SourceSet sources, DiagnosticBag diagnostics)
    {
        var settings = new LintSettings();
        var configPath = LintConfigFile.PathFor(entry.File.Path);
        if (sources.ReadText(configPath, ".json") is { } config) LintConfigFile.Apply(configPath, config, settings, diagnostics);
        if (binder.LintSection is { } section) settings.Read(section, diagnostics);
        return settings;
    }

    private static List<CompilationUnitSyntax> CollectImports(CompilationUnitSyntax entry, SourceSet sources, Func<ParsedFile, CompilationUnitSyntax> tree, DiagnosticBag diagnostics)
    {
        var units = new List<CompilationUnitSyntax> { entry };
        var seen = new HashSet<string>(StringComparer.Ordinal) { entry.File.Path };
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var import in units[i].Imports)
            {
                var path = SourceSet.Resolve(units[i].File.Path, import.Path);
                if (!seen.Add(path)) continue;
                var (parsed, refusal) = sources.Import(entry.File.Path, path);
                if (parsed is null)
                {
                    // The span of the path as written; the message names it and says why, never what the file holds.
                    if (refusal is not null) diagnostics.Report(refusal.Descriptor, import.PathSpan, import.Path, refusal.Detail);
                    else diagnostics.Report(DiagnosticCodes.FileNotFound, import.Span, import.Path);
                    continue;
                }
                var unit = tree(parsed);
                if (unit.Declarations.OfType<CatalogSyntax>().Any())
                {
                    diagnostics.Report(DiagnosticCodes.ImportedCatalog, import.Span, import.Path);
                    continue;
                }
                units.Add(unit);
            }
        }
        return units;
    }
}
