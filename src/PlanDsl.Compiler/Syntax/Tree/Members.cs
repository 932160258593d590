using System.Collections.Immutable;

namespace PlanDsl.Compiler.Syntax.Tree;

public sealed record BlockSyntax(ImmutableArray<MemberSyntax> Members, SourceSpan Span) : SyntaxNode(Span)
{
    public static BlockSyntax Empty(SourceSpan span) => new(ImmutableArray<MemberSyntax>.Empty, span);

    public IEnumerable<PropertySyntax> Properties => Members.OfType<PropertySyntax>();
}

public abstract record MemberSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>key "label": value, value</c>. The key may be several words (<c>uptime target</c>).</summary>
public sealed record PropertySyntax(ImmutableArray<NameSyntax> Key, TextSyntax? Label, ImmutableArray<ValueSyntax> Values, SourceSpan Span) : MemberSyntax(Span)
{
    public string KeyText => string.Join(" ", Key.Select(k => k.Text));

    public SourceSpan KeySpan => Key.Length == 0 ? Span : Key[0].Span;
}

/// <summary>A named sub-block: <c>targets on business_hours { … }</c>.</summary>
public sealed record SectionSyntax(ImmutableArray<NameSyntax> Words, TextSyntax? Title, NameSyntax? On, BlockSyntax Body, SourceSpan Span) : MemberSyntax(Span)
{
    public string NameText => string.Join(" ", Words.Select(k => k.Text));
}

public sealed record CellSyntax(ImmutableArray<ValueSyntax> Values, SourceSpan Span) : SyntaxNode(Span);

public sealed record TableRowSyntax(ImmutableArray<CellSyntax> Cells, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A table: the first row is the header.</summary>
public sealed record TableSyntax(ImmutableArray<TableRowSyntax> Rows, SourceSpan Span) : MemberSyntax(Span);

/// <summary><c>when condition -> outcome</c>, or <c>otherwise -> outcome</c> (Condition null).</summary>
public sealed record RuleSyntax(ConditionSyntax? Condition, OutcomeSyntax Outcome, SourceSpan Span) : MemberSyntax(Span);
