namespace PlanDsl.Compiler.Analysis;

/// <summary>What a lint setting makes of an analysis's findings.</summary>
public enum LintLevel
{
    Off,
    Warning,
    Error,
}
