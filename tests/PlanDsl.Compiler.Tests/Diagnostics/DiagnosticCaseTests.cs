using System.Text.RegularExpressions;
using PlanDsl.Compiler.Analysis;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Diagnostics;

/// <summary>
/// The diagnostic corpus: one or more small bad inputs for every diagnostic code, each with the exact
/// diagnostics the compiler reports for it, as an approved file.
/// <para>
/// A case lives in <c>Diagnostics/Cases</c> and is named <c>&lt;CODE&gt;_&lt;short_name&gt;</c>, after the code it
/// is about. It is either
/// </para>
/// <list type="bullet">
/// <item>a single file <c>Cases/PD0101_unknown_calendar.plan</c>, compiled alone under the path
/// <c>PD0101_unknown_calendar.plan</c>; or</item>
/// <item>a folder <c>Cases/PD0007_imported_catalog/</c> whose <c>.plan</c> files (searched recursively) are
/// compiled together, each under its path relative to the folder (<c>catalog.plan</c>,
/// <c>shared/holidays.plan</c>), so that imports resolve among them; a <c>plandsl.lint.json</c> in the
/// folder is given too, as the lint settings beside the catalog beside it.</item>
/// </list>
/// Its approved output is <c>Cases/&lt;case&gt;.expected</c>, next to the file or folder: every diagnostic's
/// MSBuild line (<c>file(line,col): error PDnnnn: message</c>), in the compiler's order. Run
/// <c>PLANDSL_APPROVE=1 dotnet test tests/PlanDsl.Compiler.Tests --filter "FullyQualifiedName~Diagnostics"</c>
/// to rewrite the approved files, then review the diff.
/// </summary>
public sealed partial class DiagnosticCaseTests
{
    private const string CasesRelativePath = "Diagnostics/Cases";

    /// <summary>
    /// PD0009 (internal compiler error) has no input by design: it is what a bug of the compiler turns
    /// into, and no correct input should ever produce it.
    /// </summary>
    private const string InternalErrorCode = "PD0009";

    /// <summary>Codes covered by a named fact below rather than by a case file. Keep this list minimal.</summary>
    private static readonly IReadOnlyDictionary<string, string> CoveredByFacts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // A file larger than PlanParser.MaxFileLength: built in memory rather than committed as a 16 MB file.
        ["PD0004"] = nameof(PD0004_a_file_larger_than_the_limit_is_refused),
        // Kinds of file that only a real file system has (a FIFO, a link, a 4 MiB file), and a cap of 1,000 diagnostics.
        ["PD0013"] = nameof(Files.ImportRuleTests.A_fifo_is_not_a_regular_file_and_does_not_hang),
        ["PD0014"] = nameof(Files.ImportRuleTests.A_symbolic_link_out_of_the_root_is_refused),
        ["PD0015"] = nameof(Files.ImportRuleTests.A_file_larger_than_the_limit_is_refused_before_it_is_read),
        ["PD0017"] = nameof(Files.DiagnosticCapTests.A_line_of_262136_errors_gives_exactly_the_cap_and_one_more_line),
    };

    private static string CasesRoot => Path.Combine(RepoPaths.TestProject, "Diagnostics", "Cases");

    /// <summary>Every case name: the <c>.plan</c> files and the folders directly under <c>Cases</c>.</summary>
    public static IReadOnlyList<string> CaseNames()
    {
        var files = Directory.EnumerateFiles(CasesRoot, "*.plan", SearchOption.TopDirectoryOnly).Select(Path.GetFileNameWithoutExtension);
        var folders = Directory.EnumerateDirectories(CasesRoot).Select(Path.GetFileName);
        return files.Concat(folders).Select(n => n!).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseNames()) data.Add(name);
        return data;
    }

    /// <summary>The files of a case, with the paths they are compiled under.</summary>
    private static SourceFile[] SourcesOf(string caseName)
    {
        var file = Path.Combine(CasesRoot, caseName + ".plan");
        if (File.Exists(file)) return new[] { new SourceFile(caseName + ".plan", File.ReadAllText(file)) };
        var folder = Path.Combine(CasesRoot, caseName);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".plan", StringComparison.Ordinal) || Path.GetFileName(f) == LintConfigFile.FileName)
            .Select(f => new SourceFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
    }

    private static IReadOnlyList<Diagnostic> Compile(string caseName) => Workspace.CompileSources(SourcesOf(caseName)).Diagnostics;

    private static string Render(IEnumerable<Diagnostic> diagnostics) =>
        string.Concat(diagnostics.Select(d => d.ToMsBuildString() + "\n"));

    private static string CodeOf(string caseName) => caseName.Split('_')[0];

    [GeneratedRegex(@": (?:error|warning) (PD\d{4}): ")]
    private static partial Regex ReportedCode();

    [GeneratedRegex(@"^PD\d{4}$")]
    private static partial Regex CodeFormat();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_its_approved_diagnostics(string caseName)
    {
        Approvals.Verify(Render(Compile(caseName)), $"{CasesRelativePath}/{caseName}.expected");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_the_code_it_is_named_after(string caseName)
    {
        var code = CodeOf(caseName);
        Assert.Contains(DiagnosticCodes.All, d => d.Code == code);
        Assert.Contains(Compile(caseName), d => d.Code == code);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_diagnostic_of_a_case_points_into_one_of_its_files(string caseName)
    {
        var paths = SourcesOf(caseName).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var d in Compile(caseName))
        {
            Assert.False(d.Span.IsNone, $"{d} has no position");
            Assert.True(d.Span.Line >= 1, $"{d}: line {d.Span.Line}");
            Assert.True(d.Span.Column >= 1, $"{d}: column {d.Span.Column}");
            Assert.Contains(d.Span.Path, paths);
        }
    }

    [Fact]
    public void Every_case_has_an_approved_file_and_every_approved_file_a_case()
    {
        var cases = CaseNames();
        Assert.NotEmpty(cases);
        var approved = Directory.EnumerateFiles(CasesRoot, "*.expected", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileNameWithoutExtension).Select(n => n!).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(cases, approved);
    }

    [Fact]
    public void EveryDiagnosticCodeHasACase()
    {
        var approvedCodes = Directory.EnumerateFiles(CasesRoot, "*.expected", SearchOption.TopDirectoryOnly)
            .SelectMany(File.ReadAllLines)
            .Select(line => ReportedCode().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticCodes.All
            .Select(d => d.Code)
            .Where(code => code != InternalErrorCode && !CoveredByFacts.ContainsKey(code) && !approvedCodes.Contains(code))
            .ToList();
        Assert.True(missing.Count == 0, "No case (nor named fact) reports " + string.Join(", ", missing) +
            ": add a case for each, or, if no input can produce a code, make the compiler report it or remove the code.");
        Assert.All(CoveredByFacts.Keys, code => Assert.Contains(DiagnosticCodes.All, d => d.Code == code));
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Matches(CodeFormat(), code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void PD0004_a_file_larger_than_the_limit_is_refused()
    {
        var text = "catalog big { }\n//" + new string(' ', PlanParser.MaxFileLength);

        var result = Workspace.CompileSources(new SourceFile("big.plan", text));

        Assert.Equal(
            new[] { $"big.plan(1,1): error PD0004: cannot read 'big.plan': larger than {PlanParser.MaxFileLength} characters" },
            result.Diagnostics.Select(d => d.ToMsBuildString()));
        Assert.Empty(result.Catalogs);
    }
}
