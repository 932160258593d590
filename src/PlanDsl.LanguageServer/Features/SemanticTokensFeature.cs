using Antlr4.Runtime;
using PlanDsl.Compiler.Syntax.Generated;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>
/// Semantic tokens (full document) from the compiler's lexer, with names coloured by what they declare
/// (a plan, a calendar, a severity …) and keywords used as names coloured as names.
/// </summary>
public static class SemanticTokensFeature
{
    public static readonly string[] TokenTypes = { "keyword", "comment", "string", "number", "operator", "class", "enumMember", "property", "variable", "type", "event", "namespace" };

    private const int Keyword = 0, Comment = 1, String = 2, Number = 3, Operator = 4, Class = 5, EnumMember = 6, Property = 7, Variable = 8, Type = 9, Event = 10, Namespace = 11;

    public static SemanticTokens Tokens(PlanWorkspace workspace, Document document)
    {
        var kinds = workspace.Neighbours(document.Path)
            .SelectMany(d => d.Syntax.Index.Declarations)
            .GroupBy(d => d.Name)
            .ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        var names = document.Syntax.Index.Names.Select(n => (n.Span.Line, n.Span.Column)).ToHashSet();

        var lexer = new PlanDslLexer(new AntlrInputStream(document.Text));
        lexer.RemoveErrorListeners();
        var data = new List<int>();
        int lastLine = 0, lastChar = 0;
        foreach (var token in lexer.GetAllTokens())
        {
            var type = Classify(token, names, kinds);
            if (type < 0) continue;
            // LSP tokens may not span lines: split multi-line comments and texts.
            var line = token.Line - 1;
            var column = token.Column;
            foreach (var part in token.Text.Split('\n'))
            {
                var length = part.TrimEnd('\r').Length;
                if (length > 0)
                {
                    var deltaLine = line - lastLine;
                    var deltaChar = deltaLine == 0 ? column - lastChar : column;
                    data.AddRange(new[] { deltaLine, deltaChar, length, type, 0 });
                    lastLine = line; lastChar = column;
                }
                line++; column = 0;
            }
        }
        return new SemanticTokens(data.ToArray());
    }

    private static int Classify(IToken token, HashSet<(int, int)> names, Dictionary<string, string> kinds)
    {
        var t = token.Type;
        if (names.Contains((token.Line, token.Column + 1)))
            return kinds.TryGetValue(token.Text, out var kind) ? ForKind(kind) : Variable;
        return t switch
        {
            PlanDslLexer.LINE_COMMENT or PlanDslLexer.BLOCK_COMMENT => Comment,
            PlanDslLexer.STRING or PlanDslLexer.UNTERMINATED_STRING => String,
            PlanDslLexer.DATE or PlanDslLexer.MONTH_DAY or PlanDslLexer.TIME or PlanDslLexer.PERCENT or PlanDslLexer.DECIMAL
                or PlanDslLexer.INT or PlanDslLexer.TWENTY_FOUR_SEVEN => Number,
            >= PlanDslLexer.TABLE_RULE and <= PlanDslLexer.EQUALS => Operator,
            PlanDslLexer.PIPE or PlanDslLexer.COLON => Operator,
            >= PlanDslLexer.IMPORT and <= PlanDslLexer.ALWAYS => Keyword,
            PlanDslLexer.LANG => Keyword,
            PlanDslLexer.ID => Variable,
            _ => -1,
        };
    }

    private static int ForKind(string kind) => kind switch
    {
        "plan" => Class,
        "calendar" or "holidays" => Event,
        "severity" or "kind" => EnumMember,
        "entitlement" or "attribute" or "channel" => Property,
        "catalog" or "work group" or "entitlement group" => Namespace,
        _ when kind.StartsWith("value of", StringComparison.Ordinal) => EnumMember,
        _ => Type,
    };
}
