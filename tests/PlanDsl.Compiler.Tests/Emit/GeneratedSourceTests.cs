using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanDsl.Compiler.Emit;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Emit;

/// <summary>The C# that <c>--emit-source</c> writes is the code that was compiled: it parses and compiles again without errors.</summary>
public sealed class GeneratedSourceTests
{
    [Theory]
    [InlineData("oktawave")]
    [InlineData("kolmisoft")]
    public void The_written_source_of_a_seed_compiles_again(string seed)
    {
        var result = Workspace.CompileAll(new[] { "plans/" + seed }, RepoPaths.Root, root: "plans");
        var catalog = Assert.Single(result.Catalogs);
        var source = CatalogEmitter.Emit(catalog, "sha256:x", withSource: true).Source!;
        Assert.Contains("public sealed class GeneratedCatalog : global::PlanDsl.Runtime.Compiled.CompiledCatalog", source, StringComparison.Ordinal);
        var compilation = CSharpCompilation.Create(seed + ".Plans", new[] { CSharpSyntaxTree.ParseText(source) }, ReferenceAssemblies.Get(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
    }
}
