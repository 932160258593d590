using System.Collections.Immutable;

namespace PlanDsl.Compiler.Syntax.Tree;

public abstract record ConditionSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record NotConditionSyntax(ConditionSyntax Operand, SourceSpan Span) : ConditionSyntax(Span);

public sealed record BinaryConditionSyntax(bool IsAnd, ConditionSyntax Left, ConditionSyntax Right, SourceSpan Span) : ConditionSyntax(Span);

public sealed record CompareConditionSyntax(NameSyntax Attribute, string Operator, ValueSyntax Value, SourceSpan Span) : ConditionSyntax(Span);

public sealed record InListConditionSyntax(NameSyntax Attribute, bool Negated, ImmutableArray<ValueSyntax> Values, SourceSpan Span) : ConditionSyntax(Span);

public sealed record InGroupConditionSyntax(NameSyntax Attribute, bool Negated, NameSyntax Group, SourceSpan Span) : ConditionSyntax(Span);

public sealed record FlagConditionSyntax(NameSyntax Attribute, SourceSpan Span) : ConditionSyntax(Span);

public enum OutcomeKind { Included, Excluded, Refused, Billable }

public sealed record OutcomeSyntax(OutcomeKind Kind, AmountSyntax? Rate, NameSyntax? ReasonName, TextSyntax? ReasonText, SourceSpan Span) : SyntaxNode(Span);
