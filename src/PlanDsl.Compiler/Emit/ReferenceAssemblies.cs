using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PlanDsl.Runtime.Compiled;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// What generated catalogs compile against, built once per process: the .NET 10 reference assemblies
/// (Basic.Reference.Assemblies.Net100), PlanDsl.Runtime and NodaTime.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ImmutableArray<MetadataReference> Get() => All.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        references.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        references.Add(FromAssembly(typeof(CompiledCatalog).Assembly));
        references.Add(FromAssembly(typeof(NodaTime.Instant).Assembly));
        return references.ToImmutable();
    }

    private static MetadataReference FromAssembly(System.Reflection.Assembly assembly)
    {
        if (string.IsNullOrEmpty(assembly.Location))
            throw new InvalidOperationException($"{assembly.GetName().Name} has no file to compile against (single-file publishing is not supported by plandsl build)");
        return MetadataReference.CreateFromFile(assembly.Location);
    }
}
