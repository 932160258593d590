using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>
/// Where the cursor is, found from the text alone (it works on text that does not parse): the blocks
/// that enclose it (their header lines, outermost first) and the line up to the cursor.
/// </summary>
public sealed record EditorContext(IReadOnlyList<string> Blocks, string LineBefore, int Line, int Character, IReadOnlyList<string>? TableHeader)
{
    /// <summary>The cells of the first row of the table the line belongs to; null on the first row or outside a table.</summary>
    private static IReadOnlyList<string>? HeaderOf(LineIndex lines, int line)
    {
        if (!lines.Line(line).TrimStart().StartsWith('|')) return null;
        var top = line;
        while (top > 0 && lines.Line(top - 1).TrimStart().StartsWith('|')) top--;
        if (top == line) return null;
        var cells = lines.Line(top).Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
        return cells;
    }

    public string Innermost => Blocks.Count == 0 ? "" : FirstWord(Blocks[^1]);

    public string Outer(int level) => Blocks.Count > level ? FirstWord(Blocks[level]) : "";

    public static string FirstWord(string header)
    {
        var trimmed = header.TrimStart();
        var end = 0;
        while (end < trimmed.Length && (char.IsLetterOrDigit(trimmed[end]) || trimmed[end] == '_')) end++;
        return trimmed[..end];
    }

    public static EditorContext At(Document document, Position position)
    {
        var lines = document.Lines;
        var offset = lines.OffsetOf(position);
        var text = document.Text;
        var stack = new List<string>();
        var statementStart = 0;
        var i = 0;
        while (i < offset)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < offset && text[i] != '\n') i++;
                continue;
            }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? offset : end + 2;
                continue;
            }
            if (c == '"')
            {
                if (i + 2 < text.Length && text[i + 1] == '"' && text[i + 2] == '"')
                {
                    var end = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                    i = end < 0 ? offset : end + 3;
                    continue;
                }
                i++;
                while (i < offset && text[i] != '"' && text[i] != '\n') { if (text[i] == '\\') i++; i++; }
                i++;
                continue;
            }
            if (c == '{') { stack.Add(text[statementStart..i].Trim()); statementStart = i + 1; }
            else if (c == '}') { if (stack.Count > 0) stack.RemoveAt(stack.Count - 1); statementStart = i + 1; }
            else if (c == '\n' || c == ';')
            {
                // A header may continue on the next line only before its '{' (e.g. "plan x\n{"): keep the last non-empty line.
                if (text[statementStart..i].Trim().Length > 0 && i + 1 < text.Length && NextNonBlank(text, i + 1) != '{') statementStart = i + 1;
                else if (text[statementStart..i].Trim().Length == 0) statementStart = i + 1;
            }
            i++;
        }
        var line = lines.Line(position.Line);
        var before = line[..Math.Min(position.Character, line.Length)];
        return new EditorContext(stack, before, position.Line, position.Character, HeaderOf(lines, position.Line));
    }

    private static char NextNonBlank(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) return text[i];
        return '\0';
    }
}
