using System.Globalization;
using System.Reflection;
using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// Runs a command body and turns whatever goes wrong into an exit code (docs/exit-codes.md): input
/// problems become one line <c>plandsl: error: …</c> and 2; a catalog with errors, 1; a bug of ours
/// (any unexpected exception, or a PD0009 diagnostic) one line <c>plandsl: internal error: …, please
/// report it</c> on standard error, the details in a crash file in the temp folder, and 3. Never a stack
/// trace on standard output, never an unhandled exception.
/// </summary>
public static class CommandRunner
{
    public static int Run(Func<int> body, TextWriter error)
    {
        try
        {
            return body();
        }
        catch (CliError e)
        {
            error.WriteLine($"plandsl: error: {e.Message}");
            return e.Exit;
        }
        catch (InternalErrorDiagnostics e)
        {
            return Report(error, e.Message, string.Join(Environment.NewLine, e.Diagnostics.Select(d => d.ToMsBuildString())));
        }
        catch (Exception e)
        {
            return Crash(e, error);
        }
    }

    /// <summary>An exception no command expected: a bug of ours. Exit code 3.</summary>
    public static int Crash(Exception exception, TextWriter error) =>
        Report(error, $"{exception.GetType().Name}: {exception.Message}", exception.ToString());

    /// <summary>
    /// Stops the command with exit code 3 when the compiler reported a PD0009 (its own bug); call it after
    /// the diagnostics are printed.
    /// </summary>
    public static void ThrowIfInternalError(IEnumerable<Diagnostic> diagnostics)
    {
        var internalErrors = diagnostics.Where(d => d.Code == DiagnosticCodes.InternalError.Code).ToList();
        if (internalErrors.Count > 0) throw new InternalErrorDiagnostics(internalErrors);
    }

    private static int Report(TextWriter error, string what, string details)
    {
        string where;
        try
        {
            var path = Path.Combine(Path.GetTempPath(), $"plandsl-crash-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.txt");
            File.WriteAllText(path, string.Join(Environment.NewLine,
                $"plandsl {typeof(CommandRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} on .NET {Environment.Version}, {DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)}",
                $"command line: {Environment.CommandLine}",
                "",
                details,
                ""));
            where = $"details in {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            where = $"the details could not be written ({e.Message.ReplaceLineEndings(" ")})";
        }
        try
        {
            error.WriteLine($"plandsl: internal error: {OneLine(what)}, please report it; {where}");
        }
        catch (Exception)
        {
            // Standard error itself is gone: the exit code still tells.
        }
        return ExitCodes.InternalError;
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    private sealed class InternalErrorDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
        : Exception(diagnostics[0].Message.StartsWith("internal error, please report it: ", StringComparison.Ordinal)
            ? diagnostics[0].Message["internal error, please report it: ".Length..]
            : diagnostics[0].Message)
    {
        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
    }
}
