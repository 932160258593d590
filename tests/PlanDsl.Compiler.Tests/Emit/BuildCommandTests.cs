using System.Reflection;
using PlanDsl.Cli.Commands;
using PlanDsl.Runtime.Compiled;

namespace PlanDsl.Compiler.Tests.Emit;

/// <summary><c>plandsl build</c>: diagnostics in the MSBuild format and no dll on errors; one dll per catalog otherwise.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void A_catalog_with_an_error_writes_no_dll_and_exits_1()
    {
        var plans = EmitTestKit.PlanFolder(
            ("good/catalog.plan", EmitTestKit.Tiny),
            ("bad/catalog.plan", "catalog bad \"Bad\" { timezone: \"Mars/Olympus\" }\n"));
        var output = Path.Combine(plans, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(new[] { "." }, "out", emitSource: true, stdout, stderr, plans);
        Assert.Equal(1, exit);
        Assert.Matches(@"(?m)^bad/catalog\.plan\(1,\d+\): error PD0301: ", stdout.ToString());
        Assert.Contains("no assembly written", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "the build wrote files although it failed");
    }

    [Fact]
    public void A_good_catalog_gives_one_dll_named_like_its_assembly_and_its_source()
    {
        var plans = EmitTestKit.PlanFolder(("tiny/catalog.plan", EmitTestKit.Tiny));
        var stdout = new StringWriter();
        var exit = BuildCommand.Run(new[] { "tiny" }, "bin/plans", emitSource: true, stdout, TextWriter.Null, plans);
        Assert.Equal(0, exit);
        Assert.Equal("tiny -> bin/plans/tiny.Plans.dll" + Environment.NewLine, stdout.ToString());
        var dll = Path.Combine(plans, "bin", "plans", "tiny.Plans.dll");
        Assert.Equal("tiny.Plans", AssemblyName.GetAssemblyName(dll).Name);
        Assert.True(File.Exists(Path.Combine(plans, "bin", "plans", "tiny.Plans.cs")));
        Assert.Equal(new[] { "tiny.Plans.cs", "tiny.Plans.dll" }, Directory.GetFiles(Path.GetDirectoryName(dll)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var loaded = PlanCatalog.Load(dll);
        Assert.Equal("tiny", loaded.Catalog.CatalogId);
        Assert.StartsWith("sha256:", loaded.Catalog.SourceHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_emit_source_only_the_dll_is_written_and_a_rebuild_replaces_it()
    {
        var plans = EmitTestKit.PlanFolder(("tiny/catalog.plan", EmitTestKit.Tiny));
        Assert.Equal(0, BuildCommand.Run(new[] { "tiny" }, "out", emitSource: false, TextWriter.Null, TextWriter.Null, plans));
        var dll = Path.Combine(plans, "out", "tiny.Plans.dll");
        var before = File.ReadAllBytes(dll);
        File.WriteAllText(Path.Combine(plans, "tiny", "catalog.plan"), EmitTestKit.Tiny.Replace("8 h", "4 h", StringComparison.Ordinal));
        Assert.Equal(0, BuildCommand.Run(new[] { "tiny" }, "out", emitSource: false, TextWriter.Null, TextWriter.Null, plans));
        Assert.Equal(new[] { "tiny.Plans.dll" }, Directory.GetFiles(Path.Combine(plans, "out")).Select(Path.GetFileName));
        Assert.NotEqual(before, File.ReadAllBytes(dll));
    }

    [Fact]
    public void The_command_line_runs_build()
    {
        var plans = EmitTestKit.PlanFolder(("tiny/catalog.plan", EmitTestKit.Tiny));
        var previous = Directory.GetCurrentDirectory();
        var stdout = Console.Out;
        try
        {
            Directory.SetCurrentDirectory(plans);
            Console.SetOut(TextWriter.Null);
            Assert.Equal(0, PlanDsl.Cli.Program.Main(new[] { "build", "tiny", "-o", "out" }));
        }
        finally
        {
            Console.SetOut(stdout);
            Directory.SetCurrentDirectory(previous);
        }
        Assert.True(File.Exists(Path.Combine(plans, "out", "tiny.Plans.dll")));
    }
}
