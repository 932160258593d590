using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Coverage rules: conditions over typed ticket attributes deciding included / excluded / refused / billable.</summary>
internal sealed partial class CatalogBinder
{
    private ImmutableArray<CoverageRule> BindCatalogCoverage() =>
        All<CoverageSyntax>().SelectMany(c => BindRules(c.Body, "catalog")).ToImmutableArray();

    /// <summary>Where each bound rule is written (by reference: equal rules may be written twice).</summary>
    private readonly Dictionary<CoverageRule, SourceSpan> _ruleSpans = new(ReferenceEqualityComparer.Instance);

    private List<CoverageRule> BindRules(BlockSyntax body, string origin)
    {
        var reader = BlockReader.Read(body, "coverage", _diagnostics, Array.Empty<string>(), rules: true);
        var rules = new List<CoverageRule>();
        var otherwiseSeen = false;
        foreach (var rule in reader.Rules)
        {
            if (otherwiseSeen) _diagnostics.Report(DiagnosticCodes.UnreachableRule, rule.Span);
            ConditionNode? condition = null;
            if (rule.Condition is not null)
            {
                if (Depth(rule.Condition) > MaxConditionDepth)
                {
                    _diagnostics.Report(DiagnosticCodes.ConditionTooDeep, rule.Condition.Span, MaxConditionDepth);
                    continue;
                }
                condition = BindCondition(rule.Condition);
                if (condition is null) continue;
            }
            else otherwiseSeen = true;
            if (BindOutcome(rule.Outcome) is { } outcome)
            {
                var bound = new CoverageRule(condition, outcome, origin);
                _ruleSpans[bound] = rule.Span;
                rules.Add(bound);
            }
        }
        return rules;
    }

    /// <summary>Deeper conditions are refused, so that no later stage recurses without bound.</summary>
    public const int MaxConditionDepth = 64;

    /// <summary>The nesting depth of a condition, measured without recursion.</summary>
    private static int Depth(ConditionSyntax root)
    {
        var max = 0;
        var stack = new Stack<(ConditionSyntax Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            if (max > MaxConditionDepth) return max;
            switch (node)
            {
                case NotConditionSyntax n: stack.Push((n.Operand, depth + 1)); break;
                case BinaryConditionSyntax b: stack.Push((b.Left, depth + 1)); stack.Push((b.Right, depth + 1)); break;
            }
        }
        return max;
    }

    private ConditionNode? BindCondition(ConditionSyntax syntax)
    {
        switch (syntax)
        {
            case NotConditionSyntax n:
                return BindCondition(n.Operand) is { } operand ? new NotCondition(operand) : null;
            case BinaryConditionSyntax b:
                var left = BindCondition(b.Left);
                var right = BindCondition(b.Right);
                if (left is null || right is null) return null;
                return b.IsAnd ? new AndCondition(left, right) : new OrCondition(left, right);
            case FlagConditionSyntax f:
                if (Attribute(f.Attribute) is not { } flag) return null;
                if (flag.Type.Kind != ValueTypeKind.YesNo)
                {
                    _diagnostics.Report(DiagnosticCodes.NotAFlag, f.Span, flag.Id, flag.Type.Describe());
                    return null;
                }
                return new FlagCondition(flag.Id);
            case CompareConditionSyntax c:
                if (Attribute(c.Attribute) is not { } attribute || Literal(attribute, c.Value) is not { } literal) return null;
                var op = c.Operator switch
                {
                    "=" => CompareOperator.Equal, "!=" => CompareOperator.NotEqual, "<" => CompareOperator.Less,
                    "<=" => CompareOperator.LessOrEqual, ">" => CompareOperator.Greater, _ => CompareOperator.GreaterOrEqual,
                };
                var ordered = attribute.Type.Kind is ValueTypeKind.Number or ValueTypeKind.Duration or ValueTypeKind.Date or ValueTypeKind.Money;
                if (op is not (CompareOperator.Equal or CompareOperator.NotEqual) && !ordered)
                {
                    _diagnostics.Report(DiagnosticCodes.BadOperator, c.Span, c.Operator, $"'{attribute.Id}' ({attribute.Type.Describe()})");
                    return null;
                }
                return new CompareCondition(attribute.Id, op, literal);
            case InListConditionSyntax l:
                if (Attribute(l.Attribute) is not { } listAttribute) return null;
                var values = new List<RuleLiteral>();
                foreach (var value in l.Values)
                {
                    if (listAttribute.Id == "work" && value is WordsValueSyntax { IsSingleName: true } w && _workGroups.TryGet(w.Text, out var members))
                        values.AddRange(members.Select(RuleLiteral.OfChoice));
                    else if (Literal(listAttribute, value) is { } item) values.Add(item);
                    else return null;
                }
                return new InCondition(listAttribute.Id, values.Distinct().ToImmutableArray(), l.Negated);
            case InGroupConditionSyntax g:
                if (Attribute(g.Attribute) is not { } groupAttribute) return null;
                if (groupAttribute.Id != "work")
                {
                    _diagnostics.Report(DiagnosticCodes.BadOperator, g.Span, "in <group>", $"'{groupAttribute.Id}': only 'work' has groups; write '{groupAttribute.Id} in [a, b]'");
                    return null;
                }
                if (!_workGroups.Resolve(g.Group, _diagnostics, out var groupMembers)) return null;
                return new InCondition("work", groupMembers.Select(RuleLiteral.OfChoice).ToImmutableArray(), g.Negated);
            default:
                return null;
        }
    }

