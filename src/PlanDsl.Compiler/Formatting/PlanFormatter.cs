using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Formatting;

/// <summary>
/// The canonical formatter of plan files, shared by <c>plandsl fmt</c> and the language server's
/// formatting request. It works on the token stream of the generated lexer: comments (hidden channel)
/// are kept where they are, line breaks that end statements are kept, and only the layout between
/// tokens changes (see docs/formatting.md). Never throws; a file with syntax errors is returned as it was.
/// </summary>
public static class PlanFormatter
{
    /// <summary>The path diagnostics name when the caller gives none.</summary>
    public const string DefaultPath = "input.plan";

    /// <summary>Spaces per block level.</summary>
    public const int IndentWidth = 2;

    /// <summary>Formats one file's text.</summary>
    public static FormatResult Format(string text) => Format(text, DefaultPath);

    /// <summary>Formats one file's text; diagnostics are reported under <paramref name="path"/>.</summary>
    public static FormatResult Format(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);

        var original = PlanParser.Parse(new SourceFile(path, text));
        var errors = original.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
            return new FormatResult(text, false, errors);

        string formatted;
        try
        {
            formatted = FormatLayout.Format(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Refuse(text, path, e.GetType().Name + ": " + e.Message);
        }
        if (string.Equals(formatted, text, StringComparison.Ordinal))
            return new FormatResult(text, false, Array.Empty<Diagnostic>());

        // The safety net: the formatted text must parse to the same tree (line breaks and ';' aside),
        // or the file is left as it was. Formatting never changes what a file means.
        var reparsed = PlanParser.Parse(new SourceFile(path, formatted));
        if (reparsed.Diagnostics.Any(d => d.IsError) || !Signature(original.Tree).SequenceEqual(Signature(reparsed.Tree), StringComparer.Ordinal))
            return Refuse(text, path, "formatting would change the file's syntax tree; the file is left as it was");
        return new FormatResult(formatted, true, Array.Empty<Diagnostic>());
    }

    private static FormatResult Refuse(string text, string path, string reason)
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.InternalError, new SourceSpan(path.Replace('\\', '/'), 1, 1, 1, 1), "fmt: " + reason);
        return new FormatResult(text, false, bag.ToSortedList());
    }

    /// <summary>
    /// The parse tree flattened to rule names and token texts, without line breaks and ';' (which only
    /// separate statements) and with line endings inside tokens normalized: equal signatures mean the
    /// same syntax.
    /// </summary>
    internal static List<string> Signature(IParseTree root)
    {
        var result = new List<string>();
        var stack = new Stack<(IParseTree Node, bool Close)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, close) = stack.Pop();
            if (close)
            {
                result.Add(")");
                continue;
            }
            if (node is ITerminalNode terminal)
            {
                var type = terminal.Symbol.Type;
                if (type is Syntax.Generated.PlanDslLexer.NL or Syntax.Generated.PlanDslLexer.SEMI or TokenConstants.EOF) continue;
                var text = type == Syntax.Generated.PlanDslLexer.TABLE_RULE
                    ? RuleShape(terminal.Symbol.Text) // the dashes are layout: only the segments count
                    : terminal.Symbol.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
                result.Add(type.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + text);
                continue;
            }
            result.Add("(" + node.GetType().Name);
            stack.Push((node, true));
            for (var i = node.ChildCount - 1; i >= 0; i--)
                stack.Push((node.GetChild(i), false));
        }
        return result;
    }

    private static string RuleShape(string rule) => string.Join("|", rule.Trim().Split('|')
        .Select(p => p.Trim())
        .Select(p => p.Length == 0 ? "" : (p.StartsWith(':') ? ":" : "") + "-" + (p.EndsWith(':') ? ":" : "")));
}
