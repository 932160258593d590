using Antlr4.Runtime;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Generated;

namespace PlanDsl.Compiler.Syntax;

/// <summary>
/// Refuses token streams that no plan needs but that would make the parser slow (a condition with
/// tens of thousands of 'and's costs quadratic prediction time) or the tree deep.
/// </summary>
internal static class ComplexityGuard
{
    public const int MaxNesting = 256;
    public const int MaxConnectives = 1000;

    /// <summary>True (and PD0010 reported) when the file is too complex to parse.</summary>
    public static bool Check(SourceFile file, IList<IToken> tokens, DiagnosticBag diagnostics)
    {
        var depth = 0;
        var connectives = 0;
        var nots = 0;
        foreach (var token in tokens)
        {
            switch (token.Type)
            {
                case PlanDslLexer.LPAREN or PlanDslLexer.LBRACK or PlanDslLexer.LBRACE:
                    depth++;
                    break;
                case PlanDslLexer.RPAREN or PlanDslLexer.RBRACK or PlanDslLexer.RBRACE:
                    depth = Math.Max(0, depth - 1);
                    break;
                case PlanDslLexer.AND or PlanDslLexer.OR:
                    connectives++;
                    break;
                case PlanDslLexer.NOT:
                    nots++;
                    break;
                case PlanDslLexer.NL or PlanDslLexer.ARROW:
                    connectives = 0;
                    nots = 0;
                    break;
            }
            var problem = depth > MaxNesting ? $"brackets nested more than {MaxNesting} deep"
                : connectives > MaxConnectives ? $"a condition with more than {MaxConnectives} 'and'/'or'"
                : nots > MaxNesting ? $"more than {MaxNesting} 'not' in a row"
                : null;
            if (problem is null) continue;
            diagnostics.Report(DiagnosticCodes.TooComplex, TokenSpans.Of(file, token), problem);
            return true;
        }
        return false;
    }
}
