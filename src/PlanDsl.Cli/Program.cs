using System.CommandLine;
using PlanDsl.Cli.Commands;

namespace PlanDsl.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("plandsl: customer-support plans as code.");
        root.Subcommands.Add(CheckCommand.Create());
        return root.Parse(args).Invoke();
    }
}
