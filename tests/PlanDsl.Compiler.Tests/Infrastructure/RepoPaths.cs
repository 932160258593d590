namespace PlanDsl.Compiler.Tests.Infrastructure;

/// <summary>
/// Folders of the repository, found by walking up from the test assembly's folder
/// (<see cref="AppContext.BaseDirectory"/>, e.g. tests/PlanDsl.Compiler.Tests/bin/Release/net10.0/).
/// </summary>
public static class RepoPaths
{
    public const string SolutionFileName = "PlanDsl.sln";
    public const string TestProjectFileName = "PlanDsl.Compiler.Tests.csproj";

    private static readonly Lazy<string> root = new(() => FindUp(AppContext.BaseDirectory, SolutionFileName));
    private static readonly Lazy<string> testProject = new(() => FindUp(AppContext.BaseDirectory, TestProjectFileName));

    /// <summary>The folder that contains PlanDsl.sln.</summary>
    public static string Root => root.Value;

    /// <summary>The bundled seed catalogs: &lt;root&gt;/plans.</summary>
    public static string Plans => Path.Combine(Root, "plans");

    /// <summary>The source folder of this test project (the folder that contains PlanDsl.Compiler.Tests.csproj).</summary>
    public static string TestProject => testProject.Value;

    /// <summary>The nearest folder at or above <paramref name="start"/> that contains a file named <paramref name="fileName"/>.</summary>
    public static string FindUp(string start, string fileName)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, fileName)))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No folder at or above '{start}' contains {fileName}.");
    }
}
