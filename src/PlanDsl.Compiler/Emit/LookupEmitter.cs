using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PlanDsl.Runtime.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>Name-to-index lookups as C# switches on string constants (the first of equal names wins, as FirstOrDefault).</summary>
internal static class LookupEmitter
{
    /// <summary><c>public override int Name(string? p) => p switch { "a" =&gt; 0, … , _ =&gt; -1 };</c></summary>
    public static MethodDeclarationSyntax Switch(string method, string parameter, IEnumerable<string> names)
    {
        var arms = Arms(names.Select((n, i) => (n, i)));
        arms.Add(SwitchExpressionArm(DiscardPattern(), Literals.Int(-1)));
        var body = SwitchExpression(IdentifierName(parameter), SeparatedList(arms));
        return Override(method, parameter).WithExpressionBody(ArrowExpressionClause(body)).WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
    }

    /// <summary>
    /// <see cref="ResolvedCatalog.FindSeverity"/> compiled: names and numbers in one switch (a name never looks
    /// like a number), then aliases and titles ignoring case, severity by severity.
    /// </summary>
    public static MethodDeclarationSyntax Severity(ResolvedCatalog catalog)
    {
        const string parameter = "nameNumberOrAlias";
        var exact = catalog.Severities.Select((s, i) => (s.Id, i))
            .Concat(catalog.Severities.Select((s, i) => (s.Number?.ToString(CultureInfo.InvariantCulture), i)).Where(x => x.Item1 is not null).Select(x => (x.Item1!, x.i)));
        var arms = Arms(exact);
        arms.Add(SwitchExpressionArm(DiscardPattern(), Literals.Int(-1)));
        var statements = new List<StatementSyntax>
        {
            LocalDeclarationStatement(VariableDeclaration(PredefinedType(Token(SyntaxKind.IntKeyword)))
                .WithVariables(SingletonSeparatedList(VariableDeclarator(Identifier("exact"))
                    .WithInitializer(EqualsValueClause(SwitchExpression(IdentifierName(parameter), SeparatedList(arms))))))),
            IfStatement(BinaryExpression(SyntaxKind.GreaterThanOrEqualExpression, IdentifierName("exact"), Literals.Int(0)), ReturnStatement(IdentifierName("exact"))),
        };
        for (var i = 0; i < catalog.Severities.Length; i++)
        {
            var severity = catalog.Severities[i];
            var texts = severity.Aliases.Concat(severity.Title.Translations.Values).ToList();
            if (texts.Count == 0) continue;
            var test = texts.Select(t => (ExpressionSyntax)InvocationExpression(TypeSyntaxes.Member(typeof(string), nameof(string.Equals)), ArgumentList(SeparatedList(new[]
                {
                    Argument(IdentifierName(parameter)), Argument(Literals.String(t)), Argument(TypeSyntaxes.Member(typeof(StringComparison), nameof(StringComparison.OrdinalIgnoreCase))),
                }))))
                .Aggregate((a, b) => BinaryExpression(SyntaxKind.LogicalOrExpression, a, b));
            statements.Add(IfStatement(test, ReturnStatement(Literals.Int(i))));
        }
        statements.Add(ReturnStatement(Literals.Int(-1)));
        return Override("SeverityIndex", parameter).WithBody(Block(statements));
    }

    private static List<SwitchExpressionArmSyntax> Arms(IEnumerable<(string Name, int Index)> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return names.Where(n => seen.Add(n.Name))
            .Select(n => SwitchExpressionArm(ConstantPattern(Literals.String(n.Name)), Literals.Int(n.Index)))
            .ToList();
    }

    /// <summary>Generated code is compiled without nullable annotations: parameters are plain <c>string</c>.</summary>
    private static MethodDeclarationSyntax Override(string method, string parameter) =>
        MethodDeclaration(PredefinedType(Token(SyntaxKind.IntKeyword)), Identifier(method))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.OverrideKeyword)))
            .WithParameterList(ParameterList(SingletonSeparatedList(Parameter(Identifier(parameter))
                .WithType(PredefinedType(Token(SyntaxKind.StringKeyword))))));
}
