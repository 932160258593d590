namespace PlanDsl.Compiler.Diagnostics;

/// <summary>What a diagnostic code means: its severity and message format (string.Format style).</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string MessageFormat, string Title);
