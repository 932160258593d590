using System.Reflection;
using System.Runtime.Loader;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// A collectible load context for one catalog assembly. PlanDsl.Runtime and NodaTime are the host's own
/// (so that <see cref="CompiledCatalog"/> is the same type on both sides); everything else comes from the
/// default context.
/// </summary>
internal sealed class CatalogLoadContext : AssemblyLoadContext
{
    private static readonly Assembly Runtime = typeof(CompiledCatalog).Assembly;
    private static readonly Assembly NodaTimeAssembly = typeof(NodaTime.Instant).Assembly;

    public CatalogLoadContext(string name) : base("PlanDsl catalog " + name, isCollectible: true)
    {
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (AssemblyName.ReferenceMatchesDefinition(assemblyName, Runtime.GetName()) || assemblyName.Name == Runtime.GetName().Name) return Runtime;
        if (assemblyName.Name == NodaTimeAssembly.GetName().Name) return NodaTimeAssembly;
        return null;
    }
}
