using PlanDsl.Cli.Commands;
using PlanDsl.Compiler.Tests.Emit;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Output;

/// <summary>
/// <c>plandsl build</c> and <c>plandsl docs</c> write their whole set of files or nothing, clean what killed
/// runs left, and never leave one catalog's files from two builds side by side.
/// </summary>
public sealed class BuildAndDocsOutputTests
{
    private static string Tiny(string id, string response = "8 h") =>
        EmitTestKit.Tiny.Replace("catalog tiny \"Tiny\"", $"catalog {id} \"Catalog {id[..1]}\"", StringComparison.Ordinal)
            .Replace("8 h", response, StringComparison.Ordinal);

    private static int Build(string plans, bool emitSource, out string stdout, out string stderr, params string[] paths)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BuildCommand.Run(paths, "out", emitSource, output, error, plans);
        (stdout, stderr) = (output.ToString(), error.ToString());
        return exit;
    }

    /// <summary>An output folder holding an earlier build of <c>aaa</c> (with its source).</summary>
    private static (string Plans, string Out) EarlierBuild(params (string Path, string Text)[] more)
    {
        var plans = EmitTestKit.PlanFolder(new[] { ("aaa/catalog.plan", Tiny("aaa", "6 h")) }.Concat(more).ToArray());
        Assert.Equal(0, Build(plans, true, out _, out _, "aaa"));
        return (plans, Path.Combine(plans, "out"));
    }

    [Fact]
    public void The_reproducer_aaa_and_a_230_character_id_fails_and_leaves_the_output_folder_byte_identical()
    {
        // The reproducer: aaa.Plans.dll used to be written before the long id failed in emit. The
        // id is now refused by the compiler (PD0214), and the build writes nothing, not even aaa's files.
        var id = new string('b', 230);
        var (plans, folder) = EarlierBuild(("long/catalog.plan", Tiny(id)));
        File.WriteAllText(Path.Combine(plans, "aaa", "catalog.plan"), Tiny("aaa", "7 h"));
        var before = FolderSnapshot.Take(folder);

        var exit = Build(plans, true, out var stdout, out var stderr, "aaa", "long");

        Assert.Equal(1, exit);
        Assert.Equal(before, FolderSnapshot.Take(folder));
        Assert.Contains("error PD0214", stdout + stderr);
        Assert.DoesNotContain(" -> ", stdout);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public void A_build_with_a_folder_where_a_catalogs_dll_should_go_changes_nothing_in_the_output_folder()
    {
        var (plans, folder) = EarlierBuild(("bbb/catalog.plan", Tiny("bbb")));
        File.WriteAllText(Path.Combine(plans, "aaa", "catalog.plan"), Tiny("aaa", "7 h"));
        Directory.CreateDirectory(Path.Combine(folder, "bbb.Plans.dll"));
        var before = FolderSnapshot.Take(folder);

        var exit = Build(plans, true, out var stdout, out var stderr, "aaa", "bbb");

        Assert.Equal(2, exit);
        Assert.Equal(before, FolderSnapshot.Take(folder));
        Assert.Equal("plandsl: error: cannot write to 'out': 'bbb.Plans.dll' is a folder, where the file should go; no assembly written" + Environment.NewLine, stderr);
        Assert.DoesNotContain(" -> ", stdout);
    }

    [Fact]
    public void Catalogs_aaa_and_one_with_the_longest_id_build_both_and_leave_no_temporary_file()
    {
        var id = new string('b', 128);
        var plans = EmitTestKit.PlanFolder(("aaa/catalog.plan", Tiny("aaa")), ("long/catalog.plan", Tiny(id)));

        Assert.Equal(0, Build(plans, true, out _, out var stderr, "aaa", "long"));

        Assert.Equal("", stderr);
        Assert.Equal(new[] { "aaa.Plans.cs", "aaa.Plans.dll", id + ".Plans.cs", id + ".Plans.dll" }, FolderSnapshot.Names(Path.Combine(plans, "out")));
    }

    [Fact]
    public void A_new_build_with_other_catalogs_replaces_each_catalogs_files_as_a_set_and_leaves_the_others()
    {
        var (plans, folder) = EarlierBuild(("bbb/catalog.plan", Tiny("bbb")), ("ccc/catalog.plan", Tiny("ccc")));
        Assert.Equal(0, Build(plans, true, out _, out _, "aaa", "bbb"));
        var oldAaa = File.ReadAllBytes(Path.Combine(folder, "aaa.Plans.dll"));
        var bbb = FolderSnapshot.Take(folder).Where(e => e.StartsWith("bbb.", StringComparison.Ordinal)).ToList();
        File.WriteAllText(Path.Combine(plans, "aaa", "catalog.plan"), Tiny("aaa", "5 h"));

        Assert.Equal(0, Build(plans, false, out _, out _, "aaa", "ccc"));

        // aaa's source of the old build is gone with its old dll; bbb, not built this time, is untouched.
        Assert.Equal(new[] { "aaa.Plans.dll", "bbb.Plans.cs", "bbb.Plans.dll", "ccc.Plans.dll" }, FolderSnapshot.Names(folder));
        Assert.NotEqual(oldAaa, File.ReadAllBytes(Path.Combine(folder, "aaa.Plans.dll")));
        Assert.Equal(bbb, FolderSnapshot.Take(folder).Where(e => e.StartsWith("bbb.", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void A_build_cleans_what_a_killed_build_left_in_the_output_folder()
    {
        var (plans, folder) = EarlierBuild();
        File.WriteAllText(Path.Combine(folder, ".aaa.Plans.dll.0123456789abcdef0123456789abcdef.tmp"), "killed");
        Directory.CreateDirectory(Path.Combine(folder, ".plandsl-staging.0123456789abcdef0123456789abcdef", "new"));
        File.WriteAllText(Path.Combine(folder, ".plandsl-staging.0123456789abcdef0123456789abcdef", "new", "aaa.Plans.dll"), "half");

        Assert.Equal(0, Build(plans, true, out _, out _, "aaa"));

        Assert.Equal(new[] { "aaa.Plans.cs", "aaa.Plans.dll" }, FolderSnapshot.Names(folder));
    }

    [Fact]
    public void Docs_clean_a_killed_runs_temporary_files_and_a_failed_docs_run_changes_nothing()
    {
        var folder = EmitTestKit.NewFolder();
        File.WriteAllText(Path.Combine(folder, ".domo.en.md.0123456789abcdef0123456789abcdef.tmp"), "killed");
        File.WriteAllText(Path.Combine(folder, "domo.en.html"), "old html");
        Directory.CreateDirectory(Path.Combine(folder, "domo.en.md"));
        var error = new StringWriter();

        var failed = DocsCommand.Run(new[] { "plans/domo" }, folder, "md,html", "en", null, TextWriter.Null, error, RepoPaths.Root);

        Assert.Equal(2, failed);
        Assert.Contains("plandsl: error: cannot write to ", error.ToString());
        Assert.Contains("'domo.en.md' is a folder", error.ToString());
        Assert.Equal("old html", File.ReadAllText(Path.Combine(folder, "domo.en.html")));
        Assert.Equal(new[] { "domo.en.html", "domo.en.md" }, FolderSnapshot.Names(folder));

        Directory.Delete(Path.Combine(folder, "domo.en.md"));
        Assert.Equal(0, DocsCommand.Run(new[] { "plans/domo" }, folder, "md,html", "en", null, TextWriter.Null, TextWriter.Null, RepoPaths.Root));
        Assert.Equal(new[] { "domo.en.html", "domo.en.md" }, FolderSnapshot.Names(folder));
        Assert.NotEqual("old html", File.ReadAllText(Path.Combine(folder, "domo.en.html")));
    }
}
