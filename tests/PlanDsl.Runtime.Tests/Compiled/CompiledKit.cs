using PlanDsl.Compiler;
using PlanDsl.Compiler.Emit;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>Catalogs built to assemblies in a temporary folder and loaded as hosts load them; the seeds once per run.</summary>
internal static class CompiledKit
{
    private static readonly Lazy<string> FolderPath = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("plandsl-compiled-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return folder;
    });

    private static readonly Dictionary<string, Lazy<CompiledCatalog>> SeedCache = new();

    /// <summary>How many times the usual number of random cases to run (environment variable PLANDSL_DIFFERENTIAL_SCALE, default 1).</summary>
    public static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("PLANDSL_DIFFERENTIAL_SCALE"), out var n) && n > 0 ? n : 1;

    public static readonly string[] SeedNames = { "domo", "kolmisoft", "oktawave", "ombori", "otrs" };

    /// <summary>A fresh folder under the run's temporary folder.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(FolderPath.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Emits the catalog to a dll in a fresh folder and returns its path.</summary>
    public static string BuildToFile(ResolvedCatalog catalog, string sourceHash = "sha256:test", int languageVersion = PlanDslLanguage.Version) =>
        CatalogEmitter.Write(CatalogEmitter.Emit(catalog, sourceHash, languageVersion: languageVersion), NewFolder());

    /// <summary>Builds and loads the catalog; the file is deleted once loaded (the loader keeps the bytes, not the file).</summary>
    public static LoadedCatalog BuildAndLoad(ResolvedCatalog catalog, string sourceHash = "sha256:test")
    {
        var path = BuildToFile(catalog, sourceHash);
        var loaded = PlanCatalog.Load(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return loaded;
    }

    /// <summary>A seed catalog compiled, built and loaded (once per test run; never unloaded).</summary>
    public static CompiledCatalog Seed(string name)
    {
        Lazy<CompiledCatalog> lazy;
        lock (SeedCache)
        {
            if (!SeedCache.TryGetValue(name, out lazy!))
                SeedCache[name] = lazy = new Lazy<CompiledCatalog>(() =>
                {
                    var catalog = Seeds.Catalog(name);
                    var hash = SourceHash.OfFiles(catalog.SourceFiles, Seeds.Root);
                    return BuildAndLoad(catalog, hash).Catalog;
                });
        }
        return lazy.Value;
    }

    /// <summary>Compiles plan text in memory; null when it has errors.</summary>
    public static ResolvedCatalog? CompileOrNull(string text, out string diagnostics)
    {
        var result = Workspace.CompileSources(new SourceFile("random.plan", text));
        diagnostics = string.Join("\n", result.Diagnostics);
        return result.HasErrors || result.Catalogs.Count != 1 ? null : result.Catalogs[0];
    }
}
