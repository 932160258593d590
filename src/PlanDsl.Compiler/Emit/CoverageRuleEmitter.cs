using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// Compiles a plan version's coverage rules into C# decision code over typed facts (the ticket's attributes
/// by index): each test becomes a typed comparison (<c>string.CompareOrdinal</c>, <c>decimal.CompareTo</c> …)
/// giving a three-valued <see cref="Truth"/>, combined with <see cref="Kleene"/>. As in the interpreter every
/// test of a rule is evaluated, left to right (no short cut), so the same input refusals happen; the first
/// rule that is true decides and unknown rules on the way are recorded.
/// </summary>
internal sealed class CoverageRuleEmitter
{
    private readonly IReadOnlyDictionary<string, int> _attributes;

    public CoverageRuleEmitter(ResolvedCatalog catalog)
    {
        var attributes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Attributes.Length; i++) attributes.TryAdd(catalog.Attributes[i].Id, i);
        _attributes = attributes;
    }

    /// <summary>The body of <c>int Decide(RuleLiteral[] f, ref RuleTrace unknown)</c> for the rules.</summary>
    public BlockSyntax Body(IReadOnlyList<CoverageRule> rules)
    {
        var statements = new List<StatementSyntax>();
        for (var index = 0; index < rules.Count; index++)
        {
            var condition = rules[index].Condition;
            if (condition is null)
            {
                statements.Add(ReturnStatement(Literals.Int(index)));
                return Block(statements);
            }
            statements.Add(Rule(index, condition));
        }
        statements.Add(ReturnStatement(Literals.Int(-1)));
        return Block(statements);
    }

    private BlockSyntax Rule(int index, ConditionNode condition)
    {
        var tests = new List<StatementSyntax>();
        var truth = Combine(condition, index, tests);
        var result = "rule" + index.ToString(CultureInfo.InvariantCulture);
        tests.Add(Local(result, truth));
        tests.Add(IfStatement(Is(result, nameof(Truth.True)), ReturnStatement(Literals.Int(index))));
        tests.Add(IfStatement(Is(result, nameof(Truth.Unknown)),
            ExpressionStatement(InvocationExpression(
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("unknown"), IdentifierName(nameof(RuleTrace.Add))),
                ArgumentList(SingletonSeparatedList(Argument(Literals.Int(index))))))));
        return Block(tests);
    }

    /// <summary>The truth of a node; each test is computed into a local first, in depth-first order.</summary>
    private ExpressionSyntax Combine(ConditionNode node, int rule, List<StatementSyntax> tests)
    {
        switch (node)
        {
            case NotCondition n:
                return KleeneCall(nameof(Kleene.Not), Combine(n.Operand, rule, tests));
            case AndCondition a:
            {
                var left = Combine(a.Left, rule, tests);
                return KleeneCall(nameof(Kleene.And), left, Combine(a.Right, rule, tests));
            }
            case OrCondition o:
            {
                var left = Combine(o.Left, rule, tests);
                return KleeneCall(nameof(Kleene.Or), left, Combine(o.Right, rule, tests));
            }
            default:
                var suffix = rule.ToString(CultureInfo.InvariantCulture) + "_" + tests.Count.ToString(CultureInfo.InvariantCulture);
                var name = "test" + suffix;
                tests.Add(Local(name, Test(node, "v" + suffix)));
                return IdentifierName(name);
        }
    }

    /// <summary><c>f[i] is { } v ? Kleene.Of(…) : Truth.Unknown</c>.</summary>
    private ExpressionSyntax Test(ConditionNode node, string variable)
    {
        var attribute = node switch
        {
            FlagCondition f => f.Attribute,
            CompareCondition c => c.Attribute,
            InCondition i => i.Attribute,
            _ => throw new NotSupportedException($"condition {node.GetType().Name}"),
        };
        var unknown = TypeSyntaxes.Member(typeof(Truth), nameof(Truth.Unknown));
        if (!_attributes.TryGetValue(attribute, out var index)) return unknown; // never given: always unknown
        var value = IdentifierName(variable);
        ExpressionSyntax known = node switch
        {
            FlagCondition => Field(value, nameof(RuleLiteral.Flag)),
            CompareCondition c => Holds(Order(attribute, value, c.Value), c.Operator),
            InCondition i => In(attribute, value, i),
            _ => throw new NotSupportedException(),
        };
        var fact = ElementAccessExpression(IdentifierName("f"), BracketedArgumentList(SingletonSeparatedList(Argument(Literals.Int(index)))));
        var isKnown = IsPatternExpression(fact, RecursivePattern()
            .WithPropertyPatternClause(PropertyPatternClause())
            .WithDesignation(SingleVariableDesignation(Identifier(variable))));
        return ConditionalExpression(isKnown, KleeneCall(nameof(Kleene.Of), known), unknown);
    }

    private static ExpressionSyntax In(string attribute, ExpressionSyntax value, InCondition node)
    {
        ExpressionSyntax? any = null;
        foreach (var literal in node.Values)
        {
            var equal = Holds(Order(attribute, value, literal), CompareOperator.Equal);
            any = any is null ? equal : BinaryExpression(SyntaxKind.LogicalOrExpression, any, equal);
        }
        any ??= LiteralExpression(SyntaxKind.FalseLiteralExpression);
        return node.Negated ? PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, ParenthesizedExpression(any)) : any;
    }

    /// <summary>The order of the ticket's value against the rule's literal, typed by the literal (as ConditionEvaluator.Compare).</summary>
    private static ExpressionSyntax Order(string attribute, ExpressionSyntax value, RuleLiteral literal)
    {
        switch (literal.Type)
        {
            case ValueTypeKind.YesNo:
                return CompareTo(Field(value, nameof(RuleLiteral.Flag)), LiteralExpression(literal.Flag ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression));
            case ValueTypeKind.Number or ValueTypeKind.Count:
                return CompareTo(Field(value, nameof(RuleLiteral.Number)), Literals.Decimal(literal.Number));
            case ValueTypeKind.Duration:
                return CompareTo(Field(value, nameof(RuleLiteral.Duration)), Literals.Duration(literal.Duration));
            case ValueTypeKind.Date:
                return CompareTo(Field(value, nameof(RuleLiteral.Date)), literal.Date == default ? DefaultExpression(TypeSyntaxes.For(typeof(NodaTime.LocalDate))) : Literals.Date(literal.Date));
            case ValueTypeKind.Money:
                return InvocationExpression(TypeSyntaxes.Member(typeof(CompiledRules), nameof(CompiledRules.MoneyOrder)), ArgumentList(SeparatedList(new[]
                {
                    Argument(Literals.String(attribute)), Argument(Field(value, nameof(RuleLiteral.Money))),
                    Argument(Literals.Decimal(literal.Money.Amount)), Argument(Literals.String(literal.Money.Currency)),
                })));
            default:
                return InvocationExpression(TypeSyntaxes.Member(typeof(string), nameof(string.CompareOrdinal)), ArgumentList(SeparatedList(new[]
                {
                    Argument(Field(value, nameof(RuleLiteral.Text))), Argument(Literals.String(literal.Text)),
                })));
        }
    }

    private static ExpressionSyntax Holds(ExpressionSyntax order, CompareOperator op)
    {
        var kind = op switch
        {
            CompareOperator.Equal => SyntaxKind.EqualsExpression,
            CompareOperator.NotEqual => SyntaxKind.NotEqualsExpression,
            CompareOperator.Less => SyntaxKind.LessThanExpression,
            CompareOperator.LessOrEqual => SyntaxKind.LessThanOrEqualExpression,
            CompareOperator.Greater => SyntaxKind.GreaterThanExpression,
            _ => SyntaxKind.GreaterThanOrEqualExpression,
        };
        return BinaryExpression(kind, order, Literals.Int(0));
    }

    private static ExpressionSyntax CompareTo(ExpressionSyntax left, ExpressionSyntax right) =>
        InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, left, IdentifierName("CompareTo")),
            ArgumentList(SingletonSeparatedList(Argument(right))));

    private static ExpressionSyntax Field(ExpressionSyntax value, string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, value, IdentifierName(name));

    private static ExpressionSyntax KleeneCall(string method, params ExpressionSyntax[] args) =>
        InvocationExpression(TypeSyntaxes.Member(typeof(Kleene), method), ArgumentList(SeparatedList(args.Select(Argument))));

    private static ExpressionSyntax Is(string local, string truth) =>
        BinaryExpression(SyntaxKind.EqualsExpression, IdentifierName(local), TypeSyntaxes.Member(typeof(Truth), truth));

    private static LocalDeclarationStatementSyntax Local(string name, ExpressionSyntax value) =>
        LocalDeclarationStatement(VariableDeclaration(TypeSyntaxes.For(typeof(Truth)))
            .WithVariables(SingletonSeparatedList(VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(value)))));
}
