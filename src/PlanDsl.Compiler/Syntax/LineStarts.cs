namespace PlanDsl.Compiler.Syntax;

/// <summary>Where each line of a text starts, for moving between offsets and 1-based line/column.</summary>
public sealed class LineStarts
{
    private readonly List<int> _starts;

    private LineStarts(List<int> starts) => _starts = starts;

    public static LineStarts Of(string text)
    {
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        var at = 0;
        while ((at = text.IndexOf('\n', at)) >= 0) starts.Add(++at);
        return new LineStarts(starts);
    }

    /// <summary>Lines in the text; a text ending with a line break has an empty last line.</summary>
    public int Count => _starts.Count;

    /// <summary>The offset line <paramref name="line"/> (1-based) starts at.</summary>
    public int Start(int line) => _starts[line - 1];

    /// <summary>The offset of a 1-based line and column.</summary>
    public int Offset(int line, int column) => _starts[line - 1] + column - 1;

    /// <summary>The 1-based line an offset lies on.</summary>
    public int LineContaining(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The first 1-based line that starts strictly after the offset (Count + 1 when none does).</summary>
    public int FirstLineStartingAfter(int offset)
    {
        var index = _starts.BinarySearch(offset + 1);
        return (index >= 0 ? index : ~index) + 1;
    }
}
