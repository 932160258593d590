using PlanDsl.Compiler;
using PlanDsl.Compiler.Analysis;
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
            var result = Workspace.CompileAll(new[] { "plans/" + name }, Root, root: "plans");
            if (result.HasErrors) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            catalog = result.Catalogs.Single();
            Cache[name] = catalog;
            return catalog;
        }
    }

    /// <summary>
    /// Compiles an inline catalog; fails the test on any diagnostic but the analyses' warnings: those judge
    /// the terms (a cap that cuts a step, rules that overlap), which a runtime test may choose on purpose.
    /// </summary>
    public static ResolvedCatalog Compile(string text)
    {
        var result = Workspace.CompileSources(new SourceFile("test.plan", text));
        var problems = result.Diagnostics.Where(d => d.IsError || CatalogChecks.RuleOf(d.Code) is null).ToList();
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems));
        return result.Catalogs.Single();
    }
}
