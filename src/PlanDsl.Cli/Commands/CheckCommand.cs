using System.CommandLine;
using PlanDsl.Compiler;

namespace PlanDsl.Cli.Commands;

/// <summary><c>plandsl check &lt;paths&gt;</c>: compiles catalogs and prints diagnostics in the MSBuild format.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files or folders (searched for *.plan).", Arity = ArgumentArity.OneOrMore };
        var dump = new Option<bool>("--dump") { Description = "Print the resolved model of each catalog." };
        var root = RootOption.Create();
        var command = new Command("check", "Compile catalogs and report diagnostics; exit 1 on errors.") { paths, dump, root };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(dump), parse.InvocationConfiguration.Output, root: parse.GetValue(root), error: parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exit 0, 1 when a catalog has errors, 3 on a PD0009 (docs/exit-codes.md).</summary>
    public static int Run(IReadOnlyList<string> paths, bool dump, TextWriter output, string? baseDirectory = null, string? root = null, TextWriter? error = null) =>
        CommandRunner.Run(() => Check(paths, dump, output, baseDirectory, root), error ?? Console.Error);

    private static int Check(IReadOnlyList<string> paths, bool dump, TextWriter output, string? baseDirectory, string? root)
    {
        var result = Workspace.CompileAll(paths, baseDirectory, root);
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(diagnostic.ToMsBuildString());
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (dump)
        {
            foreach (var catalog in result.Catalogs)
                output.Write(PlanDsl.Runtime.Model.ModelDump.Write(catalog));
        }
        foreach (var catalog in result.Catalogs)
            output.WriteLine(CatalogSummary.Describe(catalog));
        output.WriteLine($"{result.Catalogs.Count} catalog(s), {result.FileCount} file(s): {errors} error(s), {warnings} warning(s)");
        CommandRunner.ThrowIfInternalError(result.Diagnostics);
        return errors > 0 ? ExitCodes.CatalogErrors : ExitCodes.Success;
    }
}
