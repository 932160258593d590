using Antlr4.Runtime;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Generated;

namespace PlanDsl.Compiler.Syntax;

/// <summary>Turns ANTLR's syntax errors into PD0001 diagnostics with short, readable messages.</summary>
internal sealed class SyntaxErrorListener : BaseErrorListener
{
    private readonly SourceFile _file;
    private readonly DiagnosticBag _diagnostics;

    public SyntaxErrorListener(SourceFile file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Errors past the cap (<see cref="DiagnosticCap.PerFile"/>): counted, not described or kept.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Where the first error past the cap is.</summary>
    public SourceSpan FirstSuppressed { get; private set; } = SourceSpan.None;

    public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        // Bad characters are reported once by the parser front (PD0002 / PD0008), not again here.
        if (offendingSymbol?.Type == PlanDslLexer.BAD_CHAR) return;
        var span = TokenSpans.Of(_file, offendingSymbol, line, charPositionInLine);
        if (_diagnostics.Count >= DiagnosticCap.PerFile)
        {
            if (Suppressed++ == 0) FirstSuppressed = span;
            return;
        }
        _diagnostics.Report(DiagnosticCodes.SyntaxError, span, Describe(recognizer, offendingSymbol, e));
    }

    private static string Describe(IRecognizer recognizer, IToken? token, RecognitionException? e)
    {
        var found = TokenSpans.Describe(token);
        var expected = recognizer is Parser parser ? ExpectedTokens(parser, e) : null;
        return expected is null ? $"unexpected {found}" : $"unexpected {found}; expected {expected}";
    }

    private static string? ExpectedTokens(Parser parser, RecognitionException? e)
    {
        Antlr4.Runtime.Misc.IntervalSet set;
        try
        {
            set = e?.GetExpectedTokens() ?? parser.GetExpectedTokens();
        }
        catch (Exception)
        {
            return null;
        }
        var names = set.ToArray()
            .Where(t => t != PlanDslLexer.NL && t != PlanDslLexer.SEMI && t > 0)
            .Select(t => parser.Vocabulary.GetLiteralName(t) ?? FriendlyName(parser.Vocabulary.GetSymbolicName(t)))
            .Distinct()
            .ToList();
        if (names.Count == 0 || names.Count > 6) return null;
        return string.Join(", ", names.Take(names.Count - 1)) + (names.Count > 1 ? " or " : "") + names[^1];
    }

    private static string FriendlyName(string? symbolic) => symbolic switch
    {
        "ID" or "LANG" => "a name",
        "STRING" => "a text",
        "INT" or "DECIMAL" => "a number",
        "TIME" => "a time of day",
        "DATE" => "a date",
        "MONTH_DAY" => "a month-day",
        "PERCENT" => "a percentage",
        "EOF" => "the end of the file",
        null => "?",
        _ => symbolic.ToLowerInvariant(),
    };
}
