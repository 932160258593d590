using PlanDsl.Compiler.Syntax;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;

namespace PlanDsl.LanguageServer.Workspace;

/// <summary>
/// Converts between the compiler's spans (1-based lines and columns, end exclusive, UTF-16) and LSP
/// positions (0-based, UTF-16), and between LSP positions and offsets in a text.
/// </summary>
public static class PositionMap
{
    public static Range ToRange(SourceSpan span)
    {
        if (span.IsNone) return new Range(new Position(0, 0), new Position(0, 0));
        var start = new Position(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var end = new Position(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1));
        return new Range(start, end);
    }

    /// <summary>True when the position is inside the span or at its end (the cursor just after a name).</summary>
    public static bool Contains(SourceSpan span, Position position)
    {
        if (span.IsNone) return false;
        var line = position.Line + 1;
        var column = position.Character + 1;
        if (line < span.Line || line > span.EndLine) return false;
        if (line == span.Line && column < span.Column) return false;
        if (line == span.EndLine && column > span.EndColumn) return false;
        return true;
    }

    public static bool Intersects(SourceSpan span, Range range) =>
        !(span.EndLine - 1 < range.Start.Line || span.Line - 1 > range.End.Line);
}

/// <summary>Line starts of a text, for offset ↔ position conversions.</summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly List<int> _starts = new() { 0 };

    public LineIndex(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _starts.Add(i + 1);
    }

    public int LineCount => _starts.Count;

    public int OffsetOf(Position position)
    {
        if (position.Line >= _starts.Count) return _text.Length;
        var start = _starts[Math.Max(0, position.Line)];
        var end = position.Line + 1 < _starts.Count ? _starts[position.Line + 1] - 1 : _text.Length;
        return Math.Min(start + Math.Max(0, position.Character), Math.Max(start, end));
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = _starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _starts[line]);
    }

    /// <summary>The text of a line without its line break.</summary>
    public string Line(int line)
    {
        if (line < 0 || line >= _starts.Count) return "";
        var start = _starts[line];
        var end = line + 1 < _starts.Count ? _starts[line + 1] - 1 : _text.Length;
        if (end > start && _text[end - 1] == '\r') end--;
        return _text[start..Math.Max(start, end)];
    }

    public Position End => PositionOf(_text.Length);
}
