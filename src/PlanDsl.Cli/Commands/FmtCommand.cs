using PlanDsl.Compiler;
using System.CommandLine;
using System.Text;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Formatting;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl fmt &lt;paths&gt; [--check]</c>: formats plan files in place with the canonical formatter.
/// Exit 0: done (or, with --check, nothing to change); 1: with --check, files would change (listed);
/// 2: a file has syntax errors (printed in the MSBuild format; the file is left as it was) or cannot
/// be found, read or written.
/// </summary>
public static class FmtCommand
{
    public const int ExitWouldChange = 1;
    public const int ExitErrors = 2;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files or folders (searched for *.plan).", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Write nothing; list the files that would change and exit 1 if any would." };
        var command = new Command("fmt", "Format plan files in place; --check lists files that are not formatted (for CI).") { paths, check };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(check), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exit codes as above, and 3 when the formatter refused a file with a PD0009 (docs/exit-codes.md).</summary>
    public static int Run(IReadOnlyList<string> paths, bool check, TextWriter output, TextWriter error, string? baseDirectory = null) =>
        CommandRunner.Run(() => Format(paths, check, output, error, baseDirectory), error);

    private static int Format(IReadOnlyList<string> paths, bool check, TextWriter output, TextWriter error, string? baseDirectory)
    {
        var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var problems = new DiagnosticBag();
        var ordered = PlanFiles.Find(paths, root, problems);

        var failed = false;
        var refused = new List<Diagnostic>();
        var changed = 0;
        foreach (var file in ordered)
        {
            var display = Path.GetRelativePath(root, file).Replace('\\', '/');
            // The compiler's rule for reading plan files: regular, bounded, never blocking.
            var read = PlanDsl.Compiler.Files.PlanFileAccess.Read(file, root: null);
            if (read.Text is not { } text)
            {
                var refusal = read.Refusal ?? new PlanDsl.Compiler.Files.FileRefusal(DiagnosticCodes.FileUnreadable, "no such file");
                problems.Report(refusal.Descriptor, new SourceSpan(display, 1, 1, 1, 1), display, refusal.Detail);
                continue;
            }

            var result = PlanFormatter.Format(text, display);
            if (result.HasErrors)
            {
                foreach (var diagnostic in result.SyntaxErrors) error.WriteLine(diagnostic.ToMsBuildString());
                refused.AddRange(result.SyntaxErrors);
                failed = true;
                continue;
            }
            if (!result.Changed) continue;

            changed++;
            if (check)
            {
                output.WriteLine(display);
                continue;
            }
            try
            {
                WriteAtomically(file, result.Text);
                output.WriteLine(display);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"plandsl: error: cannot write '{display}': {e.Message}");
                failed = true;
            }
        }

        foreach (var problem in problems.ToSortedList())
            error.WriteLine(problem.ToMsBuildString());
        failed |= problems.HasErrors;

        var verb = check ? "would be reformatted" : "reformatted";
        output.WriteLine($"{ordered.Count} file(s), {changed} {verb}");
        CommandRunner.ThrowIfInternalError(refused);
        if (failed) return ExitErrors;
        return check && changed > 0 ? ExitWouldChange : 0;
    }

    /// <summary>Writes a temporary file next to the target and moves it over the target.</summary>
    private static void WriteAtomically(string file, string text)
    {
        var folder = Path.GetDirectoryName(file)!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(file) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, file, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
