using System.Text.Json;
using PlanDsl.LanguageServer.Features;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PlanDsl.LanguageServer.Server;

public sealed partial class PlanLanguageServer
{
    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(JsonElement raw, CancellationToken cancellation)
    {
        EnsureRunning();
        var parameters = Params<TextDocumentPositionParams>(raw);
        Require(parameters?.Position, "position");
        return CompletionFeature.Complete(_workspace, DocumentOf(parameters!.TextDocument), parameters.Position, cancellation);
    }

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<TextDocumentPositionParams>(raw);
        Require(parameters?.Position, "position");
        var document = DocumentOf(parameters!.TextDocument);
        return HoverFeature.Hover(_workspace, Analyzer.ModelOf(document.Path), document, parameters.Position);
    }

    [JsonRpcMethod("textDocument/definition")]
    public Location[] Definition(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<TextDocumentPositionParams>(raw);
        Require(parameters?.Position, "position");
        return NavigationFeature.Definition(_workspace, DocumentOf(parameters!.TextDocument), parameters.Position);
    }

    [JsonRpcMethod("textDocument/references")]
    public Location[] References(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<ReferenceParams>(raw);
        Require(parameters?.Position, "position");
        return NavigationFeature.References(_workspace, DocumentOf(parameters!.TextDocument), parameters.Position, parameters.Context?.IncludeDeclaration ?? true);
    }

    [JsonRpcMethod("textDocument/prepareRename")]
    public PrepareRenameResult? PrepareRename(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<TextDocumentPositionParams>(raw);
        Require(parameters?.Position, "position");
        return RenameFeature.Prepare(_workspace, DocumentOf(parameters!.TextDocument), parameters.Position);
    }

    [JsonRpcMethod("textDocument/rename")]
    public WorkspaceEdit? Rename(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<RenameParams>(raw);
        Require(parameters?.Position, "position");
        Require(parameters!.NewName, "newName");
        return RenameFeature.Rename(_workspace, DocumentOf(parameters.TextDocument), parameters.Position, parameters.NewName);
    }

    [JsonRpcMethod("textDocument/documentSymbol")]
    public DocumentSymbol[] DocumentSymbols(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<DocumentSymbolParams>(raw);
        return SymbolsFeature.DocumentSymbols(DocumentOf(parameters?.TextDocument));
    }

    [JsonRpcMethod("workspace/symbol")]
    public async Task<SymbolInformation[]> WorkspaceSymbols(JsonElement raw, CancellationToken cancellation)
    {
        EnsureRunning();
        var parameters = Params<WorkspaceSymbolParams>(raw);
        // Waits for pending analyses so that the answer reflects the latest edits.
        await Analyzer.WhenIdle.WaitAsync(cancellation).ConfigureAwait(false);
        return SymbolsFeature.WorkspaceSymbols(_workspace, parameters?.Query ?? "", cancellation);
    }

    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public SemanticTokens SemanticTokens(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<SemanticTokensParams>(raw);
        return SemanticTokensFeature.Tokens(_workspace, DocumentOf(parameters?.TextDocument));
    }

    [JsonRpcMethod("textDocument/foldingRange")]
    public FoldingRange[] FoldingRanges(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<FoldingRangeParams>(raw);
        return FoldingFeature.Ranges(DocumentOf(parameters?.TextDocument));
    }

    [JsonRpcMethod("textDocument/formatting")]
    public TextEdit[] Formatting(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<DocumentFormattingParams>(raw);
        return FormattingFeature.Format(DocumentOf(parameters?.TextDocument));
    }

    [JsonRpcMethod("textDocument/codeAction")]
    public CodeAction[] CodeActions(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<CodeActionParams>(raw);
        Require(parameters?.Range, "range");
        var document = DocumentOf(parameters!.TextDocument);
        return CodeActionsFeature.Actions(_workspace, Analyzer, document, parameters.Range, parameters.Context);
    }

    [JsonRpcMethod("textDocument/inlayHint")]
    public InlayHint[] InlayHints(JsonElement raw)
    {
        EnsureRunning();
        var parameters = Params<InlayHintParams>(raw);
        var document = DocumentOf(parameters?.TextDocument);
        return InlayHintsFeature.Hints(Analyzer.ModelOf(document.Path), document, parameters!.Range);
    }
}
