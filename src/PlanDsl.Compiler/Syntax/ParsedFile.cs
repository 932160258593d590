using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Syntax;

/// <summary>One file's syntax tree and its syntax diagnostics: what binding starts from.</summary>
public sealed record ParsedFile(SourceFile File, CompilationUnitSyntax Unit, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Parses and builds the syntax tree of a whole file.</summary>
    public static ParsedFile Parse(SourceFile file)
    {
        var parse = PlanParser.Parse(file);
        return new ParsedFile(file, SyntaxTreeBuilder.Build(parse), parse.Diagnostics);
    }
}
