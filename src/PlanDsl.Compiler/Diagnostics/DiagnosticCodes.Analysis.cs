namespace PlanDsl.Compiler.Diagnostics;

/// <summary>PD080x: lint settings and suppression comments (the analyses' own codes are in the files beside this one).</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor LintUnknownRule = Warning("PD0801", "Unknown analysis rule", "'{0}' is not an analysis rule or code{1}");
    public static readonly DiagnosticDescriptor LintBadLevel = Error("PD0802", "Bad lint level", "'{0}' is not a lint level: write error, warning or off");
    public static readonly DiagnosticDescriptor SuppressionWithoutReason = Warning("PD0803", "Suppression without a reason", "say why the finding is suppressed: '// plandsl-disable-next-line <rule> -- <reason>'");
    public static readonly DiagnosticDescriptor SuppressionUnused = Warning("PD0804", "Unused suppression", "nothing on the next line is reported by '{0}'; remove the suppression");
    public static readonly DiagnosticDescriptor LintBadConfig = Error("PD0805", "Bad lint configuration file", "{0}");
}
