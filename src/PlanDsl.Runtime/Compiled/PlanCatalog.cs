using System.Reflection;

namespace PlanDsl.Runtime.Compiled;

/// <summary>Loads catalog assemblies built by <c>plandsl build</c>.</summary>
public static class PlanCatalog
{
    /// <summary>
    /// Loads a catalog assembly into its own collectible load context, after checking that it is intact
    /// (its PE checksum), that it is a PlanDsl catalog and that it was built for a language version this
    /// runtime reads. Dispose the result to unload it.
    /// </summary>
    /// <exception cref="PlanCatalogLoadException">The file is missing, damaged, not a PlanDsl catalog, or built for another language version.</exception>
    public static LoadedCatalog Load(string dllPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(dllPath);
        var shown = dllPath.Replace('\\', '/');
        byte[] image;
        try
        {
            image = File.ReadAllBytes(dllPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PlanCatalogLoadException(dllPath, $"{shown} does not exist", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PlanCatalogLoadException(dllPath, $"{shown} cannot be read ({e.GetType().Name})", e);
        }

        if (PeChecksum.FieldOffset(image) < 0)
            throw new PlanCatalogLoadException(dllPath, $"{shown} is not a .NET assembly (it is {(image.Length == 0 ? "empty" : "not a PE file")})");
        var stored = PeChecksum.Stored(image);
        if (stored != 0 && stored != PeChecksum.Compute(image))
            throw Damaged(dllPath, shown, null);

        PlanDslCatalogAttribute? info;
        try
        {
            info = CatalogImage.ReadInfo(image, out _);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            throw new PlanCatalogLoadException(dllPath, $"{shown} is not a readable .NET assembly ({FirstSentence(e.Message)})", e);
        }
        if (info is null)
            throw new PlanCatalogLoadException(dllPath, $"{shown} is not a PlanDsl catalog: it has no PlanDslCatalog attribute (build catalogs with plandsl build)");
        if (stored == 0)
            throw Damaged(dllPath, shown, null);
        if (!PlanDslLanguage.CanRead(info.LanguageVersion))
            throw new PlanCatalogLoadException(dllPath,
                $"{shown} was built by PlanDsl compiler {info.CompilerVersion} for language version {info.LanguageVersion}; this runtime reads language version {Readable()}");

        var context = new CatalogLoadContext(info.CatalogId);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image, writable: false));
            var type = assembly.GetType(info.CatalogType, throwOnError: false);
            if (type is null || !typeof(CompiledCatalog).IsAssignableFrom(type) || type.IsAbstract)
                throw new PlanCatalogLoadException(dllPath, $"{shown} names the catalog class '{info.CatalogType}' but holds no such compiled catalog");
            var catalog = (CompiledCatalog)Activator.CreateInstance(type)!;
            return new LoadedCatalog(dllPath, context, catalog, info);
        }
        catch (PlanCatalogLoadException)
        {
            context.Unload();
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Unload();
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new PlanCatalogLoadException(dllPath, $"{shown} could not be loaded ({cause.GetType().Name}: {FirstSentence(cause.Message)})", cause);
        }
    }

    private static PlanCatalogLoadException Damaged(string path, string shown, Exception? inner) =>
        new(path, $"{shown} is damaged: its checksum does not match its contents (rebuild it with plandsl build)", inner);

    private static string Readable() => PlanDslLanguage.OldestReadable == PlanDslLanguage.Version
        ? PlanDslLanguage.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"{PlanDslLanguage.OldestReadable} to {PlanDslLanguage.Version}";

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
