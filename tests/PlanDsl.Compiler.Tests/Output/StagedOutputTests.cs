using System.Text;
using PlanDsl.Compiler.Output;
using PlanDsl.Compiler.Tests.Emit;

namespace PlanDsl.Compiler.Tests.Output;

/// <summary>
/// <see cref="StagedOutput"/>: a set of files is written whole or not at all, a failure while moving is
/// undone, and what a killed run left (staging folders, old-style temporary files) is finished or cleaned
/// by the next run, while a run still writing is left alone.
/// </summary>
public sealed class StagedOutputTests
{
    private const string Guid1 = "0123456789abcdef0123456789abcdef";
    private const string Guid2 = "fedcba9876543210fedcba9876543210";

    private static OutputFile File_(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    private static OutputGroup Catalog(string id, string text, bool source = true) =>
        source
            ? new OutputGroup(new[] { File_(id + ".Plans.cs", "cs " + text), File_(id + ".Plans.dll", "dll " + text) }, Array.Empty<string>())
            : new OutputGroup(new[] { File_(id + ".Plans.dll", "dll " + text) }, new[] { id + ".Plans.cs" });

    private static void Put(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Read(string folder, string name) => File.ReadAllText(Path.Combine(folder, name));

    [Fact]
    public void Every_group_is_written_and_nothing_else_is_left_in_the_folder()
    {
        var folder = Path.Combine(EmitTestKit.NewFolder(), "out");

        var paths = StagedOutput.Write(folder, new[] { Catalog("a", "1"), Catalog("b", "1") });

        Assert.Equal(new[] { "a.Plans.cs", "a.Plans.dll", "b.Plans.cs", "b.Plans.dll" }, FolderSnapshot.Names(folder));
        Assert.Equal("dll 1", Read(folder, "b.Plans.dll"));
        Assert.Equal(new[] { "a.Plans.cs", "a.Plans.dll", "b.Plans.cs", "b.Plans.dll" }.Select(n => Path.Combine(folder, n)), paths);
    }

    [Fact]
    public void A_folder_where_a_file_should_go_undoes_the_moves_already_made_and_changes_nothing()
    {
        var folder = EmitTestKit.NewFolder();
        Put(folder, "a.Plans.dll", "old a");
        Put(folder, "a.Plans.cs", "old a source");
        Directory.CreateDirectory(Path.Combine(folder, "b.Plans.dll"));
        Put(folder, "b.Plans.dll/inside", "x");
        var before = FolderSnapshot.Take(folder);

        var e = Assert.Throws<IOException>(() => StagedOutput.Write(folder, new[] { Catalog("a", "new"), Catalog("b", "new") }));

        Assert.Contains("'b.Plans.dll' is a folder", e.Message);
        Assert.Equal(before, FolderSnapshot.Take(folder));
    }

    [Fact]
    public void A_failed_write_into_a_new_folder_leaves_no_folder()
    {
        var parent = EmitTestKit.NewFolder();
        var folder = Path.Combine(parent, "out");

        Assert.ThrowsAny<IOException>(() => StagedOutput.Write(folder, new[] { new OutputGroup(File_(new string('x', 256), "too long a name")) }));

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Temporary_files_of_earlier_killed_runs_are_removed_and_other_files_kept()
    {
        var folder = EmitTestKit.NewFolder();
        Put(folder, $".aaa.Plans.dll.{Guid1}.tmp", "killed build");
        Put(folder, $".x.{Guid2}.tmp", "killed docs");
        Put(folder, ".notes.tmp", "the user's");
        Put(folder, $"keep.{Guid1}.tmp", "the user's");
        Put(folder, $".x.{Guid1}.tmp.bak", "the user's");

        StagedOutput.Write(folder, new[] { Catalog("a", "1") });

        Assert.Equal(new[] { ".notes.tmp", $".x.{Guid1}.tmp.bak", "a.Plans.cs", "a.Plans.dll", $"keep.{Guid1}.tmp" }, FolderSnapshot.Names(folder));
    }

    [Fact]
    public void A_run_killed_while_staging_leaves_a_staging_folder_that_the_next_run_deletes_without_touching_the_outputs()
    {
        var folder = EmitTestKit.NewFolder();
        Put(folder, "a.Plans.dll", "old a");
        Put(folder, $".plandsl-staging.{Guid1}/lock", "");
        Put(folder, $".plandsl-staging.{Guid1}/new/a.Plans.dll", "half written");

        StagedOutput.Write(folder, new[] { Catalog("b", "1") });

        Assert.Equal(new[] { "a.Plans.dll", "b.Plans.cs", "b.Plans.dll" }, FolderSnapshot.Names(folder));
        Assert.Equal("old a", Read(folder, "a.Plans.dll"));
    }

    [Fact]
    public void A_run_killed_in_the_middle_of_its_moves_is_finished_by_the_next_run_so_no_catalog_mixes_old_and_new_files()
    {
        // The state after "out a.Plans.dll", "out a.Plans.cs", "in a.Plans.cs": the reader sees the new
        // source and no dll (never the old dll with the new source); then the run was killed.
        var folder = EmitTestKit.NewFolder();
        var staging = $".plandsl-staging.{Guid1}";
        Put(folder, "a.Plans.cs", "cs new");
        Put(folder, "b.Plans.dll", "old b");
        Put(folder, $"{staging}/lock", "");
        Put(folder, $"{staging}/manifest", "out\ta.Plans.dll\nout\ta.Plans.cs\nin\ta.Plans.cs\nin\ta.Plans.dll\nout\tb.Plans.dll\nout\tb.Plans.cs\nin\tb.Plans.dll\n");
        Put(folder, $"{staging}/new/a.Plans.dll", "dll new");
        Put(folder, $"{staging}/new/b.Plans.dll", "dll new b");
        Put(folder, $"{staging}/old/a.Plans.dll", "old a");
        Put(folder, $"{staging}/old/a.Plans.cs", "old a source");

        StagedOutput.FinishInterrupted(folder);

        Assert.Equal(new[] { "a.Plans.cs", "a.Plans.dll", "b.Plans.dll" }, FolderSnapshot.Names(folder));
        Assert.Equal("cs new", Read(folder, "a.Plans.cs"));
        Assert.Equal("dll new", Read(folder, "a.Plans.dll"));
        Assert.Equal("dll new b", Read(folder, "b.Plans.dll"));
    }

    [Fact]
    public void The_staging_folder_of_a_run_still_writing_is_left_alone()
    {
        var folder = EmitTestKit.NewFolder();
        var staging = Path.Combine(folder, $".plandsl-staging.{Guid2}");
        Put(folder, $".plandsl-staging.{Guid2}/new/c.Plans.dll", "being written");
        using (new FileStream(Path.Combine(staging, "lock"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
        {
            StagedOutput.Write(folder, new[] { Catalog("a", "1") });

            Assert.True(File.Exists(Path.Combine(staging, "new", "c.Plans.dll")));
        }

        StagedOutput.FinishInterrupted(folder);
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_set_without_its_source_removes_the_source_of_an_earlier_write()
    {
        var folder = EmitTestKit.NewFolder();
        StagedOutput.Write(folder, new[] { Catalog("a", "1") });

        StagedOutput.Write(folder, new[] { Catalog("a", "2", source: false) });

        Assert.Equal(new[] { "a.Plans.dll" }, FolderSnapshot.Names(folder));
        Assert.Equal("dll 2", Read(folder, "a.Plans.dll"));
    }
}
