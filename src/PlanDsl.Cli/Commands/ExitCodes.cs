namespace PlanDsl.Cli.Commands;

/// <summary>
/// What the process's exit code tells a pipeline (docs/exit-codes.md). <c>diff</c> and <c>fmt --check</c>
/// also give 1 for their own 'found something' answer (a worse change, a file to format).
/// </summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The catalog has errors; the diagnostics are printed in the MSBuild format.</summary>
    public const int CatalogErrors = 1;

    /// <summary>Bad command-line or JSON input, or usage: one line <c>plandsl: error: &lt;field&gt;: …</c>.</summary>
    public const int BadInput = 2;

    /// <summary>A bug of ours: an unexpected exception or a PD0009 diagnostic; <c>plandsl: internal error: …, please report it</c>.</summary>
    public const int InternalError = 3;
}
