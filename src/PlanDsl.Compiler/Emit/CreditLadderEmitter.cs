using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PlanDsl.Runtime.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// A credit ladder as an if-chain, cap applied at build time: <see cref="CreditLadder.CreditFor"/> takes the
/// last step in list order whose threshold the uptime is strictly below, so the chain tests the steps from
/// the last to the first.
/// </summary>
internal static class CreditLadderEmitter
{
    public const string Parameter = "uptimePercent";

    public static BlockSyntax Body(CreditLadder ladder)
    {
        var statements = new List<StatementSyntax>();
        for (var i = ladder.Steps.Length - 1; i >= 0; i--)
        {
            var step = ladder.Steps[i];
            statements.Add(IfStatement(
                BinaryExpression(SyntaxKind.LessThanExpression, IdentifierName(Parameter), Literals.Decimal(step.BelowPercent)),
                ReturnStatement(Literals.Decimal(Capped(ladder, step.CreditPercent)))));
        }
        statements.Add(ReturnStatement(Literals.Decimal(Capped(ladder, 0m))));
        return Block(statements);
    }

    private static decimal Capped(CreditLadder ladder, decimal credit) => ladder.CapPercent is { } cap && credit > cap ? cap : credit;
}
