using System.CommandLine;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>--root &lt;dir&gt;</c>: the folder imports must stay inside (docs/language.md, "Files, catalogs and
/// imports"). Without it, each folder named on the command line (a file's own folder).
/// </summary>
public static class RootOption
{
    public static Option<string?> Create() => new("--root") { Description = "The catalogs' root folder: imports outside it are refused (default: the folder named, or a file's folder)." };
}
