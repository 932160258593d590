namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// The version of the PlanDsl language and of the compiled-catalog format. A catalog assembly records
/// the version it was built for (<see cref="PlanDslCatalogAttribute"/>); this runtime reads the versions
/// from <see cref="OldestReadable"/> to <see cref="Version"/>.
/// </summary>
public static class PlanDslLanguage
{
    /// <summary>The version this runtime (and a compiler built with it) speaks.</summary>
    public const int Version = 1;

    /// <summary>The oldest version whose catalog assemblies this runtime still loads.</summary>
    public const int OldestReadable = 1;

    public static bool CanRead(int languageVersion) => languageVersion is >= OldestReadable and <= Version;
}
