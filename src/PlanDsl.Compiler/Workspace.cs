using PlanDsl.Compiler.Binding;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler;

/// <summary>
/// The entry point of the front end: finds plan files, parses them, follows imports and binds each
/// catalog (a file with a <c>catalog</c> declaration plus what it imports) to a resolved model.
/// Never throws on any input.
/// </summary>
public static class Workspace
{
    /// <summary>Compiles the plan files and folders (searched recursively for *.plan) on disk.</summary>
    public static CompilationResult CompileAll(IEnumerable<string> paths)
    {
        var diagnostics = new DiagnosticBag();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*.plan", SearchOption.AllDirectories));
            else if (File.Exists(path))
                files.Add(path);
            else
                diagnostics.Report(DiagnosticCodes.FileNotFound, SourceSpan.None, path);
        }
        var sources = new SourceSet(new DiskFileReader());
        return Compile(sources, files.Select(Normalize).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList(), diagnostics);
    }

    /// <summary>Compiles in-memory files; imports are resolved among them by path.</summary>
    public static CompilationResult CompileSources(params SourceFile[] files)
    {
        var sources = new SourceSet(new MemoryFileReader(files));
        return Compile(sources, files.Select(f => Normalize(f.Path)).ToList(), new DiagnosticBag());
    }

    private static CompilationResult Compile(SourceSet sources, IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        try
        {
            var parsed = paths.Select(sources.Get).Where(p => p is not null).Select(p => p!).ToList();
            var catalogs = CatalogAssembler.Assemble(parsed, sources, diagnostics);
            return new CompilationResult(catalogs, diagnostics.ToSortedList(), sources.Count);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must still come out as a diagnostic, never as a stack trace.
            diagnostics.Report(DiagnosticCodes.InternalError, SourceSpan.None, e.GetType().Name + ": " + e.Message);
            return new CompilationResult(Array.Empty<PlanDsl.Runtime.Model.ResolvedCatalog>(), diagnostics.ToSortedList(), sources.Count);
        }
    }

    internal static string Normalize(string path) => path.Replace('\\', '/');
}
