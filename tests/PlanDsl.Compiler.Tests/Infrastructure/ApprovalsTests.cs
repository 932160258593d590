using Xunit.Sdk;

namespace PlanDsl.Compiler.Tests.Infrastructure;

public sealed class ApprovalsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "plandsl-approvals-" + Guid.NewGuid().ToString("N"));

    public ApprovalsTests() => Directory.CreateDirectory(root);

    public void Dispose()
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Matching_output_passes()
    {
        Write("approved/same.txt", "one\ntwo\n");

        Approvals.Verify("one\ntwo\n", "approved/same.txt", root, approve: false);
    }

    [Fact]
    public void Line_endings_are_normalized_on_both_sides()
    {
        Write("approved/crlf.txt", "one\r\ntwo\r\n");

        Approvals.Verify("one\ntwo\n", "approved/crlf.txt", root, approve: false);
        Approvals.Verify("one\r\ntwo\r\n", "approved/crlf.txt", root, approve: false);
    }

    [Fact]
    public void Mismatch_fails_with_the_first_differing_line_and_both_lines()
    {
        Write("approved/diff.txt", "alpha\nbeta\ngamma\ndelta\n");

        var ex = Assert.ThrowsAny<XunitException>(
            () => Approvals.Verify("alpha\nbeta\nGAMMA\ndelta\n", "approved/diff.txt", root, approve: false));

        Assert.Contains("at line 3:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("approved: \"gamma\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("actual:   \"GAMMA\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PLANDSL_APPROVE=1 dotnet test PlanDsl.sln", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root, "approved", "diff.txt"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_lines_are_reported_against_end_of_file()
    {
        Write("approved/short.txt", "a\nb");

        var ex = Assert.ThrowsAny<XunitException>(
            () => Approvals.Verify("a\nb\nc", "approved/short.txt", root, approve: false));

        Assert.Contains("at line 3:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("approved: <end of file>", ex.Message, StringComparison.Ordinal);
        Assert.Contains("actual:   \"c\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_approved_file_fails_and_says_how_to_approve()
    {
        var ex = Assert.ThrowsAny<XunitException>(
            () => Approvals.Verify("anything", "approved/missing.txt", root, approve: false));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PLANDSL_APPROVE=1", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "approved", "missing.txt")));
    }

    [Fact]
    public void Approve_mode_writes_the_file_creating_folders_then_verification_passes()
    {
        var path = Path.Combine(root, "deep", "nested", "new.txt");
        Assert.False(Directory.Exists(Path.Combine(root, "deep")));

        Approvals.Verify("x\r\ny\r\n", "deep/nested/new.txt", root, approve: true);

        Assert.Equal("x\ny\n", File.ReadAllText(path));
        Approvals.Verify("x\ny\n", "deep/nested/new.txt", root, approve: false);
    }

    [Fact]
    public void Approve_mode_overwrites_a_differing_file()
    {
        var path = Write("approved/old.txt", "old\n");

        Approvals.Verify("new\n", "approved/old.txt", root, approve: true);

        Assert.Equal("new\n", File.ReadAllText(path));
    }

    [Fact]
    public void Rooted_approved_path_is_rejected()
    {
        var rooted = Path.Combine(root, "abs.txt");

        Assert.Throws<ArgumentException>(() => Approvals.Verify("x", rooted, root, approve: true));
        Assert.False(File.Exists(rooted));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData(" 1 ", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("true", false)]
    public void Only_PLANDSL_APPROVE_1_turns_approve_mode_on(string? value, bool expected)
    {
        Assert.Equal(expected, Approvals.IsApproveValue(value));
    }

    [Fact]
    public void FirstDifference_is_one_based()
    {
        Assert.Equal((1, "\"a\"", "\"b\""), Approvals.FirstDifference("a\nx", "b\nx"));
    }

    [Fact]
    public void Repo_paths_point_at_the_solution_and_the_test_project()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, RepoPaths.SolutionFileName)));
        Assert.True(File.Exists(Path.Combine(RepoPaths.TestProject, RepoPaths.TestProjectFileName)));
        Assert.Equal(Path.Combine(RepoPaths.Root, "plans"), RepoPaths.Plans);
        Assert.Equal(
            Path.Combine(RepoPaths.Root, "tests", "PlanDsl.Compiler.Tests"),
            RepoPaths.TestProject);
    }

    [Fact]
    public void FindUp_fails_clearly_when_nothing_is_found()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => RepoPaths.FindUp(root, "no-such-file-" + Guid.NewGuid().ToString("N")));
        Assert.Contains("no-such-file-", ex.Message, StringComparison.Ordinal);
    }
}
