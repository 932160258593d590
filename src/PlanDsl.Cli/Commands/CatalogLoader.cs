using PlanDsl.Compiler;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>Compiles the catalog a command names (a .plan file or a folder holding one catalog).</summary>
public static class CatalogLoader
{
    public static ResolvedCatalog Load(string path, TextWriter error, string? baseDirectory = null)
    {
        var result = Workspace.CompileAll(new[] { path }, baseDirectory);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
            error.WriteLine(diagnostic.ToMsBuildString());
        CommandRunner.ThrowIfInternalError(result.Diagnostics);
        if (result.HasErrors) throw CliError.CatalogHasErrors($"catalog '{path}' has errors");
        return result.Catalogs.Count switch
        {
            1 => result.Catalogs[0],
            0 => throw new CliError($"no catalog found in '{path}'"),
            _ => throw new CliError($"'{path}' holds {result.Catalogs.Count} catalogs ({string.Join(", ", result.Catalogs.Select(c => c.Id))}); name one catalog's folder or file"),
        };
    }

    public static PlanModel Plan(ResolvedCatalog catalog, string? id)
    {
        if (string.IsNullOrEmpty(id)) throw new CliError("--plan is required");
        return catalog.FindPlan(id) ?? throw new CliError($"unknown plan '{id}' in catalog '{catalog.Id}'{Suggest(id, catalog.Plans.Select(p => p.Id))}; plans: {string.Join(", ", catalog.Plans.Select(p => p.Id))}");
    }

    public static string Suggest(string name, IEnumerable<string> candidates) => PlanDsl.Compiler.Binding.NameSuggester.DidYouMean(name, candidates);
}
