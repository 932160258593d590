using System.Diagnostics;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Files;

namespace PlanDsl.Compiler.Tests.Files;

/// <summary>
/// Issue 11, item 5: imports resolve only to regular .plan files of bounded size inside the catalog's
/// root. Each reproducer gets its own code at the span of the import's path, quotes nothing of the
/// refused file, and never hangs (each compile runs under a time limit).
/// </summary>
public sealed class ImportRuleTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("plandsl-imports-").FullName;
    private string Catalog => Path.Combine(_folder, "cat");

    public ImportRuleTests() => Directory.CreateDirectory(Catalog);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Compiles cat/catalog.plan importing <paramref name="import"/>, with the base (and root) folder <c>cat</c>.</summary>
    private IReadOnlyList<Diagnostic> CompileImporting(string import, string? root = null)
    {
        File.WriteAllText(Path.Combine(Catalog, "catalog.plan"), $"import \"{import}\"\ncatalog c \"C\" {{ language: en }}\n");
        return WithinLimit(() => Workspace.CompileAll(new[] { "catalog.plan" }, Catalog, root)).Diagnostics;
    }

    private static CompilationResult WithinLimit(Func<CompilationResult> compile)
    {
        var task = Task.Run(compile);
        Assert.True(task.Wait(Limit), $"the compile did not finish within {Limit}");
        return task.Result;
    }

    private static void AssertRefused(IReadOnlyList<Diagnostic> diagnostics, string code, string import, params string[] secrets)
    {
        var d = Assert.Single(diagnostics);
        Assert.Equal(code, d.Code);
        // The span of the quoted path: `import "` is 7 characters, the path with its quotes follows.
        Assert.Equal(("catalog.plan", 1, 8, 1, 8 + import.Length + 2), (d.Span.Path, d.Span.Line, d.Span.Column, d.Span.EndLine, d.Span.EndColumn));
        Assert.Contains($"'{import}'", d.Message);
        foreach (var secret in secrets) Assert.DoesNotContain(secret, d.Message);
    }

    private static string FirstLineOf(string path) => File.ReadLines(path).First();

    [Fact]
    public void An_absolute_import_of_etc_passwd_is_outside_the_root() =>
        AssertRefused(CompileImporting("/etc/passwd"), "PD0011", "/etc/passwd", FirstLineOf("/etc/passwd"), "root:");

    [Fact]
    public void A_dot_dot_traversal_is_outside_the_root() =>
        AssertRefused(CompileImporting("../../../../etc/shadow"), "PD0011", "../../../../etc/shadow");

    [Fact]
    public void Proc_self_environ_is_outside_the_root() =>
        AssertRefused(CompileImporting("/proc/self/environ"), "PD0011", "/proc/self/environ", "PATH=", "HOME=");

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_is_outside_the_root(string device) =>
        AssertRefused(CompileImporting(device), "PD0011", device);

    [Fact]
    public void A_device_inside_a_wide_root_is_not_a_plan_file() =>
        AssertRefused(CompileImporting("/dev/zero", root: "/"), "PD0012", "/dev/zero");

    [Fact]
    public void A_link_to_a_device_inside_a_wide_root_is_not_a_regular_file_and_is_not_read()
    {
        File.CreateSymbolicLink(Path.Combine(Catalog, "zero.plan"), "/dev/zero");
        var d = CompileImporting("zero.plan", root: "/");
        AssertRefused(d, "PD0013", "zero.plan");
        Assert.Contains("a character device", d[0].Message);
    }

    [Fact]
    public void A_fifo_is_not_a_regular_file_and_does_not_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(Catalog, "pipe.plan");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        Assert.True(File.Exists(fifo));
        var d = CompileImporting("pipe.plan");
        AssertRefused(d, "PD0013", "pipe.plan");
        Assert.Contains("a FIFO", d[0].Message);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_root_is_refused()
    {
        var outside = Path.Combine(_folder, "secret.plan");
        File.WriteAllText(outside, "SECRET-TOKEN-42 catalog x { }");
        File.CreateSymbolicLink(Path.Combine(Catalog, "link.plan"), outside);
        AssertRefused(CompileImporting("link.plan"), "PD0014", "link.plan", "SECRET-TOKEN-42");
    }

    [Fact]
    public void A_linked_folder_out_of_the_root_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "elsewhere"));
        File.WriteAllText(Path.Combine(_folder, "elsewhere", "h.plan"), "SECRET-TOKEN-43");
        Directory.CreateSymbolicLink(Path.Combine(Catalog, "shared"), Path.Combine(_folder, "elsewhere"));
        AssertRefused(CompileImporting("shared/h.plan"), "PD0014", "shared/h.plan", "SECRET-TOKEN-43");
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        File.WriteAllText(Path.Combine(Catalog, "big.plan"), "SECRET-TOKEN-44 " + new string(' ', PlanFileAccess.MaxFileBytes));
        AssertRefused(CompileImporting("big.plan"), "PD0015", "big.plan", "SECRET-TOKEN-44");
    }

    [Fact]
    public void A_file_that_is_not_a_plan_file_is_refused()
    {
        File.WriteAllText(Path.Combine(Catalog, "notes.txt"), "SECRET-TOKEN-45");
        AssertRefused(CompileImporting("notes.txt"), "PD0012", "notes.txt", "SECRET-TOKEN-45");
    }

    [Fact]
    public void A_plan_file_inside_the_root_is_imported()
    {
        Directory.CreateDirectory(Path.Combine(Catalog, "shared"));
        File.WriteAllText(Path.Combine(Catalog, "shared", "h.plan"), "holidays pl { 01-01 \"New Year\" }\n");
        var diagnostics = CompileImporting("shared/h.plan");
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_named_root_admits_imports_beside_the_catalog_folder()
    {
        File.WriteAllText(Path.Combine(_folder, "h.plan"), "holidays pl { 01-01 \"New Year\" }\n");
        Assert.Equal("PD0011", Assert.Single(CompileImporting("../h.plan")).Code);
        Assert.DoesNotContain(CompileImporting("../h.plan", root: _folder), d => d.IsError);
    }

    [Fact]
    public void Without_a_named_root_the_root_is_the_folder_named_not_the_base_directory()
    {
        // plans/cat/catalog.plan imports ../h.plan, compiled from the folder above (as `plandsl check cat`
        // run there): the base directory holds h.plan, but the root is the folder named, cat.
        File.WriteAllText(Path.Combine(_folder, "h.plan"), "holidays pl { 01-01 \"New Year\" }\n");
        File.WriteAllText(Path.Combine(Catalog, "catalog.plan"), "import \"../h.plan\"\ncatalog c \"C\" { language: en }\n");

        var named = WithinLimit(() => Workspace.CompileAll(new[] { "cat" }, _folder)).Diagnostics;
        var file = WithinLimit(() => Workspace.CompileAll(new[] { "cat/catalog.plan" }, _folder)).Diagnostics;
        var wider = WithinLimit(() => Workspace.CompileAll(new[] { "cat" }, _folder, root: ".")).Diagnostics;

        Assert.Equal(("PD0011", "cat/catalog.plan"), (Assert.Single(named).Code, named[0].Span.Path));
        Assert.Equal("PD0011", Assert.Single(file).Code);
        Assert.DoesNotContain(wider, d => d.IsError);
    }

    [Fact]
    public void A_fifo_found_in_a_named_folder_is_refused_without_hanging()
    {
        if (OperatingSystem.IsWindows()) return;
        File.WriteAllText(Path.Combine(Catalog, "catalog.plan"), "catalog c \"C\" { language: en }\n");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(Catalog, "pipe.plan"))) mkfifo.WaitForExit();
        var d = Assert.Single(WithinLimit(() => Workspace.CompileAll(new[] { "." }, Catalog)).Diagnostics);
        Assert.Equal(("PD0013", "pipe.plan"), (d.Code, d.Span.Path));
    }

    [Fact]
    public void In_memory_compilations_apply_the_same_path_rule()
    {
        var result = Workspace.CompileSources(new PlanDsl.Compiler.Syntax.SourceFile("c.plan", "import \"/etc/passwd\"\nimport \"../x.plan\"\nimport \"n.txt\"\ncatalog c \"C\" { }"));
        Assert.Equal(new[] { "PD0011", "PD0011", "PD0012" }, result.Diagnostics.Select(d => d.Code));
    }
}
