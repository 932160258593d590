using System.CommandLine;
using PlanDsl.Compiler;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Emit;
using PlanDsl.Compiler.Output;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl build &lt;paths&gt; -o &lt;dir&gt; [--emit-source]</c>: compiles every catalog under the paths into
/// <c>&lt;dir&gt;/&lt;CatalogId&gt;.Plans.dll</c>. Any error: the diagnostics in the MSBuild format, exit code 1,
/// and no assembly written. All the files are written as one staged set (<see cref="StagedOutput"/>): whole or
/// not at all; the same input gives byte-identical files.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files or folders (searched for *.plan).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write <CatalogId>.Plans.dll to.", Required = true };
        var emitSource = new Option<bool>("--emit-source") { Description = "Also write the generated C# as <CatalogId>.Plans.cs." };
        var importRoot = RootOption.Create();
        var command = new Command("build", "Compile catalogs into loadable assemblies of generated evaluators; exit 1 on errors.") { paths, output, emitSource, importRoot };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(output)!, parse.GetValue(emitSource), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, importRoot: parse.GetValue(importRoot)));
        return command;
    }

    /// <summary>Exit 0, 1 on errors, 3 on a PD0009 or a crash (docs/exit-codes.md).</summary>
    public static int Run(IReadOnlyList<string> paths, string outputDirectory, bool emitSource, TextWriter output, TextWriter error, string? baseDirectory = null, string? importRoot = null) =>
        CommandRunner.Run(() => Build(paths, outputDirectory, emitSource, output, error, baseDirectory, importRoot), error);

    private static int Build(IReadOnlyList<string> paths, string outputDirectory, bool emitSource, TextWriter output, TextWriter error, string? baseDirectory, string? importRoot)
    {
        var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var result = Workspace.CompileAll(paths, root, importRoot);
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(diagnostic.ToMsBuildString());
        CommandRunner.ThrowIfInternalError(result.Diagnostics);
        if (result.HasErrors) return Failed(error, $"{result.Diagnostics.Count(d => d.IsError)} error(s)");

        var problems = new DiagnosticBag();
        var built = new List<CatalogAssembly>();
        foreach (var catalog in result.Catalogs)
        {
            try
            {
                built.Add(CatalogEmitter.Emit(catalog, SourceHash.OfFiles(catalog.SourceFiles, root), emitSource));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Report(DiagnosticCodes.InternalError, SourceSpan.None, $"catalog '{catalog.Id}': {e.GetType().Name}: {e.Message}");
            }
        }
        if (problems.HasErrors)
        {
            foreach (var diagnostic in problems.ToSortedList()) output.WriteLine(diagnostic.ToMsBuildString());
            CommandRunner.ThrowIfInternalError(problems.ToSortedList());
            return Failed(error, $"{problems.ToSortedList().Count} error(s)");
        }

        var folder = Path.GetFullPath(outputDirectory, root);
        try
        {
            // All catalogs' files as one staged set: a failure leaves the output folder as it was.
            StagedOutput.Write(folder, built.Select(CatalogEmitter.Output).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"cannot write to '{outputDirectory}': {e.Message}; no assembly written");
        }
        foreach (var assembly in built)
            output.WriteLine($"{assembly.CatalogId} -> {Shown(Path.Combine(folder, assembly.FileName), root)}");
        return 0;
    }

    private static int Failed(TextWriter error, string what)
    {
        error.WriteLine($"plandsl: build failed with {what}; no assembly written");
        return 1;
    }

    private static string Shown(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }
}
