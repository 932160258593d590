using System.Text;
using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Compiler.Files;

/// <summary>Why a file was not read: the diagnostic to report and what to say after the path (never the file's content).</summary>
public sealed record FileRefusal(DiagnosticDescriptor Descriptor, string Detail);

/// <summary>A file's text; or a refusal; or neither, when there is no such file.</summary>
public readonly record struct FileReadResult(string? Text, FileRefusal? Refusal)
{
    public static FileReadResult NotFound => default;
}

/// <summary>
/// The one rule for the files the compiler reads from disk: plan files (named on the command line,
/// found in a named folder, or imported) and the lint configuration beside a catalog. A file is read
/// only when it lies inside the catalog's root (after following every symbolic link), has the
/// expected extension, is a regular file and is at most <see cref="MaxFileBytes"/> long. All of that is
/// checked before the file is opened; the open never waits (a FIFO cannot hang it) and the read stops
/// after <see cref="MaxFileBytes"/> + 1 bytes (a device or a growing file cannot exhaust memory).
/// </summary>
public static class PlanFileAccess
{
    /// <summary>
    /// The largest file read: 4 MiB. The largest seed catalog is 16 KB and a catalog of a few hundred
    /// plans stays well under 1 MB, so this leaves room for generated catalogs while bounding what one
    /// file costs (the parser needs about a hundred times the text's size at its peak).
    /// </summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    public const string PlanExtension = ".plan";

    private const int MaxLinkHops = 40;

    private static StringComparison PathComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The rule on the path alone, for disk and in-memory compilations alike: the path (normalized, with
    /// '/') must lie inside <paramref name="root"/> ("" is the root of relative in-memory paths) and end
    /// with <paramref name="extension"/>.
    /// </summary>
    public static FileRefusal? CheckPath(string path, string root, string extension = PlanExtension)
    {
        if (!IsInside(path, root))
            return new FileRefusal(DiagnosticCodes.OutsideRoot, "");
        if (!path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            return new FileRefusal(DiagnosticCodes.NotAPlanFile, extension);
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it (both normalized, with '/').</summary>
    public static bool IsInside(string path, string root)
    {
        path = Normalize(path);
        root = Normalize(root);
        if (root.Length > 0 && root.TrimEnd('/') is var bare && (bare.Length == 0 || bare.EndsWith(':')))
            return path.StartsWith(bare + "/", PathComparison);   // a root of the file system: "/", "C:/"
        root = root.TrimEnd('/');
        if (root.Length == 0)
            return !Path.IsPathRooted(path) && path != ".." && !path.StartsWith("../", StringComparison.Ordinal);
        return path.Equals(root, PathComparison) || path.StartsWith(root + "/", PathComparison);
    }

    /// <summary>
    /// Reads a file by the rule. <paramref name="fullPath"/> and <paramref name="root"/> are full paths;
    /// a null root skips the containment checks (a file beside one already admitted, such as the lint
    /// configuration).
    /// </summary>
    public static FileReadResult Read(string fullPath, string? root, string extension = PlanExtension)
    {
        try
        {
            var refusal = root is null
                ? fullPath.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? null : new FileRefusal(DiagnosticCodes.NotAPlanFile, extension)
                : CheckPath(fullPath, root, extension);
            if (refusal is not null) return new FileReadResult(null, refusal);
            var real = RealPath(fullPath);
            if (root is not null && !IsInside(real, RealPath(root)))
                return new FileReadResult(null, new FileRefusal(DiagnosticCodes.LinkOutsideRoot, ""));
            if (Check(FileProbe.LStat(real)) is { } before) return before;
            using var handle = FileProbe.OpenForReading(real);
            // The same checks on the open file: it may have been replaced since.
            if (Check(FileProbe.FStat(handle)) is { } after) return after;
            var buffer = new byte[MaxFileBytes + 1];
            var length = 0;
            while (length < buffer.Length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (read == 0) break;
                length += read;
            }
            if (length > MaxFileBytes) return TooLarge;
            using var reader = new StreamReader(new MemoryStream(buffer, 0, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return new FileReadResult(reader.ReadToEnd(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileReadResult(null, new FileRefusal(DiagnosticCodes.FileUnreadable, e.Message));
        }
    }

    private static FileReadResult TooLarge => new(null, new FileRefusal(DiagnosticCodes.FileTooLarge, MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static FileReadResult? Check(FileProbe.Status status) => status.Kind switch
    {
        FileKind.Missing => FileReadResult.NotFound,
        FileKind.Regular when status.Size > MaxFileBytes => TooLarge,
        FileKind.Regular => null,
        var kind => new FileReadResult(null, new FileRefusal(DiagnosticCodes.NotARegularFile, Describe(kind))),
    };

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <summary>
    /// The path with every symbolic link followed, in each folder on the way as well as at the end
    /// (like realpath(3)), without opening anything. A missing part is kept as it is.
    /// </summary>
    internal static string RealPath(string fullPath)
    {
        var pending = new Stack<string>();
        void Push(string path)
        {
            foreach (var part in Parts(path).Reverse()) pending.Push(part);
        }

        var current = Path.GetPathRoot(fullPath)!;
        Push(fullPath);
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) throw new IOException("too many levels of symbolic links");
            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            current = Path.GetPathRoot(resolved)!;
            Push(resolved);
        }
        return current;
    }

    private static IEnumerable<string> Parts(string path) =>
        path[Path.GetPathRoot(path)!.Length..].Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);

    private static string Normalize(string path) => path.Replace('\\', '/');
}
