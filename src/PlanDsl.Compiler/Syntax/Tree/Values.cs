using System.Collections.Immutable;

namespace PlanDsl.Compiler.Syntax.Tree;

public abstract record ValueSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>-</c>: none, not provided.</summary>
public sealed record NoneValueSyntax(SourceSpan Span) : ValueSyntax(Span);

public sealed record YesNoValueSyntax(bool Value, SourceSpan Span) : ValueSyntax(Span);

public sealed record UnlimitedValueSyntax(SourceSpan Span) : ValueSyntax(Span);

public sealed record BestEffortValueSyntax(NameSyntax? On, SourceSpan Span) : ValueSyntax(Span);

public sealed record WhenDoneValueSyntax(SourceSpan Span) : ValueSyntax(Span);

/// <summary><c>24/7</c> or <c>24/7/365</c>.</summary>
public sealed record AlwaysOpenValueSyntax(SourceSpan Span) : ValueSyntax(Span);

/// <summary><c>60 included</c>.</summary>
public sealed record IncludedAmountValueSyntax(AmountSyntax Amount, SourceSpan Span) : ValueSyntax(Span);

public enum AdditionalKind { Billed, NotAllowed, Priced }

/// <summary><c>additional billed</c>, <c>additional not allowed</c>, <c>additional at 5 EUR per device</c>.</summary>
public sealed record AdditionalValueSyntax(AdditionalKind Kind, AmountSyntax? Price, SourceSpan Span) : ValueSyntax(Span);

/// <summary><c>every 2 h</c>.</summary>
public sealed record EveryValueSyntax(AmountSyntax Amount, SourceSpan Span) : ValueSyntax(Span);

/// <summary>A number with an optional unit, optionally <c>on &lt;calendar&gt;</c>.</summary>
public sealed record AmountValueSyntax(AmountSyntax Amount, NameSyntax? On, SourceSpan Span) : ValueSyntax(Span);

public sealed record PercentValueSyntax(decimal Value, string Text, SourceSpan Span) : ValueSyntax(Span);

public sealed record TextValueSyntax(TextSyntax Text, SourceSpan Span) : ValueSyntax(Span);

public sealed record DateValueSyntax(string Text, SourceSpan Span) : ValueSyntax(Span);

public sealed record TimeRangeSyntax(string Start, string End, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>Mon-Fri 08:00-12:00 13:00-17:00</c>.</summary>
public sealed record WeeklyHoursValueSyntax(NameSyntax FirstDay, NameSyntax? LastDay, ImmutableArray<TimeRangeSyntax> Times, SourceSpan Span) : ValueSyntax(Span);

/// <summary><c>UTC+02:00</c>.</summary>
public sealed record OffsetValueSyntax(NameSyntax Base, char Sign, string Offset, SourceSpan Span) : ValueSyntax(Span);

/// <summary><c>free &lt; pilot &lt; production</c>.</summary>
public sealed record ChainValueSyntax(ImmutableArray<NameSyntax> Names, SourceSpan Span) : ValueSyntax(Span);

public sealed record ListValueSyntax(ImmutableArray<ValueSyntax> Items, SourceSpan Span) : ValueSyntax(Span);

/// <summary><c>on &lt;calendar&gt;</c>; without a name it is the word <c>on</c> (a table header).</summary>
public sealed record OnValueSyntax(NameSyntax? Calendar, SourceSpan Span) : ValueSyntax(Span);

/// <summary>One or more words: a name reference or a header (<c>status update</c>, <c>follow-up</c>).</summary>
public sealed record WordsValueSyntax(ImmutableArray<NameSyntax> Words, string Text, SourceSpan Span) : ValueSyntax(Span)
{
    public bool IsSingleName => Words.Length == 1;
}

/// <summary>The unit after a number: <c>min</c>, <c>business days</c>, <c>EUR/h</c>, <c>PLN per GB per hour</c>.</summary>
public sealed record UnitSyntax(ImmutableArray<NameSyntax> Words, NameSyntax? Slash, ImmutableArray<NameSyntax> Pers, SourceSpan Span) : SyntaxNode(Span)
{
    public string WordsText => string.Join(" ", Words.Select(w => w.Text));

    public override string ToString() => (WordsText + (Slash is null ? "" : "/" + Slash.Text) + string.Concat(Pers.Select(p => " per " + p.Text))).Trim();
}

public sealed record AmountSyntax(decimal Number, string NumberText, UnitSyntax? Unit, SourceSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => (NumberText + " " + Unit?.ToString().Trim()).TrimEnd();
}
