using PlanDsl.Compiler;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tests.Infrastructure;

/// <summary>The seed catalogs, compiled once per test run, and small inline catalogs.</summary>
public static class Seeds
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanDsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("PlanDsl.sln not found above the test folder");
    });

    private static readonly Dictionary<string, ResolvedCatalog> Cache = new();

    public static string Root => RootFolder.Value;

    public static ResolvedCatalog Catalog(string name)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(name, out var catalog)) return catalog;
            var result = Workspace.CompileAll(new[] { "plans/" + name }, Root);
            if (result.HasErrors) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            catalog = result.Catalogs.Single();
            Cache[name] = catalog;
            return catalog;
        }
    }

    /// <summary>Compiles an inline catalog; fails the test on any diagnostic.</summary>
    public static ResolvedCatalog Compile(string text)
    {
        var result = Workspace.CompileSources(new SourceFile("test.plan", text));
        if (result.Diagnostics.Count > 0) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result.Catalogs.Single();
    }
}
