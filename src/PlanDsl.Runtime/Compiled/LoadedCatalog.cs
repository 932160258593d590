namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// A catalog assembly loaded by <see cref="PlanCatalog.Load"/> into its own collectible load context.
/// Dispose unloads it: drop every reference to <see cref="Catalog"/> (and to what it returned that is
/// defined in the assembly) so the context can be collected; load the rebuilt file again to hot-swap.
/// </summary>
public sealed class LoadedCatalog : IDisposable
{
    private CatalogLoadContext? _context;
    private CompiledCatalog? _catalog;

    internal LoadedCatalog(string path, CatalogLoadContext context, CompiledCatalog catalog, PlanDslCatalogAttribute info)
    {
        Path = path;
        _context = context;
        _catalog = catalog;
        Info = info;
    }

    /// <summary>The file it was loaded from.</summary>
    public string Path { get; }

    /// <summary>What the assembly records about itself: catalog, source hash, language and compiler version.</summary>
    public PlanDslCatalogAttribute Info { get; }

    /// <summary>The compiled catalog.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/>.</exception>
    public CompiledCatalog Catalog => _catalog ?? throw new ObjectDisposedException(nameof(LoadedCatalog), $"the catalog loaded from {Path} has been unloaded");

    public bool IsLoaded => _catalog is not null;

    /// <summary>Unloads the assembly (collected once nothing refers to it any more).</summary>
    public void Dispose()
    {
        var context = Interlocked.Exchange(ref _context, null);
        _catalog = null;
        context?.Unload();
    }
}
