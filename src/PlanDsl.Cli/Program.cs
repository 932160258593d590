using System.CommandLine;
using PlanDsl.Cli.Commands;

namespace PlanDsl.Cli;

public static class Program
{
    public static int Main(string[] args)
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
        return root.Parse(args).Invoke();
    }
}
