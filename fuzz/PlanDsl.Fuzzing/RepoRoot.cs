namespace PlanDsl.Fuzzing;

/// <summary>
/// The repository's folder (the one holding PlanDsl.sln), found by walking up from the harness's own
/// folder (out/fuzz/bin when run by fuzz/run.sh, a test's bin folder in the regression tests), or
/// given by the environment variable PLANDSL_REPO.
/// </summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("PLANDSL_REPO") is { Length: > 0 } given) return System.IO.Path.GetFullPath(given);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PlanDsl.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no folder at or above {AppContext.BaseDirectory} holds PlanDsl.sln; set PLANDSL_REPO");
    }
}
