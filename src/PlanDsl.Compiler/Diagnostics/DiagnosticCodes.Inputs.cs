namespace PlanDsl.Compiler.Diagnostics;

/// <summary>
/// Files and texts refused at the door (PD0011-PD0029): imports outside the catalog's root or of the
/// wrong kind, files too large, unknown escapes, too many diagnostics. Each message names the path as
/// written and never anything read from a refused file.
/// </summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor OutsideRoot = Error("PD0011", "Import outside the catalog's root", "'{0}' is outside the catalog's root folder; imports stay inside it (name a wider root with --root)");
    public static readonly DiagnosticDescriptor NotAPlanFile = Error("PD0012", "Not a plan file", "'{0}' is not a {1} file");
    public static readonly DiagnosticDescriptor NotARegularFile = Error("PD0013", "Not a regular file", "'{0}' is {1}, not a regular file");
    public static readonly DiagnosticDescriptor LinkOutsideRoot = Error("PD0014", "Link leads outside the catalog's root", "'{0}' is a symbolic link (or in a linked folder) that leads outside the catalog's root folder");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("PD0015", "File too large", "'{0}' is larger than {1} bytes, the limit of a file");
    public static readonly DiagnosticDescriptor UnknownEscape = Error("PD0016", "Unknown escape", "unknown escape '{0}' in a text; the escapes are \\\\ \\\" \\n \\t \\r and \\u{{…}} (write \\\\ for a backslash)");
    public static readonly DiagnosticDescriptor ControlCharacterInPath = Error("PD0018", "Control character in an import path", "the import path holds the control character {1}, which no plan file's name may hold");
    public static readonly DiagnosticDescriptor TooManyDiagnostics = Error("PD0017", "Too many diagnostics", "{0} more diagnostic(s) in this file not shown: at most {1} are reported per file, and the file is not compiled further");
}
