namespace PlanDsl.Cli.Commands;

/// <summary>Reads the text of the ticket file that <c>--ticket</c> names ('-': standard input).</summary>
public static class TicketFile
{
    public static string Read(string? path, string? baseDirectory, TextReader? input)
    {
        if (string.IsNullOrEmpty(path)) throw new CliError("--ticket is required");
        if (path == "-") return JsonInput.ReadAll(input ?? Console.In, "--ticket");
        var full = Path.GetFullPath(path, baseDirectory ?? Directory.GetCurrentDirectory());
        if (!File.Exists(full)) throw new CliError($"--ticket: cannot find '{path}'");
        return JsonInput.ReadFile(full, path, "--ticket");
    }
}
