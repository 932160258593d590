using System.Text.RegularExpressions;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PlanDsl.LanguageServer.Features;

/// <summary>Renames a declared name and every use of it, across the files of its catalogs.</summary>
public static partial class RenameFeature
{
    public static PrepareRenameResult? Prepare(PlanWorkspace workspace, Document document, Position position)
    {
        if (document.Syntax.Index.NameAt(position) is not { } name) return null;
        if (!NavigationFeature.Declarations(workspace, document, name.Text).Any()) return null;
        return new PrepareRenameResult(PositionMap.ToRange(name.Span), name.Text);
    }

    public static WorkspaceEdit? Rename(PlanWorkspace workspace, Document document, Position position, string newName)
    {
        if (!NamePattern().IsMatch(newName))
            throw new LocalRpcException($"'{newName}' is not a name: letters, digits and '_', starting with a letter or '_'") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        if (document.Syntax.Index.NameAt(position) is not { } name) return null;
        var occurrences = NavigationFeature.Occurrences(workspace, document, name.Text);
        if (occurrences.Count == 0) return null;
        var changes = occurrences
            .GroupBy(n => DocumentUris.ToUri(n.Span.Path))
            .ToDictionary(g => g.Key, g => g.Select(n => new TextEdit(PositionMap.ToRange(n.Span), newName)).ToArray(), StringComparer.Ordinal);
        return new WorkspaceEdit(changes);
    }

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*$")]
    private static partial Regex NamePattern();
}
