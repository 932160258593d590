using PlanDsl.Compiler;
using PlanDsl.Compiler.Emit;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Bench;

/// <summary>A seed catalog twice: as the interpreter sees it (the resolved model) and built to an assembly, loaded as hosts load it.</summary>
public sealed class BenchCatalog
{
    public BenchCatalog(ResolvedCatalog model, LoadedCatalog loaded)
    {
        Model = model;
        Loaded = loaded;
        Calendars = new CalendarSet(model);
        Interpreter = new TicketEvaluator(model, Calendars);
    }

    public ResolvedCatalog Model { get; }

    public LoadedCatalog Loaded { get; }

    public CompiledCatalog Compiled => Loaded.Catalog;

    public CalendarSet Calendars { get; }

    public TicketEvaluator Interpreter { get; }

    public PlanModel Plan(string id) => Model.FindPlan(id) ?? throw new InvalidOperationException($"no plan '{id}' in {Model.Id}");
}

/// <summary>
/// The seed catalogs under plans/, compiled in-process (for the interpreter) and built with the back end of
/// <c>plandsl build</c> into a temporary folder, then loaded with <see cref="PlanCatalog.Load"/>. BenchmarkDotNet
/// runs every case in its own process: the built dlls are kept in a folder named by the sources' hash, so
/// each catalog is built once per run and every process loads the same files.
/// </summary>
public static class BenchCatalogs
{
    private static readonly Dictionary<string, BenchCatalog> Cache = new(StringComparer.Ordinal);

    /// <summary>The repository root: PLANDSL_ROOT, or the first folder above this program holding PlanDsl.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static BenchCatalog Get(string seed)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(seed, out var known)) return known;
            // The seeds import plans/shared: their root is plans/, as `plandsl check plans/oktawave --root plans`.
            var result = Workspace.CompileAll(new[] { Path.Combine("plans", seed) }, Root, root: "plans");
            if (result.HasErrors || result.Catalogs.Count != 1)
                throw new InvalidOperationException($"plans/{seed} does not compile: {string.Join("; ", result.Diagnostics)}");
            var model = result.Catalogs[0];
            var hash = SourceHash.OfFiles(model.SourceFiles, Root);
            var folder = Path.Combine(Path.GetTempPath(), "plandsl-bench", CatalogEmitter.CompilerVersion + "-" + hash.Replace("sha256:", "")[..16]);
            var dll = Path.Combine(folder, CatalogEmitter.AssemblyNameOf(model.Id) + ".dll");
            if (!File.Exists(dll))
            {
                Directory.CreateDirectory(folder);
                CatalogEmitter.Write(CatalogEmitter.Emit(model, hash), folder);
            }
            var catalog = new BenchCatalog(model, PlanCatalog.Load(dll));
            Cache[seed] = catalog;
            return catalog;
        }
    }

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("PLANDSL_ROOT") is { Length: > 0 } given) return Path.GetFullPath(given);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PlanDsl.sln")) && Directory.Exists(Path.Combine(dir.FullName, "plans")))
                    return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (PlanDsl.sln); set PLANDSL_ROOT");
    }
}
