using PlanDsl.Cli.Commands;
using PlanDsl.Compiler.Tests.Infrastructure;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Seeds;

/// <summary>The five seed catalogs compile clean, and their resolved models match the approved dumps.</summary>
public class SeedCatalogTests
{
    public static TheoryData<string> Catalogs => new() { "ombori", "kolmisoft", "otrs", "domo", "oktawave" };

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Seed_catalog_compiles_without_diagnostics_and_matches_its_baseline(string name)
    {
        var result = Workspace.CompileAll(new[] { "plans/" + name }, RepoPaths.Root, root: "plans");

        Assert.Empty(result.Diagnostics.Select(d => d.ToMsBuildString()));
        var catalog = Assert.Single(result.Catalogs);
        Assert.Equal(name, catalog.Id);
        Approvals.Verify(ModelDump.Write(catalog), $"Seeds/Baselines/{name}.dump.txt");
    }

    [Fact]
    public void Check_of_the_plans_folder_exits_zero_with_no_warnings()
    {
        var output = new StringWriter();

        var exit = CheckCommand.Run(new[] { "plans/" }, dump: false, output, RepoPaths.Root);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.Contains(": warning ") || l.Contains(": error "));
        Assert.Equal("5 catalog(s), 6 file(s): 0 error(s), 0 warning(s)", lines[^1].TrimEnd());
    }

    [Fact]
    public void Compiling_twice_gives_identical_models()
    {
        var first = Workspace.CompileAll(new[] { "plans/" }, RepoPaths.Root).Catalogs.Select(ModelDump.Write).ToList();
        var second = Workspace.CompileAll(new[] { "plans/" }, RepoPaths.Root).Catalogs.Select(ModelDump.Write).ToList();

        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);
    }
}
