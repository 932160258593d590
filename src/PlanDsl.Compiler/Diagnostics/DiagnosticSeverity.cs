namespace PlanDsl.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
