using System.Collections.Immutable;

namespace PlanDsl.Compiler.Syntax.Tree;

public abstract record DeclarationSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record CatalogSyntax(NameSyntax Name, TextSyntax? Title, BlockSyntax Body, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record CalendarSyntax(NameSyntax Name, TextSyntax? Title, NameSyntax? From, BlockSyntax Body, SourceSpan Span) : DeclarationSyntax(Span);

public enum HolidayDayKind { Fixed, Yearly, Easter }

public sealed record HolidayEntrySyntax(HolidayDayKind Kind, string DayText, int EasterOffset, TextSyntax? Name, int? FromYear, SourceSpan Span) : SyntaxNode(Span);

public sealed record HolidaySetSyntax(NameSyntax Name, TextSyntax? Title, ImmutableArray<HolidayEntrySyntax> Entries, ImmutableArray<PropertySyntax> Properties, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record SeverityEntrySyntax(NameSyntax Name, int? Number, SourceSpan? NumberSpan, TextSyntax? Title, BlockSyntax? Body, SourceSpan Span) : SyntaxNode(Span);

public sealed record SeveritiesSyntax(bool OrderStated, ImmutableArray<SeverityEntrySyntax> Entries, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>name "Text" { properties }</c>: a kind, channel, work item or obligation.</summary>
public sealed record NamedEntrySyntax(NameSyntax Name, TextSyntax? Title, BlockSyntax? Body, SourceSpan Span) : SyntaxNode(Span);

public enum NamedListKind { Kinds, Channels, Obligations }

/// <summary><c>kinds { … }</c>, <c>channels { … }</c>, <c>obligations { … }</c>.</summary>
public sealed record NamedListSyntax(NamedListKind Kind, ImmutableArray<NamedEntrySyntax> Entries, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record WorkGroupSyntax(NameSyntax Name, TextSyntax? Title, ImmutableArray<NamedEntrySyntax> Entries, SourceSpan Span) : DeclarationSyntax(Span);

public enum TypeSyntaxKind { YesNo, Choice, Named }

public sealed record ChoiceMemberSyntax(NameSyntax Name, TextSyntax? Title);

public sealed record TypeSyntax(TypeSyntaxKind Kind, NameSyntax? Name, NameSyntax? Per, ImmutableArray<ChoiceMemberSyntax> Members, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>name "Text": type { properties }</c>, optionally inside an entitlement group.</summary>
public sealed record TypedEntrySyntax(NameSyntax Name, TextSyntax? Title, TypeSyntax Type, BlockSyntax? Body, NameSyntax? Group, TextSyntax? GroupTitle, SourceSpan Span) : SyntaxNode(Span);

public sealed record AttributesSyntax(ImmutableArray<TypedEntrySyntax> Entries, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record EntitlementsSyntax(ImmutableArray<TypedEntrySyntax> Entries, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record GlossaryEntrySyntax(TextSyntax Term, TextSyntax Definition, SourceSpan Span) : SyntaxNode(Span);

public sealed record GlossarySyntax(ImmutableArray<GlossaryEntrySyntax> Entries, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record PlanSyntax(NameSyntax Name, TextSyntax? Title, NameSyntax? Extends, BlockSyntax Body, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record CoverageSyntax(BlockSyntax Body, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record CreditsSyntax(TextSyntax? Title, BlockSyntax Body, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record MatrixSyntax(TextSyntax? Title, BlockSyntax Body, SourceSpan Span) : DeclarationSyntax(Span);
