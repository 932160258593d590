using System.Reflection;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>
/// Formatting with the canonical formatter shared with 'plandsl fmt'
/// (<c>PlanDsl.Compiler.Formatting.PlanFormatter.Format(string)</c>): one edit replacing the whole
/// document when the text changes; none when it is already formatted or does not parse.
/// </summary>
public static class FormattingFeature
{
    private static readonly Lazy<MethodInfo?> Formatter = new(() =>
        typeof(Compiler.Workspace).Assembly.GetType("PlanDsl.Compiler.Formatting.PlanFormatter")
            ?.GetMethod("Format", BindingFlags.Public | BindingFlags.Static, new[] { typeof(string) }));

    /// <summary>Whether the compiler this server runs on has the formatter.</summary>
    public static bool Available => Formatter.Value is not null;

    public static TextEdit[] Format(Document document)
    {
        if (Formatter.Value is not { } format) return Array.Empty<TextEdit>();
        var result = format.Invoke(null, new object[] { document.Text });
        if (result is null) return Array.Empty<TextEdit>();
        var type = result.GetType();
        var changed = type.GetProperty("Changed")?.GetValue(result) as bool? ?? false;
        var text = type.GetProperty("Text")?.GetValue(result) as string;
        var errors = type.GetProperty("SyntaxErrors")?.GetValue(result) as System.Collections.ICollection;
        if (!changed || text is null || errors is { Count: > 0 }) return Array.Empty<TextEdit>();
        var whole = new Protocol.Range(new Position(0, 0), document.Lines.End);
        return new[] { new TextEdit(whole, text) };
    }
}
