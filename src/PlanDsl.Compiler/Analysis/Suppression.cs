using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Analysis;

/// <summary>
/// <c>// plandsl-disable-next-line tier-dominance -- the seed itself gives Gold fewer hours</c>: the
/// findings of the named rules or codes on the next line that is neither blank nor a comment are not
/// reported. The reason after <c>--</c> is required (PD0803 without it); a suppression that suppresses
/// nothing is PD0804.
/// </summary>
public sealed partial record Suppression(ImmutableArray<string> Names, string Reason, SourceSpan Span, int TargetLine)
{
    public static IReadOnlyList<Suppression> Find(SourceFile file)
    {
        var found = new List<Suppression>();
        var lines = file.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Directive().Match(lines[i]);
            if (!match.Success) continue;
            var names = match.Groups["names"].Value.Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(LintSettings.Normalize).ToImmutableArray();
            var target = i + 1;
            while (target < lines.Length && (lines[target].Trim().Length == 0 || lines[target].TrimStart().StartsWith("//", StringComparison.Ordinal))) target++;
            var column = lines[i].IndexOf("//", StringComparison.Ordinal) + 1;
            var span = new SourceSpan(file.DisplayPath, i + 1, column, i + 1, lines[i].TrimEnd('\r').Length + 1);
            found.Add(new Suppression(names, match.Groups["reason"].Value.Trim(), span, target + 1));
        }
        return found;
    }

    [GeneratedRegex(@"^\s*//\s*plandsl-disable-next-line\s+(?<names>[^\r\n]*?)\s*(?:--\s*(?<reason>[^\r\n]*))?\s*$")]
    private static partial Regex Directive();
}
