using System.CommandLine;
using PlanDsl.Compiler;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl diff &lt;old&gt; &lt;new&gt; [-o report.md]</c>: a Markdown review report of what changed for customers
/// between two catalogs (folders or files). Exit codes (docs/diff.md): 0 no change or nothing worse,
/// 1 something got worse for customers, 2 bad input or compile errors.
/// </summary>
public static class DiffCommand
{
    /// <summary>Something got worse for customers.</summary>
    public const int WorseExitCode = 1;

    public static Command Create()
    {
        var oldPath = new Argument<string>("old") { Description = "The old catalog: a folder or a .plan file." };
        var newPath = new Argument<string>("new") { Description = "The new catalog: a folder or a .plan file." };
        var output = new Option<string>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var root = RootOption.Create();
        var command = new Command("diff", "Report what changed for customers between two catalogs; exit 1 when anything got worse.") { oldPath, newPath, output, root };
        command.SetAction(parse => Run(parse.GetValue(oldPath)!, parse.GetValue(newPath)!, parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, root: parse.GetValue(root)));
        return command;
    }

    public static int Run(string oldPath, string newPath, string? reportPath, TextWriter output, TextWriter error, string? baseDirectory = null, string? root = null) =>
        CommandRunner.Run(() =>
        {
            var oldCatalogs = Load(oldPath, error, baseDirectory, root);
            var newCatalogs = Load(newPath, error, baseDirectory, root);
            var comparisons = CatalogComparison.CompareAll(oldCatalogs, newCatalogs);
            var report = DiffReport.Write(oldPath, newPath, comparisons);
            if (reportPath is null) output.Write(report);
            else
            {
                var full = Path.GetFullPath(reportPath, baseDirectory ?? Directory.GetCurrentDirectory());
                try
                {
                    var dir = Path.GetDirectoryName(full);
                    if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                    File.WriteAllText(full, report);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliError($"cannot write '{reportPath}': {e.Message}");
                }
                output.WriteLine(DiffReport.Summary(comparisons.SelectMany(c => c.Changes)));
            }
            return comparisons.SelectMany(c => c.Changes).Any(c => c.Impact == Impact.Worse) ? WorseExitCode : 0;
        }, error);

    private static IReadOnlyList<ResolvedCatalog> Load(string path, TextWriter error, string? baseDirectory, string? root)
    {
        var result = Workspace.CompileAll(new[] { path }, baseDirectory, root);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
            error.WriteLine(diagnostic.ToMsBuildString());
        CommandRunner.ThrowIfInternalError(result.Diagnostics);
        if (result.HasErrors) throw new CliError($"'{path}' has errors");
        if (result.Catalogs.Count == 0) throw new CliError($"no catalog found in '{path}'");
        return result.Catalogs;
    }
}
