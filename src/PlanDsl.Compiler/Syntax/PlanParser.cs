using Antlr4.Runtime;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Generated;

namespace PlanDsl.Compiler.Syntax;

/// <summary>
/// Parses one file with the generated ANTLR parser. Never throws: every problem becomes a diagnostic,
/// and the parser recovers so that later errors are reported too.
/// </summary>
public static class PlanParser
{
    /// <summary>Files larger than this are refused rather than parsed.</summary>
    public const int MaxFileLength = 16 * 1024 * 1024;

    public static ParseResult Parse(SourceFile file)
    {
        var diagnostics = new DiagnosticBag();
        var text = file.Text.Length > MaxFileLength ? "" : file.Text;
        if (file.Text.Length > MaxFileLength)
            diagnostics.Report(DiagnosticCodes.FileUnreadable, new SourceSpan(file.DisplayPath, 1, 1, 1, 1), file.DisplayPath, $"larger than {MaxFileLength} characters");

        var lexer = new PlanDslLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        ReportBadCharacters(file, tokens, diagnostics);
        if (ComplexityGuard.Check(file, tokens.GetTokens(), diagnostics))
        {
            // Refuse pathological input before the parser spends minutes on it.
            tokens = new CommonTokenStream(new PlanDslLexer(new AntlrInputStream("")));
            tokens.Fill();
        }

        var parser = new PlanDslParser(tokens);
        parser.RemoveErrorListeners();
        parser.AddErrorListener(new SyntaxErrorListener(file, diagnostics));
        var tree = DeepStack.Run(() => parser.compilationUnit());
        return new ParseResult(file, tree, diagnostics.ToSortedList());
    }

    private static void ReportBadCharacters(SourceFile file, CommonTokenStream tokens, DiagnosticBag diagnostics)
    {
        foreach (var token in tokens.GetTokens())
        {
            if (token.Type != PlanDslLexer.BAD_CHAR && token.Type != PlanDslLexer.UNTERMINATED_STRING) continue;
            var span = TokenSpans.Of(file, token);
            if (token.Type == PlanDslLexer.UNTERMINATED_STRING)
                diagnostics.Report(DiagnosticCodes.UnterminatedText, new SourceSpan(span.Path, span.Line, span.Column, span.Line, span.Column + 1));
            else
                diagnostics.Report(DiagnosticCodes.BadCharacter, span, Printable(token.Text));
        }
    }

    private static string Printable(string text) =>
        text.Length == 1 && char.IsControl(text[0]) ? $"\\u{(int)text[0]:X4}" : text;
}
