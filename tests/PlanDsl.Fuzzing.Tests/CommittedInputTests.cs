using PlanDsl.Fuzzing;

namespace PlanDsl.Fuzzing.Tests;

/// <summary>
/// Every committed fuzz input, run in-process through its target: the issue's reproducers
/// (fuzz/seeds/&lt;target&gt;/) and the minimised inputs afl-fuzz once found (fuzz/regressions/&lt;target&gt;/).
/// An input that crashes its target again fails here, in the normal test run.
/// </summary>
public sealed class CommittedInputTests
{
    private static readonly string[] Folders = { "seeds", "regressions" };

    /// <summary>(folder, target, file name) of every committed input, paths relative to fuzz/.</summary>
    public static TheoryData<string, string, string> Inputs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var folder in Folders)
        {
            var root = Path.Combine(RepoRoot.Path, "fuzz", folder);
            if (!Directory.Exists(root)) continue;
            foreach (var targetFolder in Directory.EnumerateDirectories(root).OrderBy(d => d, StringComparer.Ordinal))
                foreach (var file in Directory.EnumerateFiles(targetFolder).Where(f => Path.GetFileName(f) != "README.md").OrderBy(f => f, StringComparer.Ordinal))
                    data.Add(folder, Path.GetFileName(targetFolder), Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_committed_input_passes_its_target(string folder, string target, string file)
    {
        var fuzzTarget = FuzzTargets.Find(target);
        Assert.True(fuzzTarget is not null, $"fuzz/{folder}/{target}: no fuzz target is named '{target}' (targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))})");
        var input = File.ReadAllBytes(Path.Combine(RepoRoot.Path, "fuzz", folder, target, file));
        try
        {
            fuzzTarget!.Run(input);
        }
        catch (Exception e)
        {
            Assert.Fail($"fuzz/{folder}/{target}/{file}: {Program.Describe(e)}\n{e}");
        }
    }

    [Fact]
    public void Every_target_has_committed_seeds()
    {
        foreach (var target in FuzzTargets.All)
            Assert.True(Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "fuzz", "seeds", target.Name)).Any(), $"fuzz/seeds/{target.Name} is empty");
    }

    [Fact]
    public void Every_regression_has_a_readme_line()
    {
        var root = Path.Combine(RepoRoot.Path, "fuzz", "regressions");
        if (!Directory.Exists(root)) return;
        foreach (var targetFolder in Directory.EnumerateDirectories(root))
        {
            var files = Directory.EnumerateFiles(targetFolder).Select(Path.GetFileName).Where(n => n != "README.md").ToList();
            if (files.Count == 0) continue;
            var readme = Path.Combine(targetFolder, "README.md");
            Assert.True(File.Exists(readme), $"{targetFolder} has no README.md");
            var text = File.ReadAllText(readme);
            foreach (var name in files)
                Assert.True(text.Contains(name!, StringComparison.Ordinal), $"{readme} does not describe {name}");
        }
    }
}
