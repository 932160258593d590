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
    /// <summary>
    /// Compiles the plan files and folders (searched recursively for *.plan) on disk. Files are
    /// reported relative to <paramref name="baseDirectory"/> (default: the current directory), so that
    /// diagnostics and dumps do not depend on where the repository is.
    /// </summary>
    public static CompilationResult CompileAll(IEnumerable<string> paths, string? baseDirectory = null)
    {
        var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var diagnostics = new DiagnosticBag();
        var files = PlanFiles.Find(paths, root, diagnostics);
        var sources = new SourceSet(new DiskFileReader(root));
        var relative = files.Select(f => Normalize(Path.GetRelativePath(root, f))).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
        return Compile(sources, relative, diagnostics);
    }

    /// <summary>Compiles in-memory files; imports are resolved among them by path.</summary>
    public static CompilationResult CompileSources(params SourceFile[] files)
    {
        var sources = new SourceSet(new MemoryFileReader(files));
        // Other files (plandsl.lint.json) are read when a catalog asks for them, never parsed as plans.
        var plans = files.Where(f => !f.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        return Compile(sources, plans.Select(f => Normalize(f.Path)).ToList(), new DiagnosticBag());
    }

    /// <summary>
    /// Compiles files an editor has already parsed (see <see cref="IncrementalParser"/>); imports are
    /// resolved among them. The first files are the ones compiled; all of them may be imported.
    /// </summary>
    public static CompilationResult CompileParsed(IReadOnlyList<ParsedFile> files, IReadOnlyList<SourceFile>? otherFiles = null)
    {
        var sources = new SourceSet(new MemoryFileReader(files.Select(f => f.File).Concat(otherFiles ?? Array.Empty<SourceFile>())));
        foreach (var file in files) sources.Add(file);
        return Compile(sources, files.Select(f => Normalize(f.File.Path)).ToList(), new DiagnosticBag());
    }

    private static CompilationResult Compile(SourceSet sources, IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        try
        {
            var parsed = paths.Select(sources.Get).Where(p => p is not null).Select(p => p!).ToList();
            var catalogs = DeepStack.Run(() => CatalogAssembler.Assemble(parsed, sources, diagnostics));
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
