using System.CommandLine;
using PlanDsl.Cli.Commands;

namespace PlanDsl.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// The whole command line, as the process runs it, with its output and error streams: usage errors exit
    /// 2 with <c>plandsl: error: …</c>; anything thrown that no command caught exits 3 (docs/exit-codes.md).
    /// The commands write to <paramref name="output"/> and <paramref name="error"/>.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            var root = new RootCommand("plandsl: customer-support plans as code.");
            root.Subcommands.Add(CheckCommand.Create());
            root.Subcommands.Add(BuildCommand.Create());
            root.Subcommands.Add(EvalCommand.Create());
            root.Subcommands.Add(ExplainCommand.Create());
            root.Subcommands.Add(OpenCommand.Create());
            root.Subcommands.Add(CalendarCommand.Create());
            root.Subcommands.Add(CreditCommand.Create());
            root.Subcommands.Add(CostCommand.Create());
            root.Subcommands.Add(DocsCommand.Create());
            root.Subcommands.Add(DiffCommand.Create());
            root.Subcommands.Add(FmtCommand.Create());
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var problem in parse.Errors) error.WriteLine($"plandsl: error: {problem.Message}");
                return ExitCodes.BadInput;
            }
            // Without this, System.CommandLine prints a stack trace and exits 1 on an exception.
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return CommandRunner.Crash(e, error);
        }
    }
}
