namespace PlanDsl.Cli.Commands;

/// <summary>
/// A problem with the command's input (bad JSON, unknown plan, impossible instant): printed as
/// <c>plandsl: error: …</c> on standard error, exit code 2, never a stack trace.
/// </summary>
public sealed class CliError : Exception
{
    public CliError(string message) : base(message) { }

    public const int ExitCode = 2;
}
