namespace PlanDsl.Compiler.Tests.Infrastructure;

/// <summary>
/// Golden-file ("approved file") assertions.
/// <para>
/// <see cref="Verify(string, string)"/> compares a test's output with a file committed under the test
/// project's source folder. Run <c>PLANDSL_APPROVE=1 dotnet test PlanDsl.sln</c> to rewrite the approved
/// files from the current output instead, then review the diff before committing it.
/// </para>
/// Line endings are normalized to <c>\n</c> on both sides, and approved files are written with <c>\n</c>.
/// </summary>
public static class Approvals
{
    public const string ApproveVariable = "PLANDSL_APPROVE";

    /// <summary>True when <see cref="ApproveVariable"/> is set to <c>1</c> in this process's environment.</summary>
    public static bool ApproveModeFromEnvironment() => IsApproveValue(Environment.GetEnvironmentVariable(ApproveVariable));

    /// <summary>Whether a value of <see cref="ApproveVariable"/> turns approve mode on (only <c>1</c> does).</summary>
    public static bool IsApproveValue(string? value) => value?.Trim() == "1";

    /// <summary>
    /// Compares <paramref name="actual"/> with the approved file at <paramref name="approvedRelativePath"/>,
    /// relative to the test project's source folder (<see cref="RepoPaths.TestProject"/>); in approve mode
    /// (<c>PLANDSL_APPROVE=1</c>) writes the file instead.
    /// </summary>
    public static void Verify(string actual, string approvedRelativePath)
        => Verify(actual, approvedRelativePath, RepoPaths.TestProject, ApproveModeFromEnvironment());

    /// <summary>
    /// Compares <paramref name="actual"/> with the file at <paramref name="approvedRelativePath"/> under
    /// <paramref name="approvalRoot"/>; when <paramref name="approve"/> is true, writes that file (creating
    /// folders) and passes.
    /// </summary>
    public static void Verify(string actual, string approvedRelativePath, string approvalRoot, bool approve)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedRelativePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(approvalRoot);
        if (Path.IsPathRooted(approvedRelativePath))
            throw new ArgumentException($"'{approvedRelativePath}' must be relative to the test project folder.", nameof(approvedRelativePath));

        var path = Path.GetFullPath(Path.Combine(approvalRoot, approvedRelativePath));
        var normalizedActual = Normalize(actual);

        if (approve)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalizedActual);
            return;
        }

        var howToApprove =
            $"If the new output is right, run `{ApproveVariable}=1 dotnet test PlanDsl.sln` to rewrite the approved files, " +
            "then review the diff before committing.";

        if (!File.Exists(path))
        {
            Assert.Fail($"Approved file {path} does not exist.{Environment.NewLine}{howToApprove}");
            return;
        }

        var approved = Normalize(File.ReadAllText(path));
        if (approved == normalizedActual)
            return;

        var (line, approvedLine, actualLine) = FirstDifference(approved, normalizedActual);
        Assert.Fail(
            $"Output differs from approved file {path} at line {line}:{Environment.NewLine}" +
            $"  approved: {approvedLine}{Environment.NewLine}" +
            $"  actual:   {actualLine}{Environment.NewLine}" +
            howToApprove);
    }

    /// <summary>Replaces <c>\r\n</c> with <c>\n</c>.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The 1-based number of the first line where two different texts differ, and both lines quoted
    /// (or <c>&lt;end of file&gt;</c> where one text has no such line).
    /// </summary>
    public static (int Line, string Approved, string Actual) FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        var count = Math.Max(a.Length, b.Length);
        for (var i = 0; i < count; i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left != right)
                return (i + 1, Show(left), Show(right));
        }
        throw new ArgumentException("The texts are equal.");
    }

    private static string Show(string? line) => line is null ? "<end of file>" : "\"" + line + "\"";
}
