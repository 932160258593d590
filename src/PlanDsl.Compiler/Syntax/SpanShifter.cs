using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Syntax;

/// <summary>
/// Moves syntax nodes up or down by whole lines: what an edit above them does to declarations it did
/// not touch. Works on every record of <see cref="Tree"/> through its primary constructor, so a new
/// node type needs nothing here; the copying code is compiled once per type.
/// </summary>
public static class SpanShifter
{
    private static readonly ConcurrentDictionary<Type, Func<object, int, object>> Copiers = new();
    private static readonly MethodInfo ShiftAnyMethod = typeof(SpanShifter).GetMethod(nameof(ShiftAny), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ShiftArrayMethod = typeof(SpanShifter).GetMethod(nameof(ShiftArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo MoveMethod = typeof(SpanShifter).GetMethod(nameof(Move), BindingFlags.Public | BindingFlags.Static)!;
    private static readonly MethodInfo MoveOptionalMethod = typeof(SpanShifter).GetMethod(nameof(MoveOptional), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The node with every span (its own and its descendants') moved by <paramref name="lines"/>.</summary>
    public static T Shift<T>(T node, int lines) where T : class =>
        lines == 0 ? node : (T)ShiftAny(node, lines)!;

    public static SourceSpan Move(SourceSpan span, int lines) =>
        span.IsNone ? span : span with { Line = span.Line + lines, EndLine = span.EndLine + lines };

    private static SourceSpan? MoveOptional(SourceSpan? span, int lines) => span is { } s ? Move(s, lines) : null;

    private static object? ShiftAny(object? node, int lines) =>
        node is null ? null : Copiers.GetOrAdd(node.GetType(), BuildCopier)(node, lines);

    private static ImmutableArray<T> ShiftArray<T>(ImmutableArray<T> items, int lines) where T : class
    {
        if (items.IsDefaultOrEmpty) return items;
        var builder = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items) builder.Add((T)ShiftAny(item, lines)!);
        return builder.MoveToImmutable();
    }

    /// <summary><c>(node, lines) => new T(shift(node.A), shift(node.B), …)</c> for the record's primary constructor.</summary>
    private static Func<object, int, object> BuildCopier(Type type)
    {
        if (type.Namespace != typeof(SyntaxNode).Namespace)
            return (node, _) => node;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => properties.ContainsKey(p.Name!)))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no constructor from its properties");
        var node = Expression.Parameter(typeof(object), "node");
        var lines = Expression.Parameter(typeof(int), "lines");
        var typed = Expression.Convert(node, type);
        var arguments = constructor.GetParameters().Select(p =>
        {
            var value = Expression.Property(typed, properties[p.Name!]);
            return ShiftExpression(value, p.ParameterType, lines);
        });
        var body = Expression.Convert(Expression.New(constructor, arguments), typeof(object));
        return Expression.Lambda<Func<object, int, object>>(body, node, lines).Compile();
    }

    private static Expression ShiftExpression(Expression value, Type type, ParameterExpression lines)
    {
        if (type == typeof(SourceSpan)) return Expression.Call(MoveMethod, value, lines);
        if (type == typeof(SourceSpan?)) return Expression.Call(MoveOptionalMethod, value, lines);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && !type.GetGenericArguments()[0].IsValueType)
            return Expression.Call(ShiftArrayMethod.MakeGenericMethod(type.GetGenericArguments()[0]), value, lines);
        if (!type.IsValueType && type.Namespace == typeof(SyntaxNode).Namespace)
            return Expression.Convert(Expression.Call(ShiftAnyMethod, Expression.Convert(value, typeof(object)), lines), type);
        return value;
    }
}
