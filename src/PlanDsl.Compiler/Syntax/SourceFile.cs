namespace PlanDsl.Compiler.Syntax;

/// <summary>A plan file's text and the path it is reported under.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The path with forward slashes, as diagnostics print it.</summary>
    public string DisplayPath => Path.Replace('\\', '/');
}
