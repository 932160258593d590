namespace PlanDsl.Compiler.Tests.Output;

/// <summary>Every entry of a folder, hidden ones included: files with their bytes, folders as such.</summary>
internal static class FolderSnapshot
{
    public static IReadOnlyList<string> Take(string folder)
    {
        if (!Directory.Exists(folder)) return new[] { "(no folder)" };
        return Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
            .Select(e => Directory.Exists(e.Path) ? e.Relative + "/" : e.Relative + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(e.Path))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<string> Names(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0 })
            .Select(Path.GetFileName).Select(n => n!).Order(StringComparer.Ordinal).ToList();
}
