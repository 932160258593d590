using System.Text;
using System.Text.RegularExpressions;
using PlanDsl.Cli.Commands;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Runtime.Tests.CommandLine;

/// <summary>
/// The exit codes of docs/exit-codes.md, through the real entry point: 1 a catalog with errors, 2 bad
/// input or usage, 3 a bug of ours (an exception nothing expected, or a PD0009), with one line on standard
/// error, the details in a crash file, and never a stack trace on standard output (issue 11, item 4).
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private const string Ticket = """{"severity": "critical", "opened": "2026-10-03T20:45:00+02:00"}""";

    private readonly CliProcess _cli = new();

    /// <summary>Standard output that breaks on the first write, as a dependency of the command that throws.</summary>
    private sealed class BreakingWriter : TextWriter
    {
        public StringBuilder Written { get; } = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("the output stream broke\n(second line of the message)");

        public override void Write(string? value) => throw new InvalidOperationException("the output stream broke\n(second line of the message)");
    }

    [Fact]
    public void A_command_that_crashes_exits_3_with_one_line_and_the_details_in_a_crash_file()
    {
        var output = new BreakingWriter();
        var (exit, _, error) = CliProcess.Run(new[] { "eval", CliProcess.Seed("ombori"), "--plan", "production", "--ticket", _cli.File("t.json", Ticket) }, output);

        Assert.Equal(ExitCodes.InternalError, exit);
        AssertInternalErrorLine(error, "InvalidOperationException: the output stream broke", "   at ");
        Assert.Equal("", output.Written.ToString());
    }

    [Fact]
    public void An_exception_outside_any_command_exits_3_not_System_CommandLines_stack_trace_and_1()
    {
        // --help is System.CommandLine's own action: its exception reaches Program.Run, not a command.
        var (exit, _, error) = CliProcess.Run(new[] { "eval", "--help" }, new BreakingWriter());

        Assert.Equal(ExitCodes.InternalError, exit);
        AssertInternalErrorLine(error, "InvalidOperationException: the output stream broke", "   at ");
    }

    [Fact]
    public void A_PD0009_from_the_compiler_exits_3_with_its_message()
    {
        var internalError = new Diagnostic(DiagnosticCodes.InternalError.Code, DiagnosticSeverity.Error,
            "internal error, please report it: OverflowException: Arithmetic operation resulted in an overflow.", SourceSpan.None, Array.Empty<RelatedLocation>());
        var error = new StringWriter();

        var exit = CommandRunner.Run(() =>
        {
            CommandRunner.ThrowIfInternalError(new[] { internalError });
            return 0;
        }, error);

        Assert.Equal(ExitCodes.InternalError, exit);
        AssertInternalErrorLine(error.ToString(), "OverflowException: Arithmetic operation resulted in an overflow.", "plandsl: error PD0009: internal error, please report it: OverflowException");
    }

    [Fact]
    public void Diagnostics_other_than_PD0009_do_not_stop_a_command()
    {
        var warning = new Diagnostic("PD0810", DiagnosticSeverity.Warning, "a tier is worse", SourceSpan.None, Array.Empty<RelatedLocation>());
        var error = new StringWriter();

        Assert.Equal(0, CommandRunner.Run(() => { CommandRunner.ThrowIfInternalError(new[] { warning }); return 0; }, error));
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("open")]
    [InlineData("calendar")]
    public void A_catalog_with_errors_exits_1_with_its_diagnostics(string command)
    {
        var catalog = _cli.File("broken.plan", "catalog broken { timezone: \"UTC\" }\nplan p { hours: nowhere }\n");
        string[] args = command switch
        {
            "eval" => new[] { "eval", catalog, "--plan", "p", "--ticket", _cli.File("t.json", Ticket) },
            "open" => new[] { "open", catalog, "--plan", "p", "--channel", "phone", "--at", "2026-10-03T20:45:00Z" },
            _ => new[] { "calendar", catalog, "--calendar", "always", "is-open", "--at", "2026-10-03T20:45:00Z" },
        };

        var (exit, output, error) = CliProcess.Run(args);

        Assert.Equal(ExitCodes.CatalogErrors, exit);
        Assert.Contains(": error PD", error, StringComparison.Ordinal);
        Assert.Contains("plandsl: error: catalog '", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_catalog_path_that_does_not_exist_is_bad_input_not_a_catalog_error()
    {
        var (exit, output, error) = CliProcess.Run("eval", Path.Combine(_cli.Folder, "nowhere"), "--plan", "p", "--ticket", _cli.File("t.json", Ticket));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.EndsWith($"plandsl: error: cannot find '{Path.Combine(_cli.Folder, "nowhere")}'", error.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("eval", "plans/ombori")]
    [InlineData("eval", "plans/ombori", "--plan", "production", "--ticket", "t.json", "--colour", "red")]
    public void Usage_errors_exit_2_with_plandsl_error_lines(params string[] args)
    {
        var (exit, output, error) = CliProcess.Run(args);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("plandsl: error: ", line, StringComparison.Ordinal));
        Assert.Equal("", output);
    }

    /// <summary>One line on standard error, no stack trace in it; the crash file it names holds <paramref name="detail"/>.</summary>
    private static void AssertInternalErrorLine(string error, string what, string detail)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith($"plandsl: internal error: {what}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("second line", error, StringComparison.Ordinal);
        var match = Regex.Match(line, @", please report it; details in (\S+)$");
        Assert.True(match.Success, line);
        var crashFile = match.Groups[1].Value.TrimEnd('\r');
        try
        {
            Assert.StartsWith(Path.GetTempPath(), crashFile, StringComparison.Ordinal);
            Assert.Contains(detail, File.ReadAllText(crashFile), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(crashFile);
        }
    }

    public void Dispose() => _cli.Dispose();
}
