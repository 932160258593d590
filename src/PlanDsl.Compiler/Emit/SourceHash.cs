using System.Security.Cryptography;
using System.Text;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Emit;

/// <summary>The hash a catalog assembly records of the plan sources it was built from: SHA-256 over each file's path and text, in path order.</summary>
public static class SourceHash
{
    public static string Of(IEnumerable<SourceFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.DisplayPath));
            sha.AppendData(new byte[] { 0 });
            sha.AppendData(Encoding.UTF8.GetBytes(file.Text));
            sha.AppendData(new byte[] { 0 });
        }
        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The hash of a catalog's files read from disk; <paramref name="paths"/> are relative to <paramref name="baseDirectory"/>.</summary>
    public static string OfFiles(IEnumerable<string> paths, string baseDirectory) =>
        Of(paths.Select(p => new SourceFile(p, File.ReadAllText(Path.GetFullPath(p, baseDirectory)))));
}
