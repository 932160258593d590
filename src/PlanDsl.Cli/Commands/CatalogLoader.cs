using PlanDsl.Compiler;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>Compiles the catalog a command names (a .plan file or a folder holding one catalog).</summary>
public static class CatalogLoader
{
    public static ResolvedCatalog Load(string path, TextWriter error, string? baseDirectory = null, string? root = null)
    {
        var result = Workspace.CompileAll(new[] { path }, baseDirectory, root);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
            error.WriteLine(diagnostic.ToMsBuildString());
        CommandRunner.ThrowIfInternalError(result.Diagnostics);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        // A path on the command line that does not exist is bad input (2); errors in the catalog are 1.
        if (errors.Count > 0 && errors.All(d => d.Code == PlanDsl.Compiler.Diagnostics.DiagnosticCodes.FileNotFound.Code && d.Span.IsNone))
            throw new CliError($"cannot find '{path}'");
        if (errors.Count > 0) throw CliError.CatalogHasErrors($"catalog '{path}' has errors");
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
