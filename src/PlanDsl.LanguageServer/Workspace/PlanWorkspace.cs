using System.Collections.Concurrent;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.LanguageServer.Workspace;

/// <summary>
/// The documents the server knows: every .plan file under the workspace folders (read from disk) and
/// every open document (the editor's text wins over the disk). Thread-safe: documents are immutable
/// snapshots replaced as a whole.
/// </summary>
public sealed class PlanWorkspace
{
    private readonly ConcurrentDictionary<string, Document> _documents = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Roots { get; private set; } = Array.Empty<string>();

    public IEnumerable<Document> Documents => _documents.Values;

    public Document? Get(string path) => _documents.GetValueOrDefault(path);

    public Document? GetByUri(string uri) => Get(DocumentUris.ToPath(uri));

    /// <summary>Reads every .plan file under the folders; returns their paths.</summary>
    public IReadOnlyList<string> LoadFolders(IEnumerable<string> folders)
    {
        Roots = folders.Select(DocumentUris.Normalize).Distinct().ToArray();
        var loaded = new List<string>();
        foreach (var root in Roots)
        {
            if (!Directory.Exists(root)) continue;
            IEnumerable<string> files;
            try { files = Directory.EnumerateFiles(root, "*.plan", SearchOption.AllDirectories).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            foreach (var file in files)
            {
                var path = DocumentUris.Normalize(Path.GetFullPath(file));
                if (IsIgnored(path) || _documents.ContainsKey(path)) continue;
                if (ReadDisk(path) is { } text) { _documents[path] = new Document(path, text, 0, false); loaded.Add(path); }
            }
        }
        return loaded;
    }

    private static bool IsIgnored(string path) =>
        path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/obj/", StringComparison.Ordinal)
        || path.Contains("/node_modules/", StringComparison.Ordinal) || path.Contains("/.git/", StringComparison.Ordinal);

    public Document Open(string uri, string text, int version)
    {
        var path = DocumentUris.ToPath(uri);
        var old = Get(path);
        var document = new Document(path, text, version, true, old?.LatestBuilt, old?.LatestParsed);
        _documents[path] = document;
        return document;
    }

    public Document? Change(string uri, int? version, string text)
    {
        var path = DocumentUris.ToPath(uri);
        var old = Get(path);
        var document = new Document(path, text, version ?? (old?.Version ?? 0) + 1, true, old?.LatestBuilt, old?.LatestParsed);
        _documents[path] = document;
        return document;
    }

    /// <summary>Closing a document falls back to the file on disk, or forgets it when there is none.</summary>
    public Document? Close(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (ReadDisk(path) is { } text)
        {
            var document = new Document(path, text, 0, false);
            _documents[path] = document;
            return document;
        }
        _documents.TryRemove(path, out _);
        return null;
    }

    /// <summary>A plan file's text by the compiler's rule (regular, bounded, never blocking); null when missing or refused.</summary>
    private static string? ReadDisk(string path) => PlanDsl.Compiler.Files.PlanFileAccess.Read(path, root: null).Text;

    /// <summary>The files of the catalog whose entry is <paramref name="entry"/>: it and its imports, transitively.</summary>
    public IReadOnlyList<string> Closure(string entry)
    {
        var files = new List<string> { entry };
        var seen = new HashSet<string>(StringComparer.Ordinal) { entry };
        for (var i = 0; i < files.Count; i++)
        {
            if (Get(files[i]) is not { } document) continue;
            foreach (var import in document.Imports)
            {
                var path = SourceSet.Resolve(files[i], import);
                if (seen.Add(path) && _documents.ContainsKey(path)) files.Add(path);
            }
        }
        return files;
    }

    /// <summary>The catalog entry files (files that declare a catalog).</summary>
    public IEnumerable<string> CatalogEntries => _documents.Values.Where(d => d.HasCatalog).Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>The catalogs a file belongs to (its own, or those that import it).</summary>
    public IReadOnlyList<string> CatalogsOf(string path) =>
        CatalogEntries.Where(e => e == path || Closure(e).Contains(path, StringComparer.Ordinal)).ToList();

    /// <summary>Every file that shares a catalog with <paramref name="path"/> (itself included).</summary>
    public IReadOnlyList<Document> Neighbours(string path)
    {
        var catalogs = CatalogsOf(path);
        var paths = catalogs.Count == 0 ? new[] { path } : catalogs.SelectMany(Closure).Append(path).Distinct(StringComparer.Ordinal);
        return paths.Select(Get).Where(d => d is not null).Select(d => d!).ToList();
    }
}
