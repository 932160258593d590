using Antlr4.Runtime;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Generated;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>Folding ranges: declarations and blocks, tables, runs of comment lines, block comments and imports.</summary>
public static class FoldingFeature
{
    public static FoldingRange[] Ranges(Document document)
    {
        var ranges = new List<FoldingRange>();
        void Add(SourceSpan span, string? kind, bool keepLastLine)
        {
            var start = span.Line - 1;
            var end = span.EndLine - 1 - (keepLastLine ? 1 : 0);
            if (end > start) ranges.Add(new FoldingRange(start, end, kind));
        }

        foreach (var declaration in document.Syntax.Unit.Declarations) Walk(declaration, Add);

        var imports = document.Syntax.Unit.Imports;
        if (imports.Length > 1) ranges.Add(new FoldingRange(imports[0].Span.Line - 1, imports[^1].Span.EndLine - 1, "imports"));

        // Comments are not in the syntax tree: find them with the lexer.
        var lexer = new PlanDslLexer(new AntlrInputStream(document.Text));
        lexer.RemoveErrorListeners();
        int runStart = -1, runEnd = -1;
        foreach (var token in lexer.GetAllTokens())
        {
            if (token.Type == PlanDslLexer.BLOCK_COMMENT)
            {
                var lines = token.Text.Count(c => c == '\n');
                if (lines > 0) ranges.Add(new FoldingRange(token.Line - 1, token.Line - 1 + lines, "comment"));
            }
            else if (token.Type == PlanDslLexer.LINE_COMMENT)
            {
                if (runEnd == token.Line - 2) runEnd = token.Line - 1;
                else { Flush(); runStart = runEnd = token.Line - 1; }
            }
        }
        Flush();
        return ranges.DistinctBy(r => (r.StartLine, r.EndLine)).OrderBy(r => r.StartLine).ToArray();

        void Flush()
        {
            if (runStart >= 0 && runEnd > runStart) ranges.Add(new FoldingRange(runStart, runEnd, "comment"));
            runStart = runEnd = -1;
        }
    }

    private static void Walk(SyntaxNode node, Action<SourceSpan, string?, bool> add)
    {
        switch (node)
        {
            case TableSyntax table: add(table.Span, "region", false); return;
            case BlockSyntax block:
                foreach (var member in block.Members) Walk(member, add);
                return;
            case SectionSyntax section:
                add(section.Span, "region", true);
                Walk(section.Body, add);
                return;
            case DeclarationSyntax declaration:
                add(declaration.Span, "region", true);
                var body = declaration switch
                {
                    CatalogSyntax c => c.Body, CalendarSyntax c => c.Body, PlanSyntax p => p.Body,
                    CoverageSyntax c => c.Body, CreditsSyntax c => c.Body, MatrixSyntax m => m.Body, _ => null,
                };
                if (body is not null) Walk(body, add);
                if (declaration is SeveritiesSyntax s)
                    foreach (var e in s.Entries) add(e.Span, "region", true);
                return;
        }
    }
}
