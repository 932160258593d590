using PlanDsl.LanguageServer.Features;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;

namespace PlanDsl.LanguageServer.Server;

public static class Capabilities
{
    public static ServerCapabilities Server { get; } = new(
        TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: 2, Save: new SaveOptions(IncludeText: true)),
        CompletionProvider: new CompletionOptions(new[] { ":", " ", "|", "\"", "<", "," }, ResolveProvider: false),
        HoverProvider: true,
        DefinitionProvider: true,
        ReferencesProvider: true,
        RenameProvider: new RenameOptions(PrepareProvider: true),
        DocumentSymbolProvider: true,
        WorkspaceSymbolProvider: true,
        SemanticTokensProvider: new SemanticTokensOptions(new SemanticTokensLegend(SemanticTokensFeature.TokenTypes, Array.Empty<string>()), Full: true, Range: false),
        FoldingRangeProvider: true,
        DocumentFormattingProvider: true,
        CodeActionProvider: new CodeActionOptions(new[] { "quickfix" }),
        InlayHintProvider: true);
}
