using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NodaTime;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>C# literal expressions for values (strings always through <see cref="SyntaxFactory.Literal(string)"/>).</summary>
internal static class Literals
{
    public static ExpressionSyntax String(string? s) =>
        s is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(s));

    public static ExpressionSyntax Int(int i) => i switch
    {
        int.MinValue => TypeSyntaxes.Member(typeof(int), nameof(int.MinValue)),
        < 0 => PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(-i))),
        _ => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(i)),
    };

    public static ExpressionSyntax Long(long l) => l switch
    {
        long.MinValue => TypeSyntaxes.Member(typeof(long), nameof(long.MinValue)),
        < 0 => PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(-l))),
        _ => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(l)),
    };

    /// <summary>A decimal with its scale (1.50m stays 1.50m).</summary>
    public static ExpressionSyntax Decimal(decimal d)
    {
        var text = Math.Abs(d).ToString(CultureInfo.InvariantCulture) + "m";
        var literal = LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(text, Math.Abs(d)));
        return d < 0 || (d == 0 && decimal.IsNegative(d)) ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, literal) : literal;
    }

    public static ExpressionSyntax Enum(Enum e)
    {
        var type = e.GetType();
        var name = System.Enum.GetName(type, e);
        return name is not null
            ? TypeSyntaxes.Member(type, name)
            : CastExpression(TypeSyntaxes.For(type), Long(Convert.ToInt64(e, CultureInfo.InvariantCulture)));
    }

    public static ExpressionSyntax Date(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso) throw new NotSupportedException($"a date in the {date.Calendar.Id} calendar");
        return ObjectCreationExpression(TypeSyntaxes.For(typeof(LocalDate)))
            .WithArgumentList(ArgumentList(SeparatedList(new[] { Argument(Int(date.Year)), Argument(Int(date.Month)), Argument(Int(date.Day)) })));
    }

    public static ExpressionSyntax Duration(Duration duration) =>
        duration == NodaTime.Duration.Zero
            ? TypeSyntaxes.Member(typeof(Duration), nameof(NodaTime.Duration.Zero))
            : InvocationExpression(TypeSyntaxes.Member(typeof(Duration), nameof(NodaTime.Duration.FromNanoseconds)),
                ArgumentList(SingletonSeparatedList(Argument(Long(duration.ToInt64Nanoseconds())))));
}