    private AttributeModel? Attribute(NameSyntax name) => _attributes.Resolve(name, _diagnostics, out var attribute) ? attribute : null;

    /// <summary>A literal checked against the attribute's type.</summary>
    private RuleLiteral? Literal(AttributeModel attribute, ValueSyntax value)
    {
        var type = attribute.Type;
        switch (type.Kind)
        {
            case ValueTypeKind.YesNo when value is YesNoValueSyntax y:
                return RuleLiteral.OfFlag(y.Value);
            case ValueTypeKind.Number when value is AmountValueSyntax { Amount.Unit: null } a:
                return RuleLiteral.OfNumber(a.Amount.Number);
            case ValueTypeKind.Text when value is TextValueSyntax t:
                return RuleLiteral.OfText(t.Text.Parts[0].Text);
            case ValueTypeKind.Duration when value is AmountValueSyntax a:
                if (_values.Duration(a.Amount, attribute.Id) is not { } dur) return null;
                if (dur.IsBusinessDays)
                {
                    _diagnostics.Report(DiagnosticCodes.WrongValue, a.Span, attribute.Id, "an exact duration such as '16 h' (business days depend on a calendar)", a.Amount.ToString());
                    return null;
                }
                return RuleLiteral.OfDuration(dur.Elapsed);
            case ValueTypeKind.Date when value is DateValueSyntax d:
                return _values.Date(d.Text, d.Span) is { } date ? RuleLiteral.OfDate(date) : null;
            case ValueTypeKind.Money when value is AmountValueSyntax a:
                return _values.Money(a.Amount, attribute.Id) is { } m ? RuleLiteral.OfMoney(m) : null;
            case ValueTypeKind.Choice when value is WordsValueSyntax { IsSingleName: true } w:
                if (type.Members.Any(m => m.Id == w.Text)) return RuleLiteral.OfChoice(w.Text);
                _diagnostics.Report(DiagnosticCodes.UnknownName, w.Span, $"value of '{attribute.Id}'", w.Text, NameSuggester.DidYouMean(w.Text, type.Members.Select(m => m.Id)));
                return null;
            default:
                _diagnostics.Report(DiagnosticCodes.TypeMismatch, value.Span, attribute.Id, type.Describe(), ValueReader.Describe(value));
                return null;
        }
    }

    private CoverageOutcome? BindOutcome(OutcomeSyntax outcome)
    {
        var decision = outcome.Kind switch
        {
            OutcomeKind.Included => CoverageDecision.Included,
            OutcomeKind.Excluded => CoverageDecision.Excluded,
            OutcomeKind.Refused => CoverageDecision.Refused,
            _ => CoverageDecision.Billable,
        };
        PriceModel? rate = null;
        if (outcome.Rate is { } amount)
        {
            rate = _values.Price("rate", LocalizedText.Empty, amount, "billable rate");
            if (rate is null) return null;
            if (rate.Kind != PriceKind.Hourly)
            {
                _diagnostics.Report(DiagnosticCodes.RateNeeded, amount.Span, amount.ToString());
                return null;
            }
        }
        string? reason = null;
        if (outcome.ReasonName is { } name)
        {
            if (_workItems.Contains(name.Text) || _workGroups.Contains(name.Text) || _obligations.Contains(name.Text)) reason = name.Text;
            else
            {
                _diagnostics.Report(DiagnosticCodes.BadReason, name.Span, name.Text, NameSuggester.DidYouMean(name.Text, _workItems.Names.Concat(_workGroups.Names).Concat(_obligations.Names)));
                return null;
            }
        }
        return new CoverageOutcome(decision, rate, reason, _text.Bind(outcome.ReasonText));
    }
}
