using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Syntax;

/// <summary>Reads a plan file's text by path; null when there is no such file.</summary>
public interface IFileReader
{
    string? Read(string path, out string? error);
}

internal sealed class DiskFileReader : IFileReader
{
    private readonly string _root;

    /// <param name="root">The folder relative paths are read from.</param>
    public DiskFileReader(string root) => _root = root;

    public string? Read(string path, out string? error)
    {
        error = null;
        try
        {
            var full = Path.GetFullPath(path, _root);
            return File.Exists(full) ? File.ReadAllText(full) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }
}

internal sealed class MemoryFileReader : IFileReader
{
    private readonly Dictionary<string, string> _files;

    public MemoryFileReader(IEnumerable<SourceFile> files) =>
        _files = files.GroupBy(f => Workspace.Normalize(f.Path)).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);

    public string? Read(string path, out string? error)
    {
        error = null;
        return _files.TryGetValue(path, out var text) ? text : null;
    }
}

/// <summary>Every file parsed in one compilation, each parsed once, keyed by normalized path.</summary>
public sealed class SourceSet
{
    private readonly IFileReader _reader;
    private readonly Dictionary<string, ParsedFile?> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _errors = new(StringComparer.Ordinal);

    public SourceSet(IFileReader reader) => _reader = reader;

    public int Count => _parsed.Values.Count(p => p is not null);

    /// <summary>The parsed file, or null when it does not exist or cannot be read (see <see cref="ErrorOf"/>).</summary>
    public ParsedFile? Get(string path)
    {
        path = Workspace.Normalize(path);
        if (_parsed.TryGetValue(path, out var known)) return known;
        var text = _reader.Read(path, out var error);
        _errors[path] = error;
        var result = text is null ? null : ParsedFile.Parse(new SourceFile(path, text));
        _parsed[path] = result;
        return result;
    }

    /// <summary>Gives a file already parsed (by an editor, incrementally), so that it is not parsed again.</summary>
    public void Add(ParsedFile file) => _parsed[Workspace.Normalize(file.File.Path)] = file;

    /// <summary>A file's text as it is (not parsed), or null when it does not exist or cannot be read.</summary>
    public string? ReadText(string path) => _reader.Read(Workspace.Normalize(path), out _);

    public string? ErrorOf(string path) => _errors.GetValueOrDefault(Workspace.Normalize(path));

    /// <summary>Resolves an import path against the importing file's folder.</summary>
    public static string Resolve(string importingFile, string importPath)
    {
        importPath = Workspace.Normalize(importPath);
        if (importPath.StartsWith('/')) return NormalizeDots(importPath);
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
            else parts.Add(part);
        }
        return (rooted ? "/" : "") + string.Join('/', parts);
    }
}
