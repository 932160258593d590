using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// Lays out generated code for reading (<c>--emit-source</c>): after <see cref="SyntaxNodeExtensions.NormalizeWhitespace{TNode}(TNode, string, string, bool)"/>,
/// long argument lists and array initializers get one item a line, indented by nesting, so the rebuilt
/// model reads as a tree instead of one line of many kilobytes. Only whitespace changes.
/// </summary>
internal sealed class ReadableLayout : CSharpSyntaxRewriter
{
    private const int LongList = 100;
    private const int BaseIndent = 8;

    public static string Write(CompilationUnitSyntax unit)
    {
        var normalized = unit.NormalizeWhitespace(eol: "\n");
        return new ReadableLayout().Visit(normalized)!.ToFullString() + "\n";
    }

    public override SyntaxNode? VisitArgumentList(ArgumentListSyntax node)
    {
        var visited = (ArgumentListSyntax)base.VisitArgumentList(node)!;
        if (node.Arguments.Count == 0 || node.Span.Length < LongList) return visited;
        var indent = Indent(node);
        return visited.WithArguments(SeparatedList(visited.Arguments.Select(a => a.WithLeadingTrivia(indent)), visited.Arguments.GetSeparators()
            .Select(s => s.WithTrailingTrivia())));
    }

    public override SyntaxNode? VisitInitializerExpression(InitializerExpressionSyntax node)
    {
        var visited = (InitializerExpressionSyntax)base.VisitInitializerExpression(node)!;
        if (node.Expressions.Count < 2 || node.Span.Length < LongList) return visited;
        var indent = Indent(node);
        return visited
            .WithExpressions(SeparatedList(visited.Expressions.Select(e => e.WithLeadingTrivia(indent)), visited.Expressions.GetSeparators().Select(s => s.WithTrailingTrivia())))
            .WithOpenBraceToken(visited.OpenBraceToken.WithTrailingTrivia())
            .WithCloseBraceToken(visited.CloseBraceToken.WithLeadingTrivia(EndOfLine("\n"), Whitespace(new string(' ', Depth(node) * 4 + BaseIndent - 4))));
    }

    /// <summary>A new line, then spaces by how many broken lists enclose the node.</summary>
    private static SyntaxTriviaList Indent(SyntaxNode node) =>
        TriviaList(EndOfLine("\n"), Whitespace(new string(' ', Depth(node) * 4 + BaseIndent)));

    private static int Depth(SyntaxNode node) =>
        node.Ancestors().Count(a => a is ArgumentListSyntax { Arguments.Count: > 0 } l && l.Span.Length >= LongList
            || a is InitializerExpressionSyntax { Expressions.Count: > 1 } i && i.Span.Length >= LongList);
}
