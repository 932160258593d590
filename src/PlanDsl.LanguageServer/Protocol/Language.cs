namespace PlanDsl.LanguageServer.Protocol;

public sealed record CompletionItem(string Label, int Kind, string? Detail = null, string? InsertText = null, string? SortText = null, string? FilterText = null, TextEdit? TextEdit = null);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(int[] Data);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics, string[]? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

public sealed record InlayHint(Position Position, string Label, int? Kind, bool? PaddingLeft, string? Tooltip);

/// <summary>LSP enumerations used here.</summary>
public static class Kinds
{
    public const int CompletionKeyword = 14, CompletionClass = 7, CompletionEnumMember = 20, CompletionValue = 12,
        CompletionField = 5, CompletionModule = 9, CompletionConstant = 21, CompletionEvent = 23, CompletionProperty = 10;

    public const int SymbolFile = 1, SymbolModule = 2, SymbolNamespace = 3, SymbolClass = 5, SymbolProperty = 7, SymbolField = 8,
        SymbolEnum = 10, SymbolEvent = 24, SymbolEnumMember = 22, SymbolConstant = 14, SymbolStruct = 23, SymbolObject = 19;

    public const int SeverityError = 1, SeverityWarning = 2;
}
