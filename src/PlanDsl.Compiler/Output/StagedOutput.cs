using System.Text;
using System.Text.RegularExpressions;

namespace PlanDsl.Compiler.Output;

/// <summary>
/// Writes a whole set of output files into a folder, or nothing: what <c>plandsl build</c> and
/// <c>plandsl docs</c> write goes through here.
/// </summary>
/// <remarks>
/// <para>Every file is first written to a staging folder inside the output folder,
/// <c>.plandsl-staging.&lt;guid&gt;/new/</c> (the same file system, so a move is a rename). Only when all of
/// them are written are they moved in, group by group (<see cref="OutputGroup"/>): the group's current
/// files leave first, its primary file (the last, a catalog's <c>.dll</c>) first of all, into
/// <c>old/</c>; then its new files move in, the primary last. A reader of the folder therefore sees a
/// group's old set, then the old set without its primary, then nothing, then the new set without its
/// primary, then the new set — never an old <c>.dll</c> beside a new <c>.cs</c> or the other way round.
/// A failure while moving undoes every move already made, so the folder is as it was.</para>
/// <para>The run holds a lock on <c>lock</c> in its staging folder, and writes <c>manifest</c> (the
/// moves, in order) before the first move. A run that was killed leaves its staging folder; the next
/// run in the same folder finds it unlocked and either deletes it (no manifest: nothing had moved) or
/// finishes its moves first (a manifest: the staged set was complete), so a killed write ends up whole
/// too. That run also deletes the <c>.&lt;name&gt;.&lt;guid&gt;.tmp</c> files that earlier versions left
/// when killed. Nothing else in the folder is touched.</para>
/// </remarks>
public static class StagedOutput
{
    public const string StagingPrefix = ".plandsl-staging.";
    private const string LockName = "lock";
    private const string ManifestName = "manifest";
    private const string NewFolder = "new";
    private const string OldFolder = "old";
    private const string Outgoing = "out";
    private const string Incoming = "in";

