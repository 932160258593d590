namespace PlanDsl.Compiler.Syntax;

/// <summary>A range of a source file. Lines and columns are 1-based; columns count UTF-16 characters.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None { get; } = new("", 0, 0, 0, 0);

    public bool IsNone => Line == 0;

    public override string ToString() => $"{Path.Replace('\\', '/')}({Line},{Column})";
}
