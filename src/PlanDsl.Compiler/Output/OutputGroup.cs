namespace PlanDsl.Compiler.Output;

/// <summary>One file to write: its plain name in the output folder and its bytes.</summary>
public sealed record OutputFile(string Name, byte[] Content);

/// <summary>
/// Files that belong together and are moved in as a set, e.g. one catalog's <c>.cs</c> and <c>.dll</c>.
/// <see cref="Files"/> are moved in in order, so the one a reader looks for (the <c>.dll</c>) comes
/// last; <see cref="Removes"/> names files of an earlier write of the same set that this one no longer
/// has (the <c>.cs</c> of a build without <c>--emit-source</c>): they are removed with the set.
/// </summary>
public sealed record OutputGroup(IReadOnlyList<OutputFile> Files, IReadOnlyList<string> Removes)
{
    public OutputGroup(params OutputFile[] files) : this(files, Array.Empty<string>()) { }

    /// <summary>The names whose current files leave the folder before the set moves in: the last file first.</summary>
    internal IEnumerable<string> Outgoing => Files.Select(f => f.Name).Reverse().Concat(Removes);
}
