using System.Collections;
using System.Reflection;
using System.Text;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Tests.Infrastructure;

/// <summary>
/// Every node, property and span of a syntax tree as indented text, found by reflection so that it
/// covers node types added later. Two trees are the same when their dumps are.
/// </summary>
public static class SyntaxDump
{
    public static string Write(object? node) => DeepStack.Run(() =>
    {
        var sb = new StringBuilder();
        Write(sb, node, 0);
        return sb.ToString();
    });

    private static void Write(StringBuilder sb, object? value, int depth)
    {
        if (depth > 3000) throw new InvalidOperationException("too deep at " + value?.GetType().FullName + " " + sb.ToString(Math.Max(0, sb.Length - 300), Math.Min(300, sb.Length)));
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case SourceSpan span:
                sb.Append($"({span.Line},{span.Column})-({span.EndLine},{span.EndColumn})");
                return;
            case SourceFile file:
                sb.Append("file ").Append(file.Path);
                return;
            case string s:
                sb.Append('"').Append(s).Append('"');
                return;
            case IEnumerable items:
                sb.Append('[');
                foreach (var item in items)
                {
                    sb.Append('\n');
                    Write(sb, item, depth + 1);
                }
                sb.Append(']');
                return;
        }
        var type = value.GetType();
        if (type.Namespace != typeof(SyntaxNode).Namespace || type.IsEnum)
        {
            sb.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        sb.Append(type.Name).Append(" {");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.Name == "EqualityContract") continue;
            sb.Append('\n').Append(property.Name).Append(": ");
            Write(sb, property.GetValue(value), depth + 1);
        }
        sb.Append('}');
    }
}
