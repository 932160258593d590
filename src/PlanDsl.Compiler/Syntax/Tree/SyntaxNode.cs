using System.Collections.Immutable;

namespace PlanDsl.Compiler.Syntax.Tree;

/// <summary>A node of the immutable syntax tree; every node knows where it came from.</summary>
public abstract record SyntaxNode(SourceSpan Span);

/// <summary>A name as written, with its place.</summary>
public sealed record NameSyntax(string Text, SourceSpan Span) : SyntaxNode(Span);

/// <summary>One part of a text: the untagged part (Language null) or a translation.</summary>
public sealed record TextPart(string? Language, string Text, SourceSpan Span);

/// <summary>A translatable text: <c>"Critical" pl "Krytyczny"</c>.</summary>
public sealed record TextSyntax(ImmutableArray<TextPart> Parts, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A parsed file: its imports and declarations.</summary>
public sealed record CompilationUnitSyntax(SourceFile File, ImmutableArray<ImportSyntax> Imports, ImmutableArray<DeclarationSyntax> Declarations, SourceSpan Span) : SyntaxNode(Span);

/// <summary>An <c>import "path"</c>; <paramref name="PathSpan"/> is the span of the quoted path.</summary>
public sealed record ImportSyntax(string Path, SourceSpan Span, SourceSpan PathSpan) : SyntaxNode(Span);
