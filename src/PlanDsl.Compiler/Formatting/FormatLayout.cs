using System.Text;
using Antlr4.Runtime;
using PlanDsl.Compiler.Syntax.Generated;

namespace PlanDsl.Compiler.Formatting;

/// <summary>
/// The layout engine of <see cref="PlanFormatter"/>: reads the token stream (comments included) into
/// lines, splits and joins lines where the style asks for it, computes each line's indentation,
/// aligns tables and writes the text. It assumes the input has no syntax errors.
/// </summary>
internal static class FormatLayout
{
    private const int L = PlanDslLexer.LBRACE;
    private const int R = PlanDslLexer.RBRACE;

    private sealed class Item
    {
        public Item(IToken token, string text, bool glued)
        {
            Token = token;
            Text = text;
            Glued = glued;
        }

        public IToken Token { get; }
        public int Type => Token.Type;
        public string Text { get; }

        /// <summary>No whitespace separated this token from the one before it in the source.</summary>
        public bool Glued { get; }

        /// <summary>The 0-based column the token started at in the source.</summary>
        public int Column => Token.Column;

        public bool IsComment => Type is PlanDslLexer.LINE_COMMENT or PlanDslLexer.BLOCK_COMMENT;
    }

    private sealed class Line
    {
        public Line(List<Item> items, int blankBefore)
        {
            Items = items;
            BlankBefore = blankBefore;
        }

        public List<Item> Items { get; }
        public int BlankBefore { get; }
        public int Level { get; set; }
        public int InnerDepth { get; set; }
        public bool StartsWithClose { get; set; }
        public bool IsTableRow { get; set; }

        /// <summary>The aligned row (cells and pipes), when the line is a row of an aligned table.</summary>
        public string? TableText { get; set; }

        public bool CommentOnly => Items.TrueForAll(i => i.IsComment);
    }

    public static string Format(string text)
    {
        var lines = BuildLines(ReadRawLines(text));
        Indent(lines);
        AlignTables(lines);
        return Write(lines);
    }

    // ------------------------------------------------------------------ reading

    /// <summary>The tokens of each physical line (a multi-line comment or text stays on the line it starts).</summary>
    private static List<List<Item>> ReadRawLines(string text)
    {
        var lexer = new PlanDslLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var raw = new List<List<Item>> { new() };
        IToken? previous = null;
        foreach (var token in lexer.GetAllTokens())
        {
            if (token.Type == TokenConstants.EOF) break;
            if (token.Type == PlanDslLexer.NL)
            {
                for (var i = CountBreaks(token.Text); i > 0; i--) raw.Add(new List<Item>());
            }
            else if (token.Type != PlanDslLexer.WS)
            {
                var glued = previous is not null && previous.Type != PlanDslLexer.WS && previous.Type != PlanDslLexer.NL;
                raw[^1].Add(new Item(token, TextOf(token), glued));
            }
            previous = token;
        }
        return raw;
    }

