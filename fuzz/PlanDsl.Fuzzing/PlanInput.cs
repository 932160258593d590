using System.Text;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Fuzzing;

/// <summary>
/// Turns fuzzer bytes into in-memory plan files. The bytes are UTF-8 (invalid sequences become U+FFFD,
/// as when a file is read). A line <c>//@file &lt;path&gt;</c> starts another file, so that one input can
/// be a catalog and the files it imports; the text before the first marker is <c>main.plan</c>. A marker
/// is a comment to the compiler, so a single file that holds one still compiles as it reads.
/// </summary>
public static class PlanInput
{
    public const string Marker = "//@file ";

    public static SourceFile[] Files(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var files = new List<SourceFile>();
        var path = "main.plan";
        var body = new StringBuilder();
        var lines = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Flush()
        {
            if ((path != "main.plan" || body.Length > 0) && seen.Add(path))
                files.Add(new SourceFile(path, body.ToString()));
            body.Clear();
            lines = 0;
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                Flush();
                path = PathOf(line[Marker.Length..]);
                continue;
            }
            if (lines++ > 0) body.Append('\n');
            body.Append(line);
        }
        Flush();
        if (files.Count == 0) files.Add(new SourceFile("main.plan", ""));
        return files.ToArray();
    }

    /// <summary>
    /// A relative path of safe characters, without '.' or '..' segments (the build target writes the
    /// files to disk: a path never leaves its folder), ending in .plan (or naming the lint settings file).
    /// </summary>
    private static string PathOf(string given)
    {
        var chars = given.Trim().Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/').ToArray();
        var segments = new string(chars).Split('/').Where(s => s.Length > 0 && s != "." && s != "..");
        var path = string.Join('/', segments);
        if (path.Length == 0) path = "file";
        if (path == "plandsl.lint.json" || path.EndsWith("/plandsl.lint.json", StringComparison.Ordinal)) return path;
        return path.EndsWith(".plan", StringComparison.Ordinal) ? path : path + ".plan";
    }
}
