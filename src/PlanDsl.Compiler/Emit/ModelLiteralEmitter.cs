using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NodaTime;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PlanDsl.Compiler.Emit;

/// <summary>
/// Turns a value of the resolved model into a C# expression that rebuilds it: records by their primary
/// constructors (found by reflection), immutable arrays, localized texts, enums, NodaTime values and
/// literals. Every string becomes a <see cref="SyntaxFactory.Literal(string)"/> token, so no plan text
/// is ever read as code. Large parts (calendars, holiday sets, plans) are hoisted into methods of their own.
/// </summary>
internal sealed class ModelLiteralEmitter
{
    private static readonly Type[] Hoisted = { typeof(PlanModel), typeof(PlanVersion), typeof(CalendarModel), typeof(HolidaySetModel) };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (ConstructorInfo Constructor, PropertyInfo[] Properties)?> Constructors = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, MethodInfo> ArrayEmitters = new();

    private readonly List<MethodDeclarationSyntax> _methods = new();

    /// <summary>The methods that hoisted parts were put in; add them to the class.</summary>
    public IReadOnlyList<MethodDeclarationSyntax> Methods => _methods;

    public ExpressionSyntax Emit(object? value, Type declared)
    {
        if (value is null) return CastExpression(TypeSyntaxes.For(declared), LiteralExpression(SyntaxKind.NullLiteralExpression));
        var type = value.GetType();
        if (Array.IndexOf(Hoisted, type) >= 0) return Hoist(value, type);
        return EmitValue(value, type);
    }

    private ExpressionSyntax Hoist(object value, Type type)
    {
        var name = "Model" + type.Name + "_" + _methods.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _methods.Add(null!); // reserve the number before nested parts take theirs
        var index = _methods.Count - 1;
        var body = EmitValue(value, type);
        _methods[index] = MethodDeclaration(TypeSyntaxes.For(type), Identifier(name))
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithExpressionBody(ArrowExpressionClause(body))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        return InvocationExpression(IdentifierName(name));
    }

    private ExpressionSyntax EmitValue(object value, Type type)
    {
        switch (value)
        {
            case string s: return Literals.String(s);
            case bool b: return LiteralExpression(b ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);
            case int i: return Literals.Int(i);
            case long l: return Literals.Long(l);
            case decimal d: return Literals.Decimal(d);
            case Enum e: return Literals.Enum(e);
            case LocalDate date: return date == default ? DefaultExpression(TypeSyntaxes.For(typeof(LocalDate))) : Literals.Date(date);
            case LocalTime time:
                return InvocationExpression(TypeSyntaxes.Member(typeof(LocalTime), nameof(LocalTime.FromNanosecondsSinceMidnight)), Args(Literals.Long(time.NanosecondOfDay)));
            case Duration duration: return Literals.Duration(duration);
            case LocalizedText text: return Text(text);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            return (ExpressionSyntax)ArrayEmitters.GetOrAdd(type, t => typeof(ModelLiteralEmitter).GetMethod(nameof(EmitArray), BindingFlags.NonPublic | BindingFlags.Instance)!
                .MakeGenericMethod(t.GetGenericArguments()[0])).Invoke(this, new[] { value })!;
        return Construct(value, type);
    }

    private ExpressionSyntax EmitArray<T>(ImmutableArray<T> array)
    {
        var arrayType = typeof(ImmutableArray<T>);
        if (array.IsDefault) return DefaultExpression(TypeSyntaxes.For(arrayType));
        if (array.IsEmpty) return TypeSyntaxes.Member(arrayType, nameof(ImmutableArray<T>.Empty));
        var create = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeSyntaxes.Name(typeof(ImmutableArray)),
            GenericName(Identifier(nameof(ImmutableArray.Create))).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeSyntaxes.For(typeof(T))))));
        return InvocationExpression(create, ArgumentList(SeparatedList(array.Select(item => Argument(Emit(item, typeof(T)))))));
    }

    private static ExpressionSyntax Text(LocalizedText text)
    {
        if (text.IsEmpty) return TypeSyntaxes.Member(typeof(LocalizedText), nameof(LocalizedText.Empty));
        var args = text.Translations.SelectMany(kv => new[] { kv.Key, kv.Value }).Select(s => Argument(Literals.String(s)));
        return InvocationExpression(TypeSyntaxes.Member(typeof(ModelLiterals), nameof(ModelLiterals.Text)), ArgumentList(SeparatedList(args)));
    }

    /// <summary>A record (class or struct) by the public constructor whose parameters are all properties of the same name.</summary>
    private ExpressionSyntax Construct(object value, Type type)
    {
        var (constructor, properties) = Constructors.GetOrAdd(type, t => PrimaryConstructor(t) is { } c
                ? (c, c.GetParameters().Select(p => t.GetProperty(Capitalized(p.Name!), BindingFlags.Public | BindingFlags.Instance)!).ToArray())
                : null)
            ?? throw new NotSupportedException($"cannot emit a {type.FullName}: no constructor whose parameters are its properties");
        var parameters = constructor.GetParameters();
        var args = parameters.Select((p, i) => Argument(Emit(properties[i].GetValue(value), p.ParameterType)));
        return ObjectCreationExpression(TypeSyntaxes.For(type)).WithArgumentList(ArgumentList(SeparatedList(args)));
    }

    private static ConstructorInfo? PrimaryConstructor(Type type) => type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
        .Where(c => c.GetParameters().All(p => type.GetProperty(Capitalized(p.Name!), BindingFlags.Public | BindingFlags.Instance) is { } property
            && p.ParameterType.IsAssignableFrom(property.PropertyType)))
        .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type)) // not a record's copy constructor
        .OrderByDescending(c => c.GetParameters().Length)
        .ThenBy(c => string.Join(",", c.GetParameters().Select(p => p.ParameterType.FullName)), StringComparer.Ordinal)
        .FirstOrDefault();

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static ArgumentListSyntax Args(params ExpressionSyntax[] args) => ArgumentList(SeparatedList(args.Select(Argument)));
}