    private static string TextOf(IToken token) => token.Type == PlanDslLexer.LINE_COMMENT
        ? token.Text.TrimEnd()
        : token.Text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static int CountBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            count++;
        }
        return count;
    }

    // ------------------------------------------------------------------ lines

    /// <summary>
    /// One member a line: a line is split after '{', around '}' and at ';'; a '{' that starts a line
    /// moves up to the end of its header line. Runs of blank lines are counted, to collapse later.
    /// </summary>
    private static List<Line> BuildLines(List<List<Item>> raw)
    {
        var lines = new List<Line>();
        var blank = 0;
        foreach (var items in raw)
        {
            if (items.Count == 0)
            {
                blank++;
                continue;
            }
            var segments = Split(items);
            for (var s = 0; s < segments.Count; s++)
            {
                var segment = segments[s];
                if (s == 0 && segment[0].Type == L && lines.Count > 0 && TryJoin(lines[^1], segment)) continue;
                lines.Add(new Line(segment, s == 0 ? blank : 0));
            }
            blank = 0;
        }
        return lines;
    }

    private static List<List<Item>> Split(List<Item> items)
    {
        var lastCode = items.FindLastIndex(i => !i.IsComment);
        var result = new List<List<Item>>();
        var current = new List<Item>();
        void Flush()
        {
            if (current.Count == 0) return;
            result.Add(current);
            current = new List<Item>();
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var codeFollows = i < lastCode;
            switch (item.Type)
            {
                case PlanDslLexer.SEMI:
                    // "a "x"; en "y"": on its own line the translation would join the text before it.
                    if (i + 2 < items.Count && items[i + 1].Type == PlanDslLexer.LANG && IsText(items[i + 2]))
                    {
                        current.Add(item);
                        break;
                    }
                    if (codeFollows && current.Exists(x => !x.IsComment)) Flush();
                    break;
                case R:
                    Flush();
                    current.Add(item);
                    if (codeFollows) Flush();
                    break;
                case L:
                    current.Add(item);
                    if (codeFollows) Flush();
                    break;
                default:
                    current.Add(item);
                    break;
            }
        }
        Flush();
        return result;
    }

    /// <summary>Moves a '{' (and what follows it) up to the end of the header line before it.</summary>
    private static bool TryJoin(Line previous, List<Item> segment)
    {
        if (previous.CommentOnly) return false;
        if (previous.Items[^1].Type == PlanDslLexer.LINE_COMMENT)
        {
            // The '{' goes before the header's trailing comment; two line comments cannot share a line.
            if (segment.Exists(i => i.IsComment)) return false;
            previous.Items.InsertRange(previous.Items.Count - 1, segment);
            return true;
        }
        previous.Items.AddRange(segment);
        return true;
    }

    private static bool IsText(Item item) => item.Type is PlanDslLexer.STRING or PlanDslLexer.UNTERMINATED_STRING;

    // ------------------------------------------------------------------ indentation

    /// <summary>
    /// A line's level is the number of blocks open around it, plus one when it continues the statement
    /// of the line before (after ',' or ':', inside '[ ]', or a translation "pl "…"" on a line of its own
    /// after a line that ends with a text).
    /// A comment line takes the level of the code line after it (inside the block when that line is '}').
    /// </summary>
    private static void Indent(List<Line> lines)
    {
        var depth = 0;
        var brackets = 0;
        Item? lastCode = null;
        foreach (var line in lines)
        {
            line.InnerDepth = depth;
            var code = line.Items.Where(i => !i.IsComment).ToList();
            if (code.Count == 0) continue;
            var first = code[0];
            line.StartsWithClose = first.Type == R;
            var continuation = !line.StartsWithClose && (brackets > 0
                || lastCode?.Type is PlanDslLexer.COMMA or PlanDslLexer.COLON or PlanDslLexer.LBRACK
                || (first.Type == PlanDslLexer.LANG && code.Count > 1 && IsText(code[1]) && lastCode is not null && IsText(lastCode)));
            line.Level = (line.StartsWithClose ? Math.Max(0, depth - 1) : depth) + (continuation ? 1 : 0);
            line.IsTableRow = line.Items[0].Type is PlanDslLexer.PIPE or PlanDslLexer.TABLE_RULE;
            foreach (var token in code)
            {
                switch (token.Type)
                {
                    case L: depth++; break;
                    case R: depth = Math.Max(0, depth - 1); break;
                    case PlanDslLexer.LBRACK: brackets++; break;
                    case PlanDslLexer.RBRACK: brackets = Math.Max(0, brackets - 1); break;
                }
            }
            lastCode = code[^1];
        }

        Line? next = null;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (!line.CommentOnly)
            {
                next = line;
                continue;
            }
            line.Level = next is null || next.StartsWithClose ? line.InnerDepth : next.Level;
        }
    }

    // ------------------------------------------------------------------ tables

    /// <summary>Aligns the rows of each table (consecutive rows; comment lines between them allowed).</summary>
    private static void AlignTables(List<Line> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].IsTableRow)
            {
                i++;
                continue;
            }
            var group = new List<Line>();
            while (i < lines.Count && (lines[i].IsTableRow || lines[i].CommentOnly))
            {
                if (lines[i].IsTableRow) group.Add(lines[i]);
                i++;
            }
            Align(group);
        }
    }

    private sealed record Row(Line Line, List<string>? Cells, List<(bool Left, bool Right)>? Rule, List<Item> Trailing);

    private static void Align(List<Line> group)
    {
        var rows = new List<Row>();
        foreach (var line in group)
        {
            var row = ReadRow(line);
            if (row is null) return; // something unusual in a row: the table is written unaligned
            rows.Add(row);
        }

        var columns = rows.Max(r => r.Cells?.Count ?? r.Rule!.Count);
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < columns; c++)
            {
                var minimum = 1;
                if (row.Rule is not null && c < row.Rule.Count)
                    minimum = 1 + (row.Rule[c].Left ? 1 : 0) + (row.Rule[c].Right ? 1 : 0);
                var width = row.Cells is not null && c < row.Cells.Count ? row.Cells[c].Length : 0;
                widths[c] = Math.Max(widths[c], Math.Max(minimum, width));
            }
        }

        foreach (var row in rows)
        {
            var sb = new StringBuilder("|");
            if (row.Cells is not null)
            {
                for (var c = 0; c < row.Cells.Count; c++)
                    sb.Append(' ').Append(row.Cells[c].PadRight(widths[c])).Append(" |");
            }
            else
            {
                for (var c = 0; c < row.Rule!.Count; c++)
                {
                    var (left, right) = row.Rule[c];
                    var dashes = widths[c] + 2 - (left ? 1 : 0) - (right ? 1 : 0);
                    sb.Append(left ? ":" : "").Append('-', dashes).Append(right ? ":" : "").Append('|');
                }
            }
            if (row.Trailing.Count > 0)
                sb.Append(' ').Append(Render(row.Trailing));
            row.Line.TableText = sb.ToString();
        }
    }

    /// <summary>A row's cells (or a rule row's segments) and the comments after its last '|'; null when unusual.</summary>
    private static Row? ReadRow(Line line)
    {
        var items = line.Items;
        var end = items[^1].Type == PlanDslLexer.LINE_COMMENT ? items.Count - 1 : items.Count;
        if (items[0].Type == PlanDslLexer.TABLE_RULE)
        {
            var trailing = items.GetRange(1, end - 1);
            if (!trailing.TrueForAll(i => i.IsComment)) return null;
            var parts = items[0].Text.Trim().Split('|');
            var rule = parts[1..^1].Select(p => p.Trim()).Select(p => (p.StartsWith(':'), p.EndsWith(':'))).ToList();
            return rule.Count == 0 ? null : new Row(line, null, rule, trailing);
        }

        var cells = new List<string>();
        var cell = new List<Item>();
        var lastPipe = items.FindLastIndex(end - 1, end, i => i.Type == PlanDslLexer.PIPE);
        for (var i = 1; i <= lastPipe; i++)
        {
            if (items[i].Type != PlanDslLexer.PIPE)
            {
                cell.Add(items[i]);
                continue;
            }
            var text = Render(cell);
            if (text.Contains('\n', StringComparison.Ordinal)) return null;
            cells.Add(text);
            cell = new List<Item>();
        }
        var after = items.GetRange(lastPipe + 1, end - lastPipe - 1);
        if (cells.Count == 0 || !after.TrueForAll(i => i.IsComment)) return null;
        return new Row(line, cells, null, after);
    }

    // ------------------------------------------------------------------ writing

    private static string Write(List<Line> lines)
    {
        var sb = new StringBuilder();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (n > 0 && line.BlankBefore > 0) sb.Append('\n');
            var indent = new string(' ', PlanFormatter.IndentWidth * line.Level);
            var items = line.Items;
            Item? comment = items[^1].Type == PlanDslLexer.LINE_COMMENT ? items[^1] : null;
            var body = comment is null ? items : items.GetRange(0, items.Count - 1);
            var text = line.TableText is not null ? indent + line.TableText
                : body.Count > 0 ? indent + Render(body)
                : "";
            if (comment is not null)
            {
                if (text.Length == 0)
                {
                    text = indent + comment.Text;
                }
                else
                {
                    // A trailing comment keeps its column when the code still fits before it.
                    var column = text.Length - (text.LastIndexOf('\n') + 1);
                    var target = Math.Max(column + 1, comment.Column);
                    text += new string(' ', target - column) + comment.Text;
                }
            }
            sb.Append(text).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The tokens of one line, with the canonical spacing between them.</summary>
    private static string Render(List<Item> items)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0 && SpaceBetween(items[i - 1], items[i])) sb.Append(' ');
            sb.Append(items[i].Text);
        }
        return sb.ToString();
    }

    private static bool SpaceBetween(Item previous, Item next)
    {
        if (next.Type is PlanDslLexer.COMMA or PlanDslLexer.COLON or PlanDslLexer.SEMI or PlanDslLexer.RPAREN or PlanDslLexer.RBRACK)
            return false;
        if (previous.Type is PlanDslLexer.LPAREN or PlanDslLexer.LBRACK)
            return false;
        if (previous.Type is PlanDslLexer.COMMA or PlanDslLexer.COLON or PlanDslLexer.SEMI)
            return true;
        // Signs, ranges and units are kept as written: Mon-Fri 08:00-17:00, UTC+02:00, easter +1, EUR/h.
        if (IsTight(previous) || IsTight(next))
            return !next.Glued;
        return true;
    }

    private static bool IsTight(Item item) => item.Type is PlanDslLexer.PLUS or PlanDslLexer.MINUS or PlanDslLexer.SLASH;
}
