using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanDsl.Runtime.Compiled;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// Compiles a generated syntax tree into a deterministic Release assembly in memory, stamps its PE checksum
/// (so loaders can refuse a damaged file). Files are written by <see cref="PlanDsl.Compiler.Output.StagedOutput"/>.
/// </summary>
internal static class AssemblyWriter
{
    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true,
        nullableContextOptions: NullableContextOptions.Disable,
        concurrentBuild: false,
        generalDiagnosticOption: ReportDiagnostic.Default);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13);

    /// <summary>The assembly's bytes; throws <see cref="EmitFailedException"/> when the generated code does not compile (a compiler bug).</summary>
    public static byte[] Compile(string assemblyName, SyntaxTree tree)
    {
        var compilation = CSharpCompilation.Create(assemblyName, new[] { tree }, ReferenceAssemblies.Get(), Options);
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
            throw new EmitFailedException(assemblyName, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).Select(d => d.ToString()));
        var image = pe.ToArray();
        PeChecksum.Stamp(image);
        return image;
    }

    public static SyntaxTree Tree(Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax unit, string path) =>
        CSharpSyntaxTree.Create(unit, ParseOptions, path, Encoding.UTF8);
}

/// <summary>Generated code that Roslyn refused: a bug of the code generator, reported as an internal error.</summary>
public sealed class EmitFailedException : Exception
{
    public EmitFailedException(string assemblyName, IEnumerable<string> errors)
        : base($"the generated code of {assemblyName} does not compile: {string.Join("; ", errors)}")
    {
    }
}
