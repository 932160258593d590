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
    /// <para>
    /// Imports are read only inside the catalog's root folder (see <see cref="Files.PlanFileAccess"/>):
    /// <paramref name="root"/> when given; otherwise each folder named on the command line (a file's own
    /// folder), so that <c>plandsl check plans/oktawave</c> needs <c>--root plans</c> for its
    /// <c>../shared</c> import.
    /// </para>
    /// </summary>
    public static CompilationResult CompileAll(IEnumerable<string> paths, string? baseDirectory = null, string? root = null)
    {
        var baseFolder = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var named = paths.ToList();
        var diagnostics = new DiagnosticBag();
        var files = PlanFiles.Find(named, baseFolder, diagnostics);
        var sources = new SourceSet(new DiskFileReader(baseFolder, Roots(named, baseFolder, root)));
        var relative = files.Select(f => Normalize(Path.GetRelativePath(baseFolder, f))).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
        var admitted = new List<string>();
        foreach (var file in relative)
        {
            // A file found in a named folder obeys the rule too: a link in it must not lead out of the root.
            if (sources.CheckPlace(file) is { } refusal) diagnostics.Report(refusal.Descriptor, new SourceSpan(file, 1, 1, 1, 1), file, refusal.Detail);
            else admitted.Add(file);
        }
        return Compile(sources, admitted, diagnostics);
    }

    /// <summary>
    /// The root folders of a compilation on disk (full paths): <paramref name="root"/> when given, otherwise
    /// each folder named (a file's own folder). Nothing outside them is read, whatever the current directory.
    /// </summary>
    public static IReadOnlyList<string> Roots(IEnumerable<string> paths, string baseDirectory, string? root)
    {
        if (!string.IsNullOrEmpty(root)) return new[] { Path.TrimEndingDirectorySeparator(Path.GetFullPath(root, baseDirectory)) };
        var roots = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, baseDirectory));
            roots.Add(Directory.Exists(full) || !File.Exists(full) ? full : Path.GetDirectoryName(full) ?? full);
        }
        return roots;
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
    /// <param name="roots">The catalogs' root folders (an editor's workspace folders): imports outside the one holding the entry are refused.</param>
    public static CompilationResult CompileParsed(IReadOnlyList<ParsedFile> files, IReadOnlyList<SourceFile>? otherFiles = null, IReadOnlyList<string>? roots = null)
    {
        var sources = new SourceSet(new MemoryFileReader(files.Select(f => f.File).Concat(otherFiles ?? Array.Empty<SourceFile>()), roots));
        foreach (var file in files) sources.Add(file);
        return Compile(sources, files.Select(f => Normalize(f.File.Path)).ToList(), new DiagnosticBag());
    }

    private static CompilationResult Compile(SourceSet sources, IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        try
        {
            var parsed = new List<ParsedFile>();
            foreach (var path in paths)
            {
                if (sources.Get(path) is { } file) parsed.Add(file);
                else if (sources.RefusalOf(path) is { } refusal) diagnostics.Report(refusal.Descriptor, new SourceSpan(path, 1, 1, 1, 1), path, refusal.Detail);
            }
            var catalogs = DeepStack.Run(() => CatalogAssembler.Assemble(parsed, sources, diagnostics));
            return new CompilationResult(catalogs, DiagnosticCap.Apply(diagnostics.ToSortedList()), sources.Count);
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
