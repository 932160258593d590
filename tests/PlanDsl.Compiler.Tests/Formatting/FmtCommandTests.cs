using PlanDsl.Cli.Commands;

namespace PlanDsl.Compiler.Tests.Formatting;

/// <summary><c>plandsl fmt</c>, run in-process on a temporary folder.</summary>
public sealed class FmtCommandTests : IDisposable
{
    private const string Messy = "plan a {\nhours:always\n}\n";
    private const string Tidy = "plan a {\n  hours: always\n}\n";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "plandsl-fmt-" + Guid.NewGuid().ToString("N"));

    public FmtCommandTests() => Directory.CreateDirectory(Path.Combine(_dir, "plans", "sub"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string text)
    {
        var full = Path.Combine(_dir, relative);
        File.WriteAllText(full, text);
        return full;
    }

    private (int Exit, string Output, string Error) Run(bool check, params string[] paths)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = FmtCommand.Run(paths, check, output, error, _dir);
        return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_writes_nothing_and_exits_1()
    {
        var messy = Write("plans/sub/messy.plan", Messy);
        Write("plans/tidy.plan", Tidy);

        var (exit, output, error) = Run(check: true, "plans/");

        Assert.Equal(1, exit);
        Assert.Equal("plans/sub/messy.plan\n2 file(s), 1 would be reformatted\n", output);
        Assert.Empty(error);
        Assert.Equal(Messy, File.ReadAllText(messy));
    }

    [Fact]
    public void Check_exits_0_when_every_file_is_formatted()
    {
        Write("plans/tidy.plan", Tidy);

        var (exit, output, _) = Run(check: true, "plans/");

        Assert.Equal(0, exit);
        Assert.Equal("1 file(s), 0 would be reformatted\n", output);
    }

    [Fact]
    public void Fmt_rewrites_only_the_files_that_change_and_leaves_no_temporary_file()
    {
        var messy = Write("plans/sub/messy.plan", Messy);
        var tidy = Write("plans/tidy.plan", Tidy);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(tidy, stamp);

        var (exit, output, error) = Run(check: false, "plans");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal("plans/sub/messy.plan\n2 file(s), 1 reformatted\n", output);
        Assert.Equal(Tidy, File.ReadAllText(messy));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(tidy));
        Assert.Equal(2, Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories).Count());

        Assert.Equal(0, Run(check: true, "plans").Exit);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_alone_and_the_errors_are_printed_in_msbuild_format()
    {
        const string broken = "plan a {\nhours:always\n";
        var file = Write("plans/broken.plan", broken);
        var messy = Write("plans/messy.plan", Messy);

        var (exit, _, error) = Run(check: false, "plans/broken.plan", "plans/messy.plan");

        Assert.Equal(2, exit);
        Assert.Matches(@"^plans/broken\.plan\(\d+,\d+\): error PD0001: ", error);
        Assert.Equal(broken, File.ReadAllText(file));
        Assert.Equal(Tidy, File.ReadAllText(messy));
    }

    [Fact]
    public void A_missing_path_is_reported_and_exits_2()
    {
        var (exit, _, error) = Run(check: true, "plans/nope.plan");

        Assert.Equal(2, exit);
        Assert.Contains("error PD0003: cannot find 'plans/nope.plan'", error, StringComparison.Ordinal);
    }
}
