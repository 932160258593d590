using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Formatting;

/// <summary>
/// The outcome of <see cref="PlanFormatter.Format(string)"/>: the formatted text, whether it differs from
/// the input, and the errors that prevented formatting (then <see cref="Text"/> is the input, unchanged).
/// </summary>
public sealed record FormatResult(string Text, bool Changed, IReadOnlyList<Diagnostic> SyntaxErrors)
{
    /// <summary>True when the file could not be formatted (syntax errors): it is returned as it was.</summary>
    public bool HasErrors => SyntaxErrors.Count > 0;
}
