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
    public const int MaxFileLength = Files.PlanFileAccess.MaxFileBytes;

    public static ParseResult Parse(SourceFile file)
    {
        var diagnostics = new DiagnosticBag();
        var text = file.Text.Length > MaxFileLength ? "" : file.Text;
        if (file.Text.Length > MaxFileLength)
            diagnostics.Report(DiagnosticCodes.FileUnreadable, new SourceSpan(file.DisplayPath, 1, 1, 1, 1), file.DisplayPath, $"larger than {MaxFileLength} characters");
        return Parse(file, text, 1, diagnostics);
    }

    /// <summary>
    /// Parses a run of whole lines of a file, starting at <paramref name="firstLine"/>, as if it were a
    /// file of its own: spans come out as in the whole file. Used to re-parse only what an edit touched.
    /// </summary>
    public static ParseResult ParseLines(SourceFile file, string lines, int firstLine) =>
        Parse(file, lines, firstLine, new DiagnosticBag());

    private static ParseResult Parse(SourceFile file, string text, int firstLine, DiagnosticBag diagnostics)
    {
        var lexer = new PlanDslLexer(new AntlrInputStream(text)) { Line = firstLine };
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        ReportBadCharacters(file, tokens, diagnostics);
        if (ComplexityGuard.Check(file, tokens.GetTokens(), diagnostics))
        {
            // Refuse pathological input before the parser spends minutes on it.
            tokens = new CommonTokenStream(new PlanDslLexer(new AntlrInputStream("")) { Line = firstLine });
            tokens.Fill();
        }

        var tree = DeepStack.Run(() => ParseTwoStage(tokens, file, diagnostics));
        return new ParseResult(file, tree, diagnostics.ToSortedList());
    }

    /// <summary>
    /// ANTLR's usual two stages: the fast SLL prediction with bail-out first, which parses every
    /// correct file; only when it fails, the full LL prediction with error recovery and reporting.
    /// </summary>
    private static PlanDslParser.CompilationUnitContext ParseTwoStage(CommonTokenStream tokens, SourceFile file, DiagnosticBag diagnostics)
    {
        var parser = new PlanDslParser(tokens);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return parser.compilationUnit();
        }
        catch (Antlr4.Runtime.Misc.ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.LL;
            parser.ErrorHandler = new DefaultErrorStrategy();
            var listener = new SyntaxErrorListener(file, diagnostics);
            parser.AddErrorListener(listener);
            var tree = parser.compilationUnit();
            if (listener.Suppressed == 0) return tree;
            // Past the cap the file is not compiled further: an empty tree, so that binding adds nothing.
            diagnostics.Report(DiagnosticCodes.TooManyDiagnostics, listener.FirstSuppressed, listener.Suppressed, DiagnosticCap.PerFile);
            var empty = new PlanDslParser(new CommonTokenStream(new PlanDslLexer(new AntlrInputStream(""))));
            empty.RemoveErrorListeners();
            return empty.compilationUnit();
        }
    }

    private static void ReportBadCharacters(SourceFile file, CommonTokenStream tokens, DiagnosticBag diagnostics)
    {
        foreach (var token in tokens.GetTokens())
        {
            if (token.Type is PlanDslLexer.STRING or PlanDslLexer.UNTERMINATED_STRING) ReportUnknownEscapes(file, token, diagnostics);
            if (token.Type != PlanDslLexer.BAD_CHAR && token.Type != PlanDslLexer.UNTERMINATED_STRING) continue;
            var span = TokenSpans.Of(file, token);
            if (token.Type == PlanDslLexer.UNTERMINATED_STRING)
                diagnostics.Report(DiagnosticCodes.UnterminatedText, new SourceSpan(span.Path, span.Line, span.Column, span.Line, span.Column + 1));
            else
                diagnostics.Report(DiagnosticCodes.BadCharacter, span, Printable(token.Text));
        }
    }

    /// <summary>PD0016 for each unknown escape of a one-line text, at the escape itself (triple-quoted texts have none).</summary>
    private static void ReportUnknownEscapes(SourceFile file, IToken token, DiagnosticBag diagnostics)
    {
        var text = token.Text ?? "";
        if (text.StartsWith("\"\"\"", StringComparison.Ordinal) || !text.Contains('\\')) return;
        foreach (var escape in TextEscapes.Find(SyntaxTreeBuilder.Body(text)))
        {
            if (escape.Value is not null) continue;
            var column = token.Column + 2 + escape.Index;
            diagnostics.Report(DiagnosticCodes.UnknownEscape, new SourceSpan(file.DisplayPath, token.Line, column, token.Line, column + escape.Length),
                text.Substring(1 + escape.Index, escape.Length));
        }
    }

    private static string Printable(string text) =>
        text.Length == 1 && char.IsControl(text[0]) ? $"\\u{(int)text[0]:X4}" : text;
}
