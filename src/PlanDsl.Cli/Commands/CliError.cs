namespace PlanDsl.Cli.Commands;

/// <summary>
/// A problem with the command's input (bad JSON, unknown plan, impossible instant): printed as
/// <c>plandsl: error: …</c> on standard error, exit code 2 (<see cref="ExitCodes.BadInput"/>), never a
/// stack trace. A catalog with errors gives <see cref="ExitCodes.CatalogErrors"/> instead.
/// </summary>
public sealed class CliError : Exception
{
    public CliError(string message) : this(message, ExitCodes.BadInput) { }

    private CliError(string message, int exit) : base(message) => Exit = exit;

    /// <summary>The catalog the command reads has errors (already printed as diagnostics).</summary>
    public static CliError CatalogHasErrors(string message) => new(message, ExitCodes.CatalogErrors);

    public const int ExitCode = ExitCodes.BadInput;

    /// <summary>The exit code the command ends with.</summary>
    public int Exit { get; }
}
