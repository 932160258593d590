using System.Text.RegularExpressions;
using PlanDsl.Fuzzing;

namespace PlanDsl.Fuzzing.Tests;

/// <summary>fuzz/plandsl.dict (written by fuzz/make-dict.sh) keeps up with the grammar.</summary>
public sealed partial class DictionaryTests
{
    [GeneratedRegex(@"^[A-Z_]+\s*:\s*'([^']+)'\s*(\(\S+\)\?)?\s*;", RegexOptions.Multiline)]
    private static partial Regex LiteralRule();

    [Fact]
    public void Every_keyword_and_operator_of_the_grammar_is_in_the_dictionary()
    {
        var grammar = File.ReadAllText(Path.Combine(RepoRoot.Path, "grammar", "PlanDsl.g4"));
        var values = File.ReadAllLines(Path.Combine(RepoRoot.Path, "fuzz", "plandsl.dict"))
            .Where(l => !l.StartsWith('#') && l.Contains('='))
            .Select(l => l[(l.IndexOf('=') + 1)..])
            .ToHashSet(StringComparer.Ordinal);
        var literals = LiteralRule().Matches(grammar).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("import", literals);
        Assert.Contains("24/7", literals);
        foreach (var literal in literals)
            Assert.True(values.Contains($"\"{literal.Replace("\\", "\\\\")}\""), $"'{literal}' is not in fuzz/plandsl.dict: run fuzz/make-dict.sh");
    }
}
