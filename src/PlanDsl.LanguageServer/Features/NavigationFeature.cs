using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>Go to definition and find references. Names are global to a catalog, so both search the files of the catalogs the document belongs to.</summary>
public static class NavigationFeature
{
    public static Location[] Definition(PlanWorkspace workspace, Document document, Position position)
    {
        if (document.Syntax.Index.NameAt(position) is not { } name) return Array.Empty<Location>();
        return Declarations(workspace, document, name.Text)
            .Select(d => new Location(DocumentUris.ToUri(d.NameSpan.Path), PositionMap.ToRange(d.NameSpan)))
            .ToArray();
    }

    public static IEnumerable<SymbolDeclaration> Declarations(PlanWorkspace workspace, Document document, string name) =>
        workspace.Neighbours(document.Path)
            .SelectMany(d => d.Syntax.Index.Declarations)
            .Where(d => d.Name == name);

    public static Location[] References(PlanWorkspace workspace, Document document, Position position, bool includeDeclaration)
    {
        if (document.Syntax.Index.NameAt(position) is not { } name) return Array.Empty<Location>();
        var declarations = Declarations(workspace, document, name.Text).Select(d => d.NameSpan).ToHashSet();
        return Occurrences(workspace, document, name.Text)
            .Where(n => includeDeclaration || !declarations.Contains(n.Span))
            .Select(n => new Location(DocumentUris.ToUri(n.Span.Path), PositionMap.ToRange(n.Span)))
            .ToArray();
    }

    /// <summary>Every place the name is written in the document's catalogs, when the name is declared there.</summary>
    public static IReadOnlyList<NameSyntax> Occurrences(PlanWorkspace workspace, Document document, string name)
    {
        var neighbours = workspace.Neighbours(document.Path);
        if (!neighbours.Any(d => d.Syntax.Index.Declarations.Any(s => s.Name == name))) return Array.Empty<NameSyntax>();
        return neighbours.SelectMany(d => d.Syntax.Index.Names.Where(n => n.Text == name)).ToList();
    }
}
