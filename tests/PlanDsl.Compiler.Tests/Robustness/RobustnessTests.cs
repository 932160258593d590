using Antlr4.Runtime;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Generated;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Robustness;

/// <summary>
/// Any input gives diagnostics, never an exception: every token-boundary prefix of each seed catalog,
/// random mutations of them, and pathological nesting. An internal error (PD0009, which the workspace
/// reports when a bug throws) counts as a failure.
/// </summary>
public class RobustnessTests
{
    public static TheoryData<string> SeedFiles => new()
    {
        "plans/ombori/catalog.plan", "plans/kolmisoft/catalog.plan", "plans/otrs/catalog.plan",
        "plans/domo/catalog.plan", "plans/oktawave/catalog.plan", "plans/shared/polish-holidays.plan",
    };

    private static readonly SourceFile Shared = new("plans/shared/polish-holidays.plan", File.ReadAllText(Path.Combine(RepoPaths.Root, "plans/shared/polish-holidays.plan")));

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_prefix_at_a_token_boundary_gives_only_diagnostics(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, path));
        var cuts = TokenBoundaries(text);

        foreach (var cut in cuts)
            AssertOnlyDiagnostics(path, text[..cut]);

        Assert.True(cuts.Count > 100, $"expected many prefixes, got {cuts.Count}");
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Random_mutations_give_only_diagnostics(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, path));
        var random = Randomized.NewRandom(path.Length * 7919, out var seed);
        const string interesting = "{}|\":-%/<>=[](),;\n\t 0123456789abcAZ#@\\\u00e9\u0000";
        for (var i = 0; i < 300; i++)
        {
            var chars = text.ToCharArray().ToList();
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, interesting[random.Next(interesting.Length)]); break;
                    default: chars[at] = interesting[random.Next(interesting.Length)]; break;
                }
            }
            var mutated = new string(chars.ToArray());
            try { AssertOnlyDiagnostics(path, mutated); }
            catch (Exception e) { throw new Xunit.Sdk.XunitException($"seed {seed} (Randomized), mutation {i}: {e.Message}", e); }
        }
    }

    [Fact]
    public void Deep_nesting_gives_diagnostics_not_a_stack_overflow()
    {
        var deepParens = "catalog c {}\ncoverage {\n when " + new string('(', 50_000) + "x = 1" + new string(')', 50_000) + " -> included\n}\n";
        var manyNots = "catalog c {}\ncoverage {\n when " + string.Concat(Enumerable.Repeat("not ", 50_000)) + "x -> included\n}\n";
        var longAnd = "catalog c {}\ncoverage {\n when " + string.Join(" and ", Enumerable.Repeat("x", 50_000)) + " -> included\n}\n";
        var deepLists = "catalog c { note: " + new string('[', 20_000) + "\n}\n";

        foreach (var text in new[] { deepParens, manyNots, longAnd, deepLists })
        {
            var diagnostics = AssertOnlyDiagnostics("deep.plan", text);
            Assert.Contains(diagnostics, d => d.Code == "PD0010");
        }
    }

    [Fact]
    public void A_condition_nested_past_the_binders_limit_is_refused_with_PD0607()
    {
        var text = "catalog c {}\nattributes { x: yes/no }\ncoverage {\n when " + string.Concat(Enumerable.Repeat("not ", 100)) + "x -> included\n}\n";

        var diagnostics = AssertOnlyDiagnostics("c.plan", text);

        Assert.Equal("c.plan(4,7): error PD0607: this condition is nested more than 64 levels deep; split it into several rules", Assert.Single(diagnostics).ToMsBuildString());
    }

    [Fact]
    public void Unknown_attribute_deep_in_a_condition_is_reported_once_with_its_position()
    {
        var text = "catalog c {}\ncoverage {\n when ((((nope)))) -> included\n}\n";

        var diagnostics = AssertOnlyDiagnostics("c.plan", text);

        var d = Assert.Single(diagnostics);
        Assert.Equal("c.plan(3,11): error PD0101: unknown attribute 'nope'", d.ToMsBuildString());
    }

    private static IReadOnlyList<Diagnostic> AssertOnlyDiagnostics(string path, string text)
    {
        var result = Workspace.CompileSources(new SourceFile(path, text), Shared);
        var internalErrors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InternalError.Code).ToList();
        Assert.True(internalErrors.Count == 0, $"internal error for input:\n{text}\n---\n{string.Join("\n", internalErrors)}");
        foreach (var d in result.Diagnostics)
        {
            Assert.Matches("^PD\\d{4}$", d.Code);
            Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, $"diagnostic without a position: {d}");
        }
        return result.Diagnostics;
    }

    private static List<int> TokenBoundaries(string text)
    {
        var lexer = new PlanDslLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var cuts = new SortedSet<int> { 0, text.Length };
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            cuts.Add(token.StartIndex);
            cuts.Add(Math.Min(text.Length, token.StopIndex + 1));
            if (token.StopIndex > token.StartIndex) cuts.Add((token.StartIndex + token.StopIndex + 1) / 2);
        }
        return cuts.ToList();
    }
}
