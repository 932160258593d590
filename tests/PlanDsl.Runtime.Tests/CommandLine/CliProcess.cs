using PlanDsl.Cli;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.CommandLine;

/// <summary>
/// Runs the whole <c>plandsl</c> command line in-process through <see cref="Program.Run"/>, the entry point
/// <c>Main</c> calls (System.CommandLine parsing, the commands, the exit codes), with input files written to
/// a temporary folder. Catalog paths are absolute, under the repository root.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plandsl-cli-").FullName;

    public static string Seed(string name) => Path.Combine(Seeds.Root, "plans", name);

    public string Folder => _folder;

    public string File(string name, string content, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public static (int Exit, string Output, string Error) Run(params string[] args) => Run(args, new StringWriter());

    public static (int Exit, string Output, string Error) Run(string[] args, TextWriter output)
    {
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString() ?? "", error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
