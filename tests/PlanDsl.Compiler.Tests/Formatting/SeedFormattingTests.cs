using Antlr4.Runtime;
using PlanDsl.Compiler.Formatting;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Generated;
using PlanDsl.Compiler.Tests.Infrastructure;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Formatting;

/// <summary>
/// The formatter on every seed file: idempotent, every comment kept, the same tokens, and the
/// resolved model of every catalog identical before and after (issue 6, "Done when").
/// </summary>
public class SeedFormattingTests
{
    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in AllSeedFiles()) data.Add(file);
        return data;
    }

    private static List<string> AllSeedFiles() => Directory
        .EnumerateFiles(RepoPaths.Plans, "*.plan", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToList();

    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepoPaths.Root, relative));

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Formatting_a_seed_file_is_idempotent(string path)
    {
        var once = PlanFormatter.Format(Read(path), path);
        Assert.Empty(once.SyntaxErrors);

        var twice = PlanFormatter.Format(once.Text, path);

        Assert.Empty(twice.SyntaxErrors);
        Assert.False(twice.Changed);
        Assert.Equal(once.Text, twice.Text);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Formatting_a_seed_file_keeps_every_comment_and_every_token(string path)
    {
        var original = Read(path);
        var formatted = PlanFormatter.Format(original, path).Text;

        Assert.Equal(Comments(original), Comments(formatted));
        Assert.Equal(CodeTokens(original), CodeTokens(formatted));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void A_formatted_seed_file_is_in_canonical_form(string path)
    {
        // The seeds are kept formatted: `plandsl fmt --check plans/` passes in CI.
        var result = PlanFormatter.Format(Read(path), path);

        Assert.Empty(result.SyntaxErrors);
        Assert.False(result.Changed, $"{path} is not formatted: run `plandsl fmt {path}`");
    }

    [Fact]
    public void Formatting_the_seeds_changes_no_resolved_model()
    {
        var files = AllSeedFiles();
        Assert.True(files.Count >= 6, "the seed catalogs and the shared holiday file");
        var originals = files.Select(f => new SourceFile(f, Read(f))).ToArray();
        var formatted = originals.Select(f => new SourceFile(f.Path, PlanFormatter.Format(f.Text, f.Path).Text)).ToArray();

        var before = Workspace.CompileSources(originals);
        var after = Workspace.CompileSources(formatted);

        Assert.Empty(before.Diagnostics.Select(d => d.ToMsBuildString()));
        Assert.Empty(after.Diagnostics.Select(d => d.ToMsBuildString()));
        Assert.Equal(5, before.Catalogs.Count);
        Assert.Equal(
            before.Catalogs.OrderBy(c => c.Id, StringComparer.Ordinal).Select(ModelDump.Write),
            after.Catalogs.OrderBy(c => c.Id, StringComparer.Ordinal).Select(ModelDump.Write));
    }

    [Fact]
    public void The_oktawave_catalog_still_imports_the_shared_holidays_after_formatting()
    {
        var files = new[] { "plans/oktawave/catalog.plan", "plans/shared/polish-holidays.plan" }
            .Select(f => new SourceFile(f, PlanFormatter.Format(Read(f), f).Text)).ToArray();

        var result = Workspace.CompileSources(files[0], files[1]);

        Assert.Empty(result.Diagnostics.Select(d => d.ToMsBuildString()));
        var catalog = Assert.Single(result.Catalogs);
        Assert.Contains("polish_public", ModelDump.Write(catalog), StringComparison.Ordinal);
    }

    /// <summary>The text of every comment token, in order (trailing blanks of a line comment aside).</summary>
    internal static List<string> Comments(string text) => Tokens(text)
        .Where(t => t.Type is PlanDslLexer.LINE_COMMENT or PlanDslLexer.BLOCK_COMMENT)
        .Select(t => t.Text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd())
        .ToList();

    /// <summary>Every token the parser sees, except line breaks and ';', as type and text.</summary>
    internal static List<string> CodeTokens(string text) => Tokens(text)
        .Where(t => t.Channel == TokenConstants.DefaultChannel && t.Type is not (PlanDslLexer.NL or PlanDslLexer.SEMI or TokenConstants.EOF or PlanDslLexer.TABLE_RULE))
        .Select(t => t.Type + " " + t.Text.Replace("\r\n", "\n", StringComparison.Ordinal))
        .ToList();

    private static IList<IToken> Tokens(string text)
    {
        var lexer = new PlanDslLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        return lexer.GetAllTokens();
    }
}
