using SharpFuzz;

namespace PlanDsl.Fuzzing;

/// <summary>
/// <c>dotnet PlanDsl.Fuzzing.dll &lt;target&gt;</c>: the target under afl-fuzz (SharpFuzz's out-of-process
/// fork server; the input comes on standard input). <c>dotnet PlanDsl.Fuzzing.dll &lt;target&gt; FILE…</c>:
/// replays files through the target in this process and prints what each does (exit 1 if any fails).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var target = args.Length > 0 ? FuzzTargets.Find(args[0]) : null;
        if (target is null)
        {
            Console.Error.WriteLine($"usage: PlanDsl.Fuzzing <{string.Join("|", FuzzTargets.All.Select(t => t.Name))}> [FILE...]");
            return 2;
        }
        if (args.Length == 1)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target.Run(buffer.ToArray());
            });
            return 0;
        }
        var failed = 0;
        foreach (var file in args.Skip(1))
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
                Console.WriteLine($"ok     {file}");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAILS  {file}: {Describe(e)}");
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The exception's type, first message line and top frame: what a regression's README line records.</summary>
    public static string Describe(Exception e)
    {
        var frames = (e.StackTrace ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("at ", StringComparison.Ordinal)).Select(l => l.Split(" in ")[0]).ToList();
        var top = frames.FirstOrDefault() ?? "";
        var ours = frames.FirstOrDefault(l => l.StartsWith("at PlanDsl.", StringComparison.Ordinal) && !l.StartsWith("at PlanDsl.Fuzzing.", StringComparison.Ordinal));
        var message = e.Message.Split('\n')[0];
        if (e is FuzzFinding) return message;
        return ours is null || ours == top ? $"{e.GetType().Name}: {message} ({top})" : $"{e.GetType().Name}: {message} ({top}, from {ours[3..]})";
    }
}
