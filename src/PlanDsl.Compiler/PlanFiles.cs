using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler;

/// <summary>Finds the *.plan files that command-line paths name: files as given, folders searched recursively.</summary>
public static class PlanFiles
{
    /// <summary>Full paths, distinct and ordered; a path that does not exist is PD0003.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, string root, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, root);
            if (Directory.Exists(full))
                files.AddRange(Directory.EnumerateFiles(full, "*.plan", SearchOption.AllDirectories));
            else if (File.Exists(full))
                files.Add(full);
            else
                diagnostics.Report(DiagnosticCodes.FileNotFound, SourceSpan.None, path);
        }
        return files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
    }
}
