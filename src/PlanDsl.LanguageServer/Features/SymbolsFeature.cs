using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>Document symbols (an outline: declarations with their entries and plan sections) and workspace symbols.</summary>
public static class SymbolsFeature
{
    public static int KindOf(string kind) => kind switch
    {
        "catalog" => Kinds.SymbolModule,
        "plan" => Kinds.SymbolClass,
        "calendar" => Kinds.SymbolEvent,
        "holidays" => Kinds.SymbolEvent,
        "severity" => Kinds.SymbolEnumMember,
        "channel" => Kinds.SymbolField,
        "entitlement" => Kinds.SymbolProperty,
        "attribute" => Kinds.SymbolProperty,
        "work group" or "entitlement group" => Kinds.SymbolNamespace,
        _ when kind.StartsWith("value of", StringComparison.Ordinal) => Kinds.SymbolEnumMember,
        _ => Kinds.SymbolConstant,
    };

    public static DocumentSymbol[] DocumentSymbols(Document document)
    {
        var unit = document.Syntax.Unit;
        var index = document.Syntax.Index;
        var result = new List<DocumentSymbol>();
        foreach (var declaration in unit.Declarations)
        {
            var range = PositionMap.ToRange(declaration.Span);
            var own = index.Declarations.FirstOrDefault(d => d.FullSpan == declaration.Span && d.Container is null);
            if (own is not null)
            {
                var children = declaration is PlanSyntax plan ? Sections(plan.Body)
                    : index.Declarations.Where(d => d.Container == own.Name && d.FullSpan != declaration.Span).Select(Leaf).ToArray();
                result.Add(new DocumentSymbol(own.Name, own.Kind + (own.Detail is null ? "" : " " + own.Detail), KindOf(own.Kind), range, PositionMap.ToRange(own.NameSpan), children));
                continue;
            }
            var inside = index.Declarations.Where(d => Within(d.FullSpan, declaration.Span)).Select(Leaf).ToArray();
            var label = declaration switch
            {
                SeveritiesSyntax => "severities",
                NamedListSyntax n => n.Kind.ToString().ToLowerInvariant(),
                AttributesSyntax => "attributes",
                EntitlementsSyntax => "entitlements",
                GlossarySyntax => "glossary",
                CoverageSyntax => "coverage",
                CreditsSyntax c => "credits" + (SymbolIndex.Title(c.Title) is { } t ? " " + t : ""),
                MatrixSyntax m => "matrix" + (SymbolIndex.Title(m.Title) is { } t ? " " + t : ""),
                _ => declaration.GetType().Name.Replace("Syntax", "").ToLowerInvariant(),
            };
            result.Add(new DocumentSymbol(label, null, Kinds.SymbolNamespace, range, range, inside));
        }
        return result.ToArray();
    }

    private static DocumentSymbol Leaf(SymbolDeclaration d) =>
        new(d.Name, d.Detail, KindOf(d.Kind), PositionMap.ToRange(d.FullSpan), PositionMap.ToRange(d.NameSpan), null);

    private static DocumentSymbol[] Sections(BlockSyntax body) =>
        body.Members.OfType<SectionSyntax>()
            .Select(s => new DocumentSymbol(s.NameText + (s.On is { } on ? " on " + on.Text : ""), null, Kinds.SymbolObject,
                PositionMap.ToRange(s.Span), PositionMap.ToRange(s.Words.Length > 0 ? s.Words[0].Span : s.Span), null))
            .ToArray();

    private static bool Within(Compiler.Syntax.SourceSpan inner, Compiler.Syntax.SourceSpan outer) =>
        inner.Path == outer.Path && (inner.Line, inner.Column).CompareTo((outer.Line, outer.Column)) >= 0
        && (inner.EndLine, inner.EndColumn).CompareTo((outer.EndLine, outer.EndColumn)) <= 0;

    public static SymbolInformation[] WorkspaceSymbols(PlanWorkspace workspace, string query, CancellationToken cancellation)
    {
        var result = new List<SymbolInformation>();
        foreach (var document in workspace.Documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var d in document.Syntax.Index.Declarations)
                if (query.Length == 0 || Matches(d.Name, query) || (d.Detail is { } t && t.Contains(query, StringComparison.OrdinalIgnoreCase)))
                    result.Add(new SymbolInformation(d.Name, KindOf(d.Kind), new Location(document.Uri, PositionMap.ToRange(d.NameSpan)), d.Container ?? d.Kind));
        }
        return result.ToArray();
    }

    /// <summary>Fuzzy: the query's characters appear in order in the name, ignoring case.</summary>
    private static bool Matches(string name, string query)
    {
        var i = 0;
        foreach (var c in name)
            if (i < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[i])) i++;
        return i == query.Length;
    }
}
