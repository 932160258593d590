using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>Fully qualified (<c>global::</c>) C# type syntax for a CLR type, built from reflection, never from text.</summary>
internal static class TypeSyntaxes
{
    public static TypeSyntax For(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return NullableType(For(underlying));
        if (type.IsArray)
            return ArrayType(For(type.GetElementType()!))
                .WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))));
        if (Predefined(type) is { } keyword) return PredefinedType(Token(keyword));
        return Name(type);
    }

    /// <summary>A type's name as an expression's left-hand side (for static members: <c>global::NodaTime.Duration.Zero</c>).</summary>
    public static NameSyntax Name(Type type)
    {
        NameSyntax? left;
        if (type.DeclaringType is { } outer) left = Name(outer);
        else
        {
            left = null;
            foreach (var part in (type.Namespace ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries))
                left = left is null
                    ? AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), IdentifierName(part))
                    : QualifiedName(left, IdentifierName(part));
        }
        SimpleNameSyntax right = type.IsGenericType
            ? GenericName(Identifier(type.Name[..type.Name.IndexOf('`')]))
                .WithTypeArgumentList(TypeArgumentList(SeparatedList(type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0).Select(For))))
            : IdentifierName(type.Name);
        return left is null ? right : QualifiedName(left, right);
    }

    /// <summary>A static member of a type: <c>global::N.T.Member</c>.</summary>
    public static MemberAccessExpressionSyntax Member(Type type, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Name(type), IdentifierName(member));

    private static SyntaxKind? Predefined(Type type) => type.IsEnum ? null : Type.GetTypeCode(type) switch
    {
        TypeCode.String => SyntaxKind.StringKeyword,
        TypeCode.Boolean => SyntaxKind.BoolKeyword,
        TypeCode.Int32 => SyntaxKind.IntKeyword,
        TypeCode.Int64 => SyntaxKind.LongKeyword,
        TypeCode.Decimal => SyntaxKind.DecimalKeyword,
        TypeCode.Byte => SyntaxKind.ByteKeyword,
        TypeCode.Double => SyntaxKind.DoubleKeyword,
        _ when type == typeof(object) => SyntaxKind.ObjectKeyword,
        _ when type == typeof(void) => SyntaxKind.VoidKeyword,
        _ => null,
    };
}
