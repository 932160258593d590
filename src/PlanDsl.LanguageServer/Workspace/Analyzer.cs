using System.Collections.Concurrent;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;
using CompilerWorkspace = PlanDsl.Compiler.Workspace;

namespace PlanDsl.LanguageServer.Workspace;

/// <summary>
/// Compiles catalogs on the compiler's front end and publishes their diagnostics. A change recompiles
/// only the catalogs that contain the changed file, after a quiet period (the debounce). Keeps the
/// last model that compiled without errors for each catalog, for hovers and hints while the text has
/// errors.
/// </summary>
public sealed class Analyzer
{
    private readonly PlanWorkspace _workspace;
    private readonly Func<string, int?, IReadOnlyList<Diagnostic>, Task> _publish;
    private readonly ConcurrentDictionary<string, CatalogAnalysis> _analyses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ResolvedCatalog> _lastGood = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly object _gate = new();
    private CancellationTokenSource _debounce = new();
    private Task _idle = Task.CompletedTask;

    public Analyzer(PlanWorkspace workspace, TimeSpan debounce, Func<string, int?, IReadOnlyList<Diagnostic>, Task> publish)
    {
        _workspace = workspace;
        Debounce = debounce;
        _publish = publish;
    }

    public TimeSpan Debounce { get; set; }

    /// <summary>Completes when no analysis is scheduled or running.</summary>
    public Task WhenIdle { get { lock (_gate) return _idle; } }

    /// <summary>Schedules the files' catalogs for compiling after the debounce.</summary>
    public void Schedule(IEnumerable<string> paths)
    {
        CancellationToken token;
        lock (_gate)
        {
            foreach (var path in paths) _pending.Add(path);
            _debounce.Cancel();
            _debounce = new CancellationTokenSource();
            token = _debounce.Token;
            _idle = RunAfterAsync(Debounce, token);
        }
    }

    private async Task RunAfterAsync(TimeSpan delay, CancellationToken token)
    {
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, token).ConfigureAwait(false);
            else await Task.Yield();
        }
        catch (OperationCanceledException) { return; }
        await _running.WaitAsync().ConfigureAwait(false);
        try
        {
            string[] paths;
            lock (_gate) { paths = _pending.ToArray(); _pending.Clear(); }
            if (paths.Length > 0) await AnalyzeAsync(paths).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync("plandsl-ls: analysis failed: " + e).ConfigureAwait(false);
        }
        finally { _running.Release(); }
    }

    /// <summary>Compiles the catalogs of the files now and publishes the diagnostics of every file they contain.</summary>
    public async Task AnalyzeAsync(IReadOnlyCollection<string> paths)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        var orphans = new List<string>();
        foreach (var path in paths)
        {
            var catalogs = _workspace.CatalogsOf(path);
            if (catalogs.Count == 0)
            {
                // A file of no catalog: compile it alone; drop analyses of catalogs it left.
                foreach (var stale in _analyses.Values.Where(a => a.Files.Contains(path, StringComparer.Ordinal)).ToList())
                    if (_workspace.Get(stale.Entry) is not { HasCatalog: true }) _analyses.TryRemove(stale.Entry, out _);
                if (_workspace.Get(path) is not null) orphans.Add(path);
                else _analyses.TryRemove(path, out _);
            }
            foreach (var entry in catalogs) entries.Add(entry);
        }

        var touched = new HashSet<string>(paths, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var previous = _analyses.GetValueOrDefault(entry);
            if (previous is not null) touched.UnionWith(previous.Files);
            var analysis = Compile(entry, _workspace.Closure(entry), catalog: true);
            _analyses[entry] = analysis;
            touched.UnionWith(analysis.Files);
        }
        foreach (var orphan in orphans)
        {
            var analysis = Compile(orphan, new[] { orphan }, catalog: false);
            _analyses[orphan] = analysis;
        }
        // A catalog entry that stopped being one leaves its analysis behind: drop it.
        foreach (var gone in _analyses.Keys.Where(k => _workspace.Get(k) is not { } d || (!d.HasCatalog && _workspace.CatalogsOf(k).Count > 0)).ToList())
            if (_analyses.TryRemove(gone, out var old)) touched.UnionWith(old.Files);

        foreach (var path in touched.OrderBy(p => p, StringComparer.Ordinal))
        {
            var document = _workspace.Get(path);
            var diagnostics = DiagnosticsOf(path);
            if (document is null && diagnostics.Count == 0 && !_published.Contains(path)) continue;
            lock (_published) { if (diagnostics.Count > 0) _published.Add(path); else _published.Remove(path); }
            await _publish(path, document?.Version, diagnostics).ConfigureAwait(false);
        }
        // Build the syntax of the changed files in the background, off the typing path (the next
        // analysis does not wait for it), so that completion finds an up-to-date index.
        _ = Task.Run(() =>
        {
            foreach (var path in paths)
            {
                lock (_gate) { if (_pending.Count > 0) return; }
                if (_workspace.Get(path) is { IsSyntaxBuilt: false } changed) _ = changed.Syntax;
            }
        });
    }

    private CatalogAnalysis Compile(string entry, IReadOnlyList<string> files, bool catalog)
    {
        var parsed = files.Select(_workspace.Get).Where(d => d is not null).Select(d => d!.Parsed).ToArray();
        var result = CompilerWorkspace.CompileParsed(parsed, LintConfigBeside(entry), _workspace.Roots);
        var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (!catalog && diagnostic.Code == "PD0005") continue;
            var path = diagnostic.Span.IsNone ? entry : diagnostic.Span.Path;
            if (!byPath.TryGetValue(path, out var list)) byPath[path] = list = new List<Diagnostic>();
            list.Add(diagnostic);
        }
        var model = result.Catalogs.Count > 0 ? result.Catalogs[0] : null;
        if (model is not null) _lastGood[entry] = model;
        return new CatalogAnalysis(entry, files, byPath, model);
    }

    /// <summary>The lint configuration file beside a catalog, read from disk (editors do not open it as a plan).</summary>
    private static SourceFile[] LintConfigBeside(string entry)
    {
        var path = PlanDsl.Compiler.Analysis.LintConfigFile.PathFor(entry);
        var text = PlanDsl.Compiler.Files.PlanFileAccess.Read(path, root: null, ".json").Text;
        return text is null ? Array.Empty<SourceFile>() : new[] { new SourceFile(path, text) };
    }

    /// <summary>The diagnostics of a file over every catalog it belongs to, without duplicates.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsOf(string path) =>
        _analyses.Values.Where(a => a.DiagnosticsByPath.ContainsKey(path))
            .SelectMany(a => a.DiagnosticsByPath[path])
            .DistinctBy(d => (d.Code, d.Span, d.Message))
            .ToList();

    /// <summary>The latest model that compiled without errors of a catalog the file belongs to.</summary>
    public ResolvedCatalog? ModelOf(string path)
    {
        foreach (var entry in _workspace.CatalogsOf(path))
            if (_lastGood.TryGetValue(entry, out var model)) return model;
        return null;
    }
}
