using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Emit;

/// <summary>Small catalogs and temporary folders for the code generation tests.</summary>
internal static class EmitTestKit
{
    public static ResolvedCatalog Catalog(string text)
    {
        var result = Workspace.CompileSources(new SourceFile("test.plan", text));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Catalogs);
    }

    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("plandsl-emit-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return folder;
    });

    /// <summary>A fresh folder under this run's temporary folder (deleted when the run ends).</summary>
    public static string NewFolder() => Directory.CreateDirectory(Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Writes plan files into a fresh folder and returns it.</summary>
    public static string PlanFolder(params (string Path, string Text)[] files)
    {
        var folder = NewFolder();
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return folder;
    }

    public const string Tiny = """
        catalog tiny "Tiny" { timezone: "Europe/Warsaw"; outside hours: tickets wait }
        calendar office { hours: Mon-Fri 09:00-17:00 }
        severities most urgent first {
          high = 1 "High"
          low = 2 "Low"
        }
        plan basic "Basic" {
          hours: office
          targets {
            | severity | response |
            | high     | 2 h      |
            | low      | 8 h      |
          }
        }
        """;
}
