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

    public static LoadedCatalog BuildAndLoad(ResolvedCatalog catalog) => PlanCatalog.Load(BuildToFile(catalog));

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
                    return PlanCatalog.Load(BuildToFile(catalog, hash)).Catalog;
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
