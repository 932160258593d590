using System.Text;

namespace PlanDsl.Compiler.Documents;

/// <summary>
/// Makes a plan text safe to place in a Markdown document: whatever the text holds, it renders as that
/// text and never as markup. The Markdown templates pass every plan text through it (the filters
/// <c>md</c>, <c>mdtext</c> and <c>mdpara</c>), as the HTML templates pass them through
/// <c>html.escape</c>. The result is one line that is safe in any of the places the templates use:
/// a table cell, a heading, a list item or a paragraph of its own.
/// </summary>
/// <remarks>
/// Only what CommonMark (with the GitHub table and strikethrough extensions) would read as markup is
/// escaped, with a backslash, so the Markdown source stays readable:
/// <list type="bullet">
/// <item>line breaks and tabs become single spaces (a line break would end a table row or a list item);</item>
/// <item><c>|</c> (a table cell's end), <c>`</c>, <c>[</c> and <c>]</c> always;</item>
/// <item><c>*</c>, <c>_</c> and <c>~</c> unless their run has white space on both sides (<c>a * b</c>), and
/// <c>_</c> also when it stands between letters or digits (<c>support_team</c>): neither can emphasise;</item>
/// <item><c>&lt;</c> before a letter, <c>/</c>, <c>!</c> or <c>?</c> (an HTML tag, comment or autolink; <c>&lt; 99%</c> stays);</item>
/// <item><c>&amp;</c> before a letter or <c>#</c> (an entity; <c>Hours &amp; Days</c> stays);</item>
/// <item><c>\</c> before ASCII punctuation (else it would escape what follows);</item>
/// <item>at the start of the text what would open a block when it begins a line: <c>&gt;</c>, <c>*</c>,
/// <c>~</c>, <c>-</c> or <c>+</c> before a space, <c>#</c>…<c>######</c> before a space, a number of up to
/// nine digits followed by <c>.</c> or <c>)</c> and a space (the <c>.</c> is escaped: <c>1\.</c>); at its
/// end a run of <c>#</c> after a space (it would close an ATX heading).</item>
/// </list>
/// </remarks>
public static class MarkdownEscaper
{
    public static string Escape(string? text)
    {
        var line = OneLine(text);
        var sb = new StringBuilder(line.Length + 8);
        var blockMarker = BlockMarker(line);
        var closingHashes = ClosingHashRun(line);
        for (var i = 0; i < line.Length; i++)
        {
            if (NeedsEscape(line, i) || i == blockMarker || i == closingHashes)
                sb.Append('\\');
            sb.Append(line[i]);
        }
        return sb.ToString();
    }

    /// <summary>The text on one line: line breaks and tabs collapsed to single spaces, trimmed.</summary>
    public static string OneLine(string? text) =>
        string.Join(" ", (text ?? "").Split(new[] { '\r', '\n', '\t', '\f', '\v', '\u0085', '\u2028', '\u2029' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim()).Where(s => s.Length > 0));

    private static bool NeedsEscape(string line, int i)
    {
        var next = i + 1 < line.Length ? line[i + 1] : '\0';
        return line[i] switch
        {
            '|' or '`' or '[' or ']' => true,
            '*' or '~' => !SpacedRun(line, i),
            '_' => !SpacedRun(line, i) && !WithinWord(line, i),
            '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?',
            '&' => char.IsAsciiLetter(next) || next == '#',
            '\\' => IsAsciiPunctuation(next),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the run of the character at <paramref name="i"/> has white space on both sides inside the
    /// text (<c>a * b</c>): such a run can neither open nor close emphasis. The ends of the text do not
    /// count as white space, since a template may put markup right beside the text (<c>**name**</c>).
    /// </summary>
    private static bool SpacedRun(string line, int i)
    {
        var (start, end) = Run(line, i);
        return start > 0 && end < line.Length && char.IsWhiteSpace(line[start - 1]) && char.IsWhiteSpace(line[end]);
    }

    /// <summary>Whether the run of the character at <paramref name="i"/> stands between two letters or digits (<c>support_team</c>).</summary>
    private static bool WithinWord(string line, int i)
    {
        var (start, end) = Run(line, i);
        return start > 0 && end < line.Length && char.IsLetterOrDigit(line[start - 1]) && char.IsLetterOrDigit(line[end]);
    }

    private static (int Start, int End) Run(string line, int i)
    {
        var start = i;
        while (start > 0 && line[start - 1] == line[i]) start--;
        var end = i;
        while (end < line.Length && line[end] == line[i]) end++;
        return (start, end);
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>
    /// The index of the character to escape so that the text does not open a block when it begins a line
    /// (a heading, a quote, a list item or a rule), else -1.
    /// </summary>
    private static int BlockMarker(string line)
    {
        if (line.Length == 0) return -1;
        var first = line[0];
        if (first is '>' or '*' or '~') return 0;
        if (first is '-' or '+' && (line.Length == 1 || line[1] is ' ' or '-')) return 0;
        if (first == '#')
        {
            var hashes = line.TakeWhile(c => c == '#').Count();
            return hashes <= 6 && (hashes == line.Length || line[hashes] == ' ') ? 0 : -1;
        }
        var digits = line.TakeWhile(char.IsAsciiDigit).Count();
        var listNumber = digits is > 0 and <= 9 && digits < line.Length && line[digits] is '.' or ')'
            && (digits + 1 == line.Length || line[digits + 1] == ' ');
        return listNumber ? digits : -1;
    }

    /// <summary>The index of the first '#' of a trailing run of '#' that follows a space, else -1.</summary>
    private static int ClosingHashRun(string line)
    {
        var start = line.Length;
        while (start > 0 && line[start - 1] == '#') start--;
        return start < line.Length && start > 0 && line[start - 1] == ' ' ? start : -1;
    }
}
