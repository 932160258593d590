using Antlr4.Runtime;
using PlanDsl.Compiler.Syntax.Generated;

namespace PlanDsl.Compiler.Syntax;

/// <summary>Source spans and readable descriptions of ANTLR tokens and rule contexts.</summary>
internal static class TokenSpans
{
    public static SourceSpan Of(SourceFile file, IToken? token, int line, int column)
    {
        if (token is null || token.Type == TokenConstants.EOF && token.Text is null)
            return new SourceSpan(file.DisplayPath, Math.Max(line, 1), column + 1, Math.Max(line, 1), column + 1);
        return Of(file, token);
    }

    public static SourceSpan Of(SourceFile file, IToken token)
    {
        var (endLine, endColumn) = End(token);
        return new SourceSpan(file.DisplayPath, Math.Max(token.Line, 1), token.Column + 1, endLine, endColumn);
    }

    public static SourceSpan Of(SourceFile file, ParserRuleContext context)
    {
        var start = context.Start;
        var stop = context.Stop ?? start;
        if (stop.TokenIndex < start.TokenIndex) stop = start;
        var (endLine, endColumn) = End(stop);
        return new SourceSpan(file.DisplayPath, Math.Max(start.Line, 1), start.Column + 1, endLine, endColumn);
    }

    private static (int Line, int Column) End(IToken token)
    {
        var text = token.Type == TokenConstants.EOF ? "" : token.Text ?? "";
        var line = Math.Max(token.Line, 1);
        var column = token.Column + 1;
        foreach (var c in text)
        {
            if (c == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
    }

    public static string Describe(IToken? token)
    {
        if (token is null || token.Type == TokenConstants.EOF) return "end of file";
        if (token.Type == PlanDslLexer.NL) return "end of line";
        var text = token.Text ?? "";
        if (text.Length > 40) text = text[..37] + "...";
        return $"'{text}'";
    }
}
