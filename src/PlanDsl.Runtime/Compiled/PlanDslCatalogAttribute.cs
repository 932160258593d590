namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// Marks an assembly built by <c>plandsl build</c>: which catalog it holds, the hash of the plan sources it
/// was built from, the language version and compiler version that built it, and the generated
/// <see cref="CompiledCatalog"/> type. <see cref="PlanCatalog.Load"/> reads it before loading anything.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PlanDslCatalogAttribute : Attribute
{
    public PlanDslCatalogAttribute(string catalogId, string sourceHash, int languageVersion, string compilerVersion, string catalogType, string timeZoneDataVersion)
    {
        CatalogId = catalogId;
        SourceHash = sourceHash;
        LanguageVersion = languageVersion;
        CompilerVersion = compilerVersion;
        CatalogType = catalogType;
        TimeZoneDataVersion = timeZoneDataVersion;
    }

    public string CatalogId { get; }

    /// <summary>"sha256:" and the hex SHA-256 of the catalog's source files (paths and texts).</summary>
    public string SourceHash { get; }

    public int LanguageVersion { get; }

    public string CompilerVersion { get; }

    /// <summary>The full name of the generated class that derives from <see cref="CompiledCatalog"/>.</summary>
    public string CatalogType { get; }

    /// <summary>The tzdb version (NodaTime) the open-time tables were computed with.</summary>
    public string TimeZoneDataVersion { get; }
}
