using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using NodaTime;
using PlanDsl.Compiler.Output;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Emit;

/// <summary>A catalog compiled to an assembly: its bytes (checksummed, deterministic) and, on request, the generated C#.</summary>
public sealed record CatalogAssembly(string CatalogId, string AssemblyName, byte[] Image, string? Source, TimeSpan Elapsed)
{
    /// <summary>The file name hosts load: the assembly name plus ".dll" (they must agree).</summary>
    public string FileName => AssemblyName + ".dll";
}

/// <summary>
/// The back end of <c>plandsl build</c>: resolved model → generated C# (Roslyn syntax, never spliced text) →
/// <c>&lt;CatalogId&gt;.Plans.dll</c>. The same model and source hash give byte-identical bytes.
/// </summary>
public static class CatalogEmitter
{
    /// <summary>The version of this compiler, as assemblies record it (without build metadata).</summary>
    public static string CompilerVersion { get; } = ReadCompilerVersion();

    public static string AssemblyNameOf(string catalogId) => catalogId + ".Plans";

    /// <param name="catalog">A catalog compiled without errors.</param>
    /// <param name="sourceHash">See <see cref="SourceHash"/>.</param>
    /// <param name="withSource">Also return the generated C# (normalized for reading).</param>
    /// <param name="languageVersion">The language version to record (tests write other versions to see them refused).</param>
    public static CatalogAssembly Emit(ResolvedCatalog catalog, string sourceHash, bool withSource = false, int languageVersion = PlanDslLanguage.Version)
    {
        var watch = Stopwatch.StartNew();
        var tables = PrecomputeCalendars(catalog);
        var stamp = new CatalogClassEmitter.Stamp(sourceHash, languageVersion, CompilerVersion, DateTimeZoneProviders.Tzdb.VersionId);
        var unit = CatalogClassEmitter.Emit(catalog, stamp, tables);
        var assemblyName = AssemblyNameOf(catalog.Id);
        var image = AssemblyWriter.Compile(assemblyName, AssemblyWriter.Tree(unit, assemblyName + ".cs"));
        var source = withSource ? ReadableLayout.Write(unit) : null;
        return new CatalogAssembly(catalog.Id, assemblyName, image, source, watch.Elapsed);
    }

    /// <summary>
    /// The files of a built catalog as one set: <c>&lt;AssemblyName&gt;.cs</c> when the source was produced,
    /// then <c>&lt;AssemblyName&gt;.dll</c>; without the source, an older <c>.cs</c> of the catalog is removed
    /// with it, so the folder never holds a dll beside the source of another build.
    /// </summary>
    public static OutputGroup Output(CatalogAssembly assembly)
    {
        var source = assembly.AssemblyName + ".cs";
        var dll = new OutputFile(assembly.FileName, assembly.Image);
        return assembly.Source is { } text
            ? new OutputGroup(new[] { new OutputFile(source, System.Text.Encoding.UTF8.GetBytes(text)), dll }, Array.Empty<string>())
            : new OutputGroup(new[] { dll }, new[] { source });
    }

    /// <summary>Writes <c>&lt;dir&gt;/&lt;AssemblyName&gt;.dll</c> (and <c>.cs</c> when the source was produced) as one set (see <see cref="StagedOutput"/>); returns the dll's path.</summary>
    public static string Write(CatalogAssembly assembly, string directory)
    {
        StagedOutput.Write(directory, new[] { Output(assembly) });
        return Path.Combine(Path.GetFullPath(directory), assembly.FileName);
    }

    private static OpenTimeTable?[] PrecomputeCalendars(ResolvedCatalog catalog)
    {
        var tables = new OpenTimeTable?[catalog.Calendars.Length];
        Parallel.For(0, tables.Length, i => tables[i] = CalendarPrecomputer.Compute(catalog.Calendars[i]));
        return tables;
    }

    private static string ReadCompilerVersion()
    {
        var version = typeof(CatalogEmitter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CatalogEmitter).Assembly.GetName().Version?.ToString() ?? "0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