    private static readonly Regex StagingFolderName = new(@"^\.plandsl-staging\.[0-9a-f]{32}$", RegexOptions.CultureInvariant);
    private static readonly Regex LegacyTemporaryName = new(@"^\..+\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant);

    /// <summary>Writes the groups into <paramref name="folder"/> (created if needed) whole or not at all; returns the paths of the files written.</summary>
    /// <exception cref="IOException">A file cannot be written or moved; the folder is as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written; it is as it was.</exception>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<OutputGroup> groups)
    {
        folder = Path.GetFullPath(folder);
        var names = groups.SelectMany(g => g.Files.Select(f => f.Name).Concat(g.Removes)).ToList();
        foreach (var name in names) CheckName(name);
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"output '{duplicate.Key}' is written twice", nameof(groups));

        var created = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        try
        {
            FinishInterrupted(folder);
            var staging = Path.Combine(folder, StagingPrefix + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(staging);
            var moved = new List<(string From, string To)>();
            var undone = true;
            try
            {
                using (new FileStream(Path.Combine(staging, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
                {
                    Stage(staging, groups);
                    var steps = Steps(groups);
                    WriteManifest(staging, steps);
                    try
                    {
                        Move(staging, folder, steps, moved);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        undone = Undo(moved);
                        throw;
                    }
                }
            }
            finally
            {
                // A move that cannot be undone leaves the staging folder: the next run finishes the write.
                if (undone) DeleteQuietly(staging);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (created) DeleteIfEmpty(folder);
            throw;
        }
        return groups.SelectMany(g => g.Files).Select(f => Path.Combine(folder, f.Name)).ToList();
    }

    /// <summary>
    /// Deletes the temporary files and unlocked staging folders that killed runs left in the folder,
    /// finishing the moves of a staging folder whose set was complete (it has a manifest).
    /// </summary>
    public static void FinishInterrupted(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => LegacyTemporaryName.IsMatch(Path.GetFileName(f))).ToList())
            File.Delete(file);
        foreach (var staging in Directory.EnumerateDirectories(folder).Where(d => StagingFolderName.IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal).ToList())
        {
            using (var held = TryLock(staging))
            {
                if (held is null) continue; // another run is writing
                var manifest = Path.Combine(staging, ManifestName);
                if (File.Exists(manifest))
                {
                    try
                    {
                        Move(staging, folder, ReadManifest(manifest), moved: null);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        throw new IOException($"cannot finish the write interrupted in '{Path.GetFileName(staging)}': {e.Message}", e);
                    }
                }
            }
            Directory.Delete(staging, recursive: true);
        }
    }

    private static void Stage(string staging, IReadOnlyList<OutputGroup> groups)
    {
        var fresh = Directory.CreateDirectory(Path.Combine(staging, NewFolder)).FullName;
        Directory.CreateDirectory(Path.Combine(staging, OldFolder));
        foreach (var file in groups.SelectMany(g => g.Files))
            File.WriteAllBytes(Path.Combine(fresh, file.Name), file.Content);
    }

    private static List<(string Kind, string Name)> Steps(IReadOnlyList<OutputGroup> groups)
    {
        var steps = new List<(string, string)>();
        foreach (var group in groups)
        {
            steps.AddRange(group.Outgoing.Select(n => (Outgoing, n)));
            steps.AddRange(group.Files.Select(f => (Incoming, f.Name)));
        }
        return steps;
    }

    /// <summary>
    /// Carries out the moves; each is skipped when already done, so a killed run's moves can be finished
    /// by running them again. <paramref name="moved"/>, when given, records every move for <see cref="Undo"/>.
    /// </summary>
    private static void Move(string staging, string folder, IReadOnlyList<(string Kind, string Name)> steps, List<(string From, string To)>? moved)
    {
        var incoming = steps.Where(s => s.Kind == Incoming).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (kind, name) in steps)
        {
            var target = Path.Combine(folder, name);
            var fresh = Path.Combine(staging, NewFolder, name);
            if (kind == Outgoing)
            {
                if (incoming.Contains(name) && !File.Exists(fresh)) continue; // the new file is already in
                if (Directory.Exists(target))
                {
                    if (incoming.Contains(name)) throw new IOException($"'{name}' is a folder, where the file should go");
                    continue;
                }
                if (File.Exists(target)) MoveFile(target, Path.Combine(staging, OldFolder, name), moved);
            }
            else
            {
                if (!File.Exists(fresh)) continue;
                if (Directory.Exists(target)) throw new IOException($"'{name}' is a folder, where the file should go");
                MoveFile(fresh, target, moved);
            }
        }
    }

    private static void MoveFile(string from, string to, List<(string From, string To)>? moved)
    {
        File.Move(from, to, overwrite: true);
        moved?.Add((from, to));
    }

    /// <summary>Moves every file back, last move first; false when one cannot be moved back.</summary>
    private static bool Undo(List<(string From, string To)> moved)
    {
        try
        {
            for (var i = moved.Count - 1; i >= 0; i--)
                File.Move(moved[i].To, moved[i].From, overwrite: false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void WriteManifest(string staging, List<(string Kind, string Name)> steps)
    {
        var text = new StringBuilder();
        foreach (var (kind, name) in steps) text.Append(kind).Append('\t').Append(name).Append('\n');
        var temporary = Path.Combine(staging, ManifestName + ".partial");
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, Path.Combine(staging, ManifestName));
    }

    private static List<(string Kind, string Name)> ReadManifest(string path)
    {
        var steps = new List<(string, string)>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            var tab = line.IndexOf('\t');
            var (kind, name) = tab < 0 ? ("", "") : (line[..tab], line[(tab + 1)..]);
            if (kind is not (Outgoing or Incoming) || !IsPlainName(name))
                throw new IOException($"its manifest has a line that is not a move: '{line}'");
            steps.Add((kind, name));
        }
        return steps;
    }

    private static FileStream? TryLock(string staging)
    {
        try
        {
            return new FileStream(Path.Combine(staging, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void CheckName(string name)
    {
        if (!IsPlainName(name)) throw new ArgumentException($"output name '{name}' must be a plain file name");
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name is not ("." or "..") && !name.StartsWith(StagingPrefix, StringComparison.Ordinal)
        && name.IndexOfAny(new[] { '/', '\\' }) < 0 && !name.Any(char.IsControl);

    private static void DeleteQuietly(string staging)
    {
        try { Directory.Delete(staging, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static void DeleteIfEmpty(string folder)
    {
        try
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
