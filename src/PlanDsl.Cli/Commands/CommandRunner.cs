namespace PlanDsl.Cli.Commands;

/// <summary>Runs a command body: input problems become a one-line error and exit code 2.</summary>
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
            return CliError.ExitCode;
        }
    }
}
