using PlanDsl.Compiler.Files;

namespace PlanDsl.Compiler.Syntax;

/// <summary>Reads plan files by path (normalized, with '/'), by the rule of <see cref="PlanFileAccess"/>.</summary>
public interface IFileReader
{
    /// <summary>The root folder of the catalog whose entry file is <paramref name="entryPath"/>, in the reader's terms.</summary>
    string RootOf(string entryPath);

    /// <summary>Whether the file may be read as part of a catalog with that root: the path rule, then (on disk) the links.</summary>
    FileRefusal? CheckPlace(string path, string root);

    /// <summary>The file's text, a refusal (not a regular file, too large, unreadable), or neither when there is no such file.</summary>
    FileReadResult Read(string path, string extension);
}

/// <summary>Plan files on disk; paths are relative to a base folder (or absolute).</summary>
internal sealed class DiskFileReader : IFileReader
{
    private readonly string _baseDirectory;
    private readonly IReadOnlyList<string> _roots;

    /// <param name="baseDirectory">The folder relative paths are read from.</param>
    /// <param name="roots">Full paths of the catalogs' root folders: a catalog's root is the deepest one holding its entry file, else the entry's folder.</param>
    public DiskFileReader(string baseDirectory, IReadOnlyList<string> roots)
    {
        _baseDirectory = baseDirectory;
        _roots = roots;
    }

    public string RootOf(string entryPath)
    {
        var full = Path.GetFullPath(entryPath, _baseDirectory);
        return _roots.Where(r => PlanFileAccess.IsInside(full, r)).OrderByDescending(r => r.Length).FirstOrDefault()
            ?? Path.GetDirectoryName(full)!;
    }

    public FileRefusal? CheckPlace(string path, string root)
    {
        var full = Path.GetFullPath(path, _baseDirectory);
        if (PlanFileAccess.CheckPath(full, root) is { } refusal) return refusal;
        try
        {
            return PlanFileAccess.IsInside(PlanFileAccess.RealPath(full), PlanFileAccess.RealPath(root)) ? null
                : new FileRefusal(Diagnostics.DiagnosticCodes.LinkOutsideRoot, "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileRefusal(Diagnostics.DiagnosticCodes.FileUnreadable, e.Message);
        }
    }

    public FileReadResult Read(string path, string extension)
    {
        try
        {
            return PlanFileAccess.Read(Path.GetFullPath(path, _baseDirectory), root: null, extension);
        }
        catch (ArgumentException e)
        {
            return new FileReadResult(null, new FileRefusal(Diagnostics.DiagnosticCodes.FileUnreadable, e.Message));
        }
    }
}

/// <summary>Files held in memory (tests, the language server): imports resolve among them, nothing is read from disk.</summary>
internal sealed class MemoryFileReader : IFileReader
{
    private readonly Dictionary<string, string> _files;
    private readonly IReadOnlyList<string> _roots;

    /// <param name="roots">The catalogs' root folders, as paths of the files; none: "" (the root of relative paths), or an absolute entry's folder.</param>
    public MemoryFileReader(IEnumerable<SourceFile> files, IReadOnlyList<string>? roots = null)
    {
        _files = files.GroupBy(f => Workspace.Normalize(f.Path)).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        _roots = (roots ?? Array.Empty<string>()).Select(Workspace.Normalize).ToList();
    }

    public string RootOf(string entryPath)
    {
        entryPath = Workspace.Normalize(entryPath);
        return _roots.Where(r => PlanFileAccess.IsInside(entryPath, r)).OrderByDescending(r => r.Length).FirstOrDefault()
            ?? (Path.IsPathRooted(entryPath) && entryPath.Contains('/') ? entryPath[..entryPath.LastIndexOf('/')] : "");
    }

    public FileRefusal? CheckPlace(string path, string root) => PlanFileAccess.CheckPath(path, root);

    public FileReadResult Read(string path, string extension) =>
        _files.TryGetValue(path, out var text) ? new FileReadResult(text, null) : FileReadResult.NotFound;
}

/// <summary>Every file parsed in one compilation, each parsed once, keyed by normalized path.</summary>
public sealed class SourceSet
{
    private readonly IFileReader _reader;
    private readonly Dictionary<string, ParsedFile?> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileRefusal?> _refusals = new(StringComparer.Ordinal);

    public SourceSet(IFileReader reader) => _reader = reader;

    public int Count => _parsed.Values.Count(p => p is not null);

    /// <summary>The parsed file, or null when it does not exist or was refused (see <see cref="RefusalOf"/>).</summary>
    public ParsedFile? Get(string path)
    {
        path = Workspace.Normalize(path);
        if (_parsed.TryGetValue(path, out var known)) return known;
        var read = _reader.Read(path, PlanFileAccess.PlanExtension);
        _refusals[path] = read.Refusal;
        var result = read.Text is null ? null : ParsedFile.Parse(new SourceFile(path, read.Text));
        _parsed[path] = result;
        return result;
    }

    /// <summary>
    /// A file imported into the catalog whose entry is <paramref name="entryPath"/>: refused when it is
    /// outside the catalog's root or not a regular .plan file of bounded size; null file and refusal
    /// when it does not exist.
    /// </summary>
    public (ParsedFile? File, FileRefusal? Refusal) Import(string entryPath, string path)
    {
        // Before any path function sees it: a NUL makes them throw, and no plan file is named with a control character.
        if (path.Any(char.IsControl))
            return (null, new FileRefusal(Diagnostics.DiagnosticCodes.ControlCharacterInPath, $"U+{(int)path.First(char.IsControl):X4}"));
        path = Workspace.Normalize(path);
        if (_reader.CheckPlace(path, _reader.RootOf(Workspace.Normalize(entryPath))) is { } refusal) return (null, refusal);
        var file = Get(path);
        return (file, file is null ? RefusalOf(path) : null);
    }

    /// <summary>The root folder of the catalog whose entry is <paramref name="entryPath"/>.</summary>
    public string RootOf(string entryPath) => _reader.RootOf(Workspace.Normalize(entryPath));

    /// <summary>Whether a file found under a named folder may be read as a catalog's file (the links in its path stay inside its root).</summary>
    public FileRefusal? CheckPlace(string path) => _reader.CheckPlace(Workspace.Normalize(path), RootOf(path));

    /// <summary>Gives a file already parsed (by an editor, incrementally), so that it is not parsed again.</summary>
    public void Add(ParsedFile file) => _parsed[Workspace.Normalize(file.File.Path)] = file;

    /// <summary>A side file's text (not parsed), or null when it does not exist or is refused by the rule.</summary>
    public string? ReadText(string path, string extension) => _reader.Read(Workspace.Normalize(path), extension).Text;

    public FileRefusal? RefusalOf(string path) => _refusals.GetValueOrDefault(Workspace.Normalize(path));

    /// <summary>Resolves an import path against the importing file's folder.</summary>
    public static string Resolve(string importingFile, string importPath)
    {
        importPath = Workspace.Normalize(importPath);
        if (importPath.StartsWith('/') || Path.IsPathRooted(importPath)) return NormalizeDots(importPath);
        var folder = importingFile.Contains('/') ? importingFile[..importingFile.LastIndexOf('/')] : "";
        return NormalizeDots(folder.Length == 0 ? importPath : folder + "/" + importPath);
    }

    private static string NormalizeDots(string path)
    {
        var rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (part == ".." && rooted) continue;
            else parts.Add(part);
        }
        return (rooted ? "/" : "") + string.Join('/', parts);
    }
}
