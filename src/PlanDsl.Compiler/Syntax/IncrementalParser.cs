using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Syntax;

/// <summary>
/// Re-parses only the top-level declarations an edit touched, and keeps the others (moved by the lines
/// the edit added or removed). The result is the tree and the diagnostics a whole parse gives — tests
/// compare the two over random edits — it is only cheaper: typing in one plan of a 5,000-line catalog
/// re-parses that plan.
/// <para>
/// The lines before the edit that end with a whole declaration are kept, as are the lines after it that
/// start one; what lies between is parsed on its own, starting on its line. That is the whole parse's
/// result when the parser is at the top level at both ends: at the start because a declaration ended
/// there, at the end because the re-parsed lines end without error (else, the next kept declaration
/// must come out of the re-parse unchanged; failing that, everything to the end of the file is
/// re-parsed). A file whose old tree had syntax errors outside the edited lines is parsed whole.
/// </para>
/// </summary>
public static class IncrementalParser
{
    /// <summary>How many kept declarations after an edit with syntax errors are re-parsed to find the top level again.</summary>
    private const int ResyncAttempts = 3;

    public static ParsedFile Reparse(ParsedFile previous, SourceFile next)
    {
        var oldText = previous.File.Text;
        var newText = next.Text;
        if (previous.File.Path != next.Path || oldText.Length > PlanParser.MaxFileLength || newText.Length > PlanParser.MaxFileLength)
            return ParsedFile.Parse(next);
        if (string.Equals(oldText, newText, StringComparison.Ordinal)) return previous with { File = next };

        var oldLines = LineStarts.Of(oldText);
        var newLines = LineStarts.Of(newText);
        var (firstChanged, lastChangedOld, delta) = ChangedLines(oldText, newText, oldLines, newLines);

        var items = Items(previous.Unit);
        var before = KeptBefore(items, firstChanged, oldText, oldLines);
        var after = KeptAfter(items, before, lastChangedOld);
        var regionStart = before == 0 ? 1 : items[before - 1].Span.EndLine + 1;

        // Syntax errors outside the lines re-parsed would be kept blindly: parse the whole file instead.
        var regionEndOld = after < items.Count ? items[after].Span.Line - 1 : oldLines.Count;
        if (previous.Diagnostics.Any(d => d.Span.Line < regionStart || d.Span.Line > regionEndOld))
            return ParsedFile.Parse(next);

        for (var attempt = 0; ; attempt++)
        {
            var keptAfter = after + attempt;
            var endOld = keptAfter < items.Count ? items[keptAfter].Span.Line - 1 : oldLines.Count;
            var endNew = endOld + delta;
            var parse = PlanParser.ParseLines(next, Slice(newText, newLines, regionStart, endNew), regionStart);
            if (parse.Diagnostics.Any(d => d.Code == DiagnosticCodes.TooComplex.Code)) return ParsedFile.Parse(next);
            var region = SyntaxTreeBuilder.Build(parse);
            var resynced = attempt == 0
                ? parse.Diagnostics.Count == 0
                : ReparsedUnchanged(region, items[after + attempt - 1], delta, parse.Diagnostics);
            if (resynced || keptAfter >= items.Count)
                return Assemble(next, items.Take(before), region, items.Skip(keptAfter), delta, parse.Diagnostics);
            if (attempt == ResyncAttempts)
            {
                // Still no top level in sight: re-parse to the end of the file.
                var rest = PlanParser.ParseLines(next, Slice(newText, newLines, regionStart, newLines.Count), regionStart);
                if (rest.Diagnostics.Any(d => d.Code == DiagnosticCodes.TooComplex.Code)) return ParsedFile.Parse(next);
                return Assemble(next, items.Take(before), SyntaxTreeBuilder.Build(rest), Enumerable.Empty<SyntaxNode>(), delta, rest.Diagnostics);
            }
        }
    }

