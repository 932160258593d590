using PlanDsl.Compiler.Emit;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Emit;

/// <summary>The same input gives a byte-identical assembly (deterministic Roslyn compilation, no timestamps, no random ids).</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Emitting_the_same_catalog_twice_gives_the_same_bytes()
    {
        var first = CatalogEmitter.Emit(EmitTestKit.Catalog(EmitTestKit.Tiny), "sha256:x");
        var second = CatalogEmitter.Emit(EmitTestKit.Catalog(EmitTestKit.Tiny), "sha256:x");
        Assert.Equal(first.Image, second.Image);
    }

    [Fact]
    public void Building_the_seed_catalogs_twice_writes_identical_files()
    {
        var (a, b) = (EmitTestKit.NewFolder(), EmitTestKit.NewFolder());
        Assert.Equal(0, PlanDsl.Cli.Commands.BuildCommand.Run(new[] { "plans/" }, a, emitSource: true, TextWriter.Null, TextWriter.Null, RepoPaths.Root));
        Assert.Equal(0, PlanDsl.Cli.Commands.BuildCommand.Run(new[] { "plans/" }, b, emitSource: true, TextWriter.Null, TextWriter.Null, RepoPaths.Root));
        var files = Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(10, files.Count);
        Assert.Equal(files, Directory.GetFiles(b).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(a, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file!))), $"{file} differs between two builds");
    }

    [Fact]
    public void A_different_source_hash_gives_a_different_assembly()
    {
        var first = CatalogEmitter.Emit(EmitTestKit.Catalog(EmitTestKit.Tiny), "sha256:x");
        var second = CatalogEmitter.Emit(EmitTestKit.Catalog(EmitTestKit.Tiny), "sha256:y");
        Assert.NotEqual(first.Image, second.Image);
    }
}
