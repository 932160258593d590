using PlanDsl.Cli.Commands;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Comparison;

/// <summary>
/// <c>plandsl diff</c> in process, on copies of the Oktawave seed in a temporary folder laid out as
/// <c>old/oktawave</c>, <c>new/oktawave</c> and <c>old/shared</c>, <c>new/shared</c> (the import).
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "plandsl-diff-" + Guid.NewGuid().ToString("N"));

    public DiffCommandTests()
    {
        foreach (var side in new[] { "old", "new" })
        {
            foreach (var folder in new[] { "oktawave", "shared" })
            {
                var target = Path.Combine(root, side, folder);
                Directory.CreateDirectory(target);
                foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Plans, folder), "*.plan"))
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private string NewCatalogPath => Path.Combine(root, "new", "oktawave", "catalog.plan");

    /// <summary>Replaces exactly one occurrence of <paramref name="from"/> after <paramref name="anchor"/> in the new copy.</summary>
    private void Edit(string anchor, string from, string to)
    {
        var text = File.ReadAllText(NewCatalogPath);
        var start = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{anchor}' not found");
        var at = text.IndexOf(from, start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found after '{anchor}'");
        File.WriteAllText(NewCatalogPath, text[..at] + to + text[(at + from.Length)..]);
    }

    private void WorsenGoldFailureResponse() =>
        Edit("| failure    | response | always           |", "| 2 h    | 1 h  | 30 min   |", "| 2 h    | 2 h  | 30 min   |");

    private void RaiseGoldBaseFee() =>
        Edit("plan gold \"Gold\"", "base_fee \"Opłata bazowa\" en \"Base fee\": 300.00 PLN per month", "base_fee \"Opłata bazowa\" en \"Base fee\": 350.00 PLN per month");

    private (int Exit, string Output, string Error) Run(string? reportPath = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DiffCommand.Run("old/oktawave", "new/oktawave", reportPath, output, error, root, root: root);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void One_target_worsened_and_one_price_raised_are_exactly_the_two_changes_and_exit_worse()
    {
        WorsenGoldFailureResponse();
        RaiseGoldBaseFee();

        var (exit, report, error) = Run();

        Assert.Equal("", error);
        Assert.Equal(DiffCommand.WorseExitCode, exit);
        Assert.Equal(1, exit);
        Assert.Contains("**2 changes: 2 worse, 0 better, 0 unclear, 0 neutral for customers.**", report, StringComparison.Ordinal);
        var rows = report.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| severity", StringComparison.Ordinal) && !l.StartsWith("| price", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("| failure | response | 1 h on always | 2 h on always | **worse** |", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("| base_fee | 300.00 PLN per month | 350.00 PLN per month | **worse** |", rows[1], StringComparison.Ordinal);
        Assert.Contains("### Plan `gold`", report, StringComparison.Ordinal);
        Assert.DoesNotContain("### Plan `silver`", report, StringComparison.Ordinal);
        Assert.DoesNotContain("### Plan `platinum`", report, StringComparison.Ordinal);
        Approvals.Verify(report, "Comparison/Golden/oktawave-gold-worse.md");
    }

    [Fact]
    public void The_engine_names_the_same_two_changes()
    {
        WorsenGoldFailureResponse();
        RaiseGoldBaseFee();
        var oldCatalog = Assert.Single(Workspace.CompileAll(new[] { "old/oktawave" }, root, root: root).Catalogs);
        var newCatalog = Assert.Single(Workspace.CompileAll(new[] { "new/oktawave" }, root, root: root).Catalogs);

        var changes = PlanDsl.Compiler.Comparison.CatalogDiff.Compare(oldCatalog, newCatalog);

        Assert.Collection(changes,
            c => Assert.Equal("gold: failure response: 1 h on always -> 2 h on always (Worse: longer target on the same clock)", c.ToString()),
            c => Assert.Equal("gold: base_fee: 300.00 PLN per month -> 350.00 PLN per month (Worse: price up 16.7 %)", c.ToString()));
    }

    [Fact]
    public void Identical_catalogs_report_no_changes_and_exit_0()
    {
        var (exit, report, error) = Run();

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("**No changes.**", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_improvement_only_exits_0()
    {
        Edit("| failure    | response | always           |", "| 2 h    | 1 h  | 30 min   |", "| 2 h    | 45 min | 30 min   |");

        var (exit, report, _) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("**1 change: 0 worse, 1 better, 0 unclear, 0 neutral for customers.**", report, StringComparison.Ordinal);
        Assert.Contains("| failure | response | 1 h on always | 45 min on always | better |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_can_go_to_a_file_and_the_summary_to_the_output()
    {
        RaiseGoldBaseFee();

        var (exit, output, _) = Run("out/report.md");

        Assert.Equal(1, exit);
        Assert.Equal("1 change: 1 worse, 0 better, 0 unclear, 0 neutral for customers.", output.Trim());
        Assert.Contains("| base_fee |", File.ReadAllText(Path.Combine(root, "out", "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_errors_are_printed_and_exit_2()
    {
        Edit("plan gold \"Gold\"", "hours: dni_robocze_8_20", "hours: dni_robocze_8_21");

        var (exit, _, error) = Run();

        Assert.Equal(2, exit);
        Assert.Contains("error PD0101", error, StringComparison.Ordinal);
        Assert.Contains("plandsl: error: 'new/oktawave' has errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DiffCommand.Run("old/oktawave", "nowhere", null, output, error, root, root: root);

        Assert.Equal(2, exit);
        Assert.Contains("PD0003", error.ToString(), StringComparison.Ordinal);
    }
}
