namespace PlanDsl.Fuzzing;

/// <summary>
/// A temporary folder that lives as long as the process: made on first use, deleted when the process
/// exits (afl-fuzz restarts the fork server often, and a killed child cannot clean up, hence TMPDIR in run.sh).
/// </summary>
internal static class ProcessTempFolder
{
    public static Lazy<string> Create(string prefix) => new(() =>
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return folder;
    });
}
