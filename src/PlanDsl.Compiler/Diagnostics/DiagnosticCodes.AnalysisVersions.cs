namespace PlanDsl.Compiler.Diagnostics;

/// <summary>PD086x: versions — worse changes between consecutive versions, and the notice period (Analysis/Versions).</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor VersionWorseChange = Warning("PD0860", "Worse change for customers",
        "a worse change for customers: {0} {1} → {2}{3}, effective {4}");
    public static readonly DiagnosticDescriptor VersionNoticeTooShort = Error("PD0861", "Worse change without notice",
        "{0} effective {1}, {2} its publication on {3}; the notice period is {4}: {5} short for a worse change ({6})");
    public static readonly DiagnosticDescriptor VersionNotPublished = Warning("PD0862", "Worse change without a publication date",
        "{0} effective {1} makes a worse change for customers ({2}) and states no publication date: write 'published: <date>' so that the notice period of {3} can be checked");
}
