using System.CommandLine;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>--root &lt;dir&gt;</c>: the folder imports must stay inside (docs/language.md, "Files, catalogs and
/// imports"). Without it, the current directory, or for a path outside it, the folder named.
/// </summary>
public static class RootOption
{
    public static Option<string?> Create() => new("--root") { Description = "The catalogs' root folder: imports outside it are refused (default: the current directory, or the folder named when it lies outside)." };
}
