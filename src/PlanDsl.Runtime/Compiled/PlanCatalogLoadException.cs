namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// A catalog assembly that cannot be used: missing, damaged, not built by PlanDsl, or built for another
/// language version. The message is one sentence naming the file, fit to show as it is.
/// </summary>
public sealed class PlanCatalogLoadException : Exception
{
    public PlanCatalogLoadException(string path, string message, Exception? inner = null) : base(message, inner) => Path = path;

    /// <summary>The path of the assembly, as given to <see cref="PlanCatalog.Load"/>.</summary>
    public string Path { get; }
}
