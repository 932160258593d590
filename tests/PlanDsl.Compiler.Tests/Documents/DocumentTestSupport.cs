using PlanDsl.Compiler.Documents;
using PlanDsl.Compiler.Tests.Infrastructure;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Documents;

/// <summary>The seed catalogs, compiled once, and their documents.</summary>
internal static class DocumentTestSupport
{
    public static readonly string[] Seeds = { "domo", "kolmisoft", "oktawave", "ombori", "otrs" };
    public static readonly string[] Languages = { "en", "pl", "fr" };

    private static readonly Lazy<IReadOnlyList<ResolvedCatalog>> catalogs = new(() =>
    {
        var result = Workspace.CompileAll(new[] { "plans/" }, RepoPaths.Root);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Catalogs;
    });

    private static readonly Lazy<DocumentSet> all = new(() =>
        DocumentGenerator.Generate(Catalogs, new DocumentOptions(new[] { "md", "html" }, Languages), RepoPaths.Root));

    public static IReadOnlyList<ResolvedCatalog> Catalogs => catalogs.Value;

    public static ResolvedCatalog Catalog(string id) => Catalogs.Single(c => c.Id == id);

    /// <summary>Every document of the five seeds in en, pl and fr, Markdown and HTML.</summary>
    public static DocumentSet All => all.Value;

    public static string Text(string fileName) => All.Documents.Single(d => d.FileName == fileName).Text;
}