    /// <summary>The first changed line (same in both texts), the last changed line of the old text, and the lines added (negative: removed).</summary>
    private static (int First, int LastOld, int Delta) ChangedLines(string oldText, string newText, LineStarts oldLines, LineStarts newLines)
    {
        var prefix = oldText.AsSpan().CommonPrefixLength(newText);
        var max = Math.Min(oldText.Length, newText.Length) - prefix;
        var suffix = 0;
        while (suffix < max && oldText[oldText.Length - 1 - suffix] == newText[newText.Length - 1 - suffix]) suffix++;

        // Whole lines inside the common prefix (ending with their line break) are unchanged...
        var unchangedAbove = oldLines.LineContaining(prefix) - 1;
        // ...and whole lines inside the common suffix, the line break before them included.
        var suffixStart = oldText.Length - suffix;
        var unchangedBelow = oldLines.Count - oldLines.FirstLineStartingAfter(suffixStart) + 1;
        var delta = newLines.Count - oldLines.Count;
        unchangedBelow = Math.Min(unchangedBelow, Math.Min(oldLines.Count, newLines.Count) - unchangedAbove);
        return (unchangedAbove + 1, oldLines.Count - unchangedBelow, delta);
    }

    /// <summary>Imports and declarations in source order.</summary>
    private static List<SyntaxNode> Items(CompilationUnitSyntax unit) =>
        unit.Imports.Cast<SyntaxNode>().Concat(unit.Declarations)
            .OrderBy(n => n.Span.Line).ThenBy(n => n.Span.Column).ToList();

    /// <summary>How many items at the start are kept: they end above the edit, and nothing but a line comment follows each on its last line.</summary>
    private static int KeptBefore(List<SyntaxNode> items, int firstChanged, string oldText, LineStarts lines)
    {
        var kept = 0;
        while (kept < items.Count && items[kept].Span.EndLine < firstChanged) kept++;
        while (kept > 0 && !EndsLine(items[kept - 1].Span, oldText, lines, kept < items.Count ? items[kept].Span : null)) kept--;
        return kept;
    }

    private static bool EndsLine(SourceSpan span, string text, LineStarts lines, SourceSpan? nextItem)
    {
        if (nextItem is { } next && next.Line <= span.EndLine) return false;
        var from = lines.Offset(span.EndLine, span.EndColumn);
        var to = span.EndLine < lines.Count ? lines.Start(span.EndLine + 1) : text.Length;
        var rest = text.AsSpan(from, to - from).Trim();
        return rest.IsEmpty || rest.StartsWith("//") && !rest.Contains("/*".AsSpan(), StringComparison.Ordinal);
    }

    /// <summary>The index of the first item kept after the edit: items that start below it, on a line of their own.</summary>
    private static int KeptAfter(List<SyntaxNode> items, int before, int lastChangedOld)
    {
        var first = before;
        while (first < items.Count && items[first].Span.Line <= lastChangedOld) first++;
        while (first < items.Count && first > before && items[first - 1].Span.EndLine >= items[first].Span.Line) first++;
        return first;
    }

    /// <summary>True when the re-parse gave the kept item back unchanged (moved by the edit) and no error at or after it.</summary>
    private static bool ReparsedUnchanged(CompilationUnitSyntax region, SyntaxNode kept, int delta, IReadOnlyList<Diagnostic> diagnostics)
    {
        var expected = SpanShifter.Move(kept.Span, delta);
        var last = region.Imports.Cast<SyntaxNode>().Concat(region.Declarations).MaxBy(n => (n.Span.Line, n.Span.Column));
        return last is not null && last.GetType() == kept.GetType() && last.Span == expected
            && diagnostics.All(d => d.Span.Line < expected.Line);
    }

    private static ParsedFile Assemble(SourceFile file, IEnumerable<SyntaxNode> before, CompilationUnitSyntax region, IEnumerable<SyntaxNode> after, int delta, IReadOnlyList<Diagnostic> diagnostics)
    {
        // Moving is recursive like parsing: deeply nested input needs the deep stack too.
        var kept = after.ToList();
        var moved = delta == 0 || kept.Count == 0 ? kept : DeepStack.Run(() => kept.Select(n => SpanShifter.Shift(n, delta)).ToList());
        var all = before.Concat(region.Imports).Concat(region.Declarations.Cast<SyntaxNode>()).Concat(moved)
            .OrderBy(n => n.Span.Line).ThenBy(n => n.Span.Column).ToList();
        var unit = new CompilationUnitSyntax(file,
            all.OfType<ImportSyntax>().ToImmutableArray(),
            all.OfType<DeclarationSyntax>().ToImmutableArray(),
            SyntaxTreeBuilder.WholeFile(file));
        return new ParsedFile(file, unit, diagnostics);
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive) with their line breaks.</summary>
    private static string Slice(string text, LineStarts lines, int first, int last)
    {
        if (last < first) return "";
        var from = lines.Start(first);
        var to = last < lines.Count ? lines.Start(last + 1) : text.Length;
        return text.Substring(from, to - from);
    }
}
