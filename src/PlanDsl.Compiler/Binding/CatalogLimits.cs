using System.Text;

namespace PlanDsl.Compiler.Binding;

/// <summary>
/// The limits a catalog must keep so that everything <c>plandsl check</c> accepts also builds and runs
/// (docs/limits.md, "Catalog and plan limits"). Each is reported by the compiler with its own code.
/// </summary>
public static class CatalogLimits
{
    /// <summary>
    /// The longest catalog id, in UTF-8 bytes (PD0214). The id names the built files: the assembly's module
    /// <c>&lt;id&gt;.Plans.dll</c> (Roslyn takes module names of at most 259 UTF-8 bytes: id + 10) and the
    /// temporary files beside the outputs, <c>.&lt;id&gt;.&lt;lang&gt;.&lt;format&gt;.&lt;32 hex&gt;.tmp</c> for a document
    /// (id + 49), which file systems limit to 255 bytes a name. 128 leaves room for the longest of them.
    /// </summary>
    public const int MaxCatalogIdBytes = 128;

    /// <summary>
    /// The longest duration, in days (PD0310), elapsed or business days. Compiled catalogs hold durations
    /// as Int64 nanoseconds (<c>TargetCell</c>, <c>Duration.FromNanoseconds</c> in the generated code), which
    /// reach 106,751 days; 100,000 is the round number below.
    /// </summary>
    public const int MaxDurationDays = 100_000;

    public static int Utf8Length(string id) => Encoding.UTF8.GetByteCount(id);
}
