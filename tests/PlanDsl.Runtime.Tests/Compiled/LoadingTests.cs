using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// <see cref="PlanCatalog.Load"/>: what an assembly records about itself, refusing damaged, foreign and
/// incompatible files with one clear sentence, and unloading (collectible) and reloading for hot swaps.
/// </summary>
public sealed class LoadingTests
{
    private const string Small = """
        catalog tiny "Tiny" { timezone: "Europe/Warsaw"; outside hours: tickets wait }
        calendar office { hours: Mon-Fri 09:00-17:00 }
        severities most urgent first {
          high = 1 "High"
          low = 2 "Low"
        }
        plan basic "Basic" {
          hours: office
          targets {
            | severity | response |
            | high     | 2 h      |
            | low      | 8 h      |
          }
        }
        """;

    private static readonly Instant Monday0830 = Instant.FromUtc(2026, 10, 5, 6, 30); // 08:30 in Warsaw

    [Fact]
    public void A_loaded_catalog_says_what_built_it_and_answers()
    {
        var path = CompiledKit.BuildToFile(Seeds.Compile(Small), "sha256:abc");
        using var loaded = PlanCatalog.Load(path);
        var catalog = loaded.Catalog;
        Assert.Equal("tiny", catalog.CatalogId);
        Assert.Equal("sha256:abc", catalog.SourceHash);
        Assert.Equal(PlanDslLanguage.Version, catalog.LanguageVersion);
        Assert.Equal(PlanDsl.Compiler.Emit.CatalogEmitter.CompilerVersion, catalog.CompilerVersion);
        Assert.Equal(DateTimeZoneProviders.Tzdb.VersionId, catalog.TimeZoneDataVersion);
        Assert.Equal("tiny", loaded.Info.CatalogId);
        Assert.Equal("sha256:abc", loaded.Info.SourceHash);
        Assert.Equal(Instant.FromUtc(2026, 10, 5, 9, 0), catalog.ResponseDue("basic", "high", null, Monday0830)); // 09:00 + 2 h local
        Assert.Equal("tiny.Plans", AssemblyName.GetAssemblyName(path).Name);
        Assert.Equal("tiny.Plans.dll", Path.GetFileName(path));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    [InlineData(0.01)]
    public void A_flipped_byte_is_refused_as_damaged(double where)
    {
        var path = CompiledKit.BuildToFile(Seeds.Compile(Small));
        var bytes = File.ReadAllBytes(path);
        var at = Math.Max(0x100, (int)(bytes.Length * where)) % bytes.Length;
        bytes[at] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var error = Refused(path);
        Assert.Contains("is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flipped_bytes_anywhere_never_load_and_never_throw_anything_else()
    {
        var original = File.ReadAllBytes(CompiledKit.BuildToFile(Seeds.Compile(Small)));
        var random = new Random(Randomized.Seed(4));
        for (var i = 0; i < 200; i++)
        {
            var bytes = (byte[])original.Clone();
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            var path = Path.Combine(CompiledKit.NewFolder(), "tiny.Plans.dll");
            File.WriteAllBytes(path, bytes);
            Refused(path);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(2000)]
    [InlineData(-1)]
    public void A_truncated_file_is_refused(int keep)
    {
        var path = CompiledKit.BuildToFile(Seeds.Compile(Small));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(keep < 0 ? bytes.Length - 1 : keep)]);
        var error = Refused(path);
        Assert.Matches("is damaged|is not a \\.NET assembly|not a readable", error.Message);
    }

    [Fact]
    public void An_assembly_for_another_language_version_is_refused_naming_both_versions()
    {
        var path = CompiledKit.BuildToFile(Seeds.Compile(Small), languageVersion: PlanDslLanguage.Version + 1);
        var error = Refused(path);
        Assert.Equal(
            $"{path} was built by PlanDsl compiler {PlanDsl.Compiler.Emit.CatalogEmitter.CompilerVersion} for language version {PlanDslLanguage.Version + 1}; this runtime reads language version {PlanDslLanguage.Version}",
            error.Message);
    }

    [Fact]
    public void An_assembly_that_is_not_a_catalog_is_refused()
    {
        var copy = Path.Combine(CompiledKit.NewFolder(), "NodaTime.dll");
        File.Copy(typeof(Instant).Assembly.Location, copy);
        Assert.Contains("is not a PlanDsl catalog", Refused(copy).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_a_text_file_is_refused()
    {
        var folder = CompiledKit.NewFolder();
        Assert.EndsWith("does not exist", Refused(Path.Combine(folder, "none.Plans.dll")).Message, StringComparison.Ordinal);
        var text = Path.Combine(folder, "text.Plans.dll");
        File.WriteAllText(text, "this is not an assembly, it is a sentence that goes on for a while");
        Assert.Contains("is not a .NET assembly", Refused(text).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_unload_reload_and_the_unloaded_context_can_be_collected()
    {
        var path = CompiledKit.BuildToFile(Seeds.Compile(Small));
        var weak = LoadUseAndUnload(path);
        for (var i = 0; i < 50 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (weak.IsAlive && i > 10) Thread.Sleep(20);
        }
        Assert.False(weak.IsAlive, "the unloaded catalog's load context was not collected");

        using var again = PlanCatalog.Load(path);
        Assert.Equal(Instant.FromUtc(2026, 10, 5, 15, 0), again.Catalog.ResponseDue("basic", "low", null, Monday0830)); // 09:00 + 8 h = 17:00 in Warsaw
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadUseAndUnload(string path)
    {
        var loaded = PlanCatalog.Load(path);
        var context = System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(loaded.Catalog.GetType().Assembly)!;
        Assert.True(context.IsCollectible);
        Assert.NotNull(loaded.Catalog.ResponseDue("basic", "high", null, Monday0830));
        loaded.Dispose();
        Assert.False(loaded.IsLoaded);
        Assert.Throws<ObjectDisposedException>(() => loaded.Catalog);
        return new WeakReference(context);
    }

    [Fact]
    public void A_rebuilt_file_is_hot_swapped_by_unloading_and_loading_again()
    {
        var folder = CompiledKit.NewFolder();
        var first = PlanDsl.Compiler.Emit.CatalogEmitter.Write(PlanDsl.Compiler.Emit.CatalogEmitter.Emit(Seeds.Compile(Small), "sha256:1"), folder);
        var loaded = PlanCatalog.Load(first);
        Assert.Equal(Instant.FromUtc(2026, 10, 5, 9, 0), loaded.Catalog.ResponseDue("basic", "high", null, Monday0830));
        loaded.Dispose();

        var faster = Seeds.Compile(Small.Replace("| high     | 2 h      |", "| high     | 1 h      |", StringComparison.Ordinal));
        var second = PlanDsl.Compiler.Emit.CatalogEmitter.Write(PlanDsl.Compiler.Emit.CatalogEmitter.Emit(faster, "sha256:2"), folder);
        Assert.Equal(first, second);
        using var reloaded = PlanCatalog.Load(second);
        Assert.Equal("sha256:2", reloaded.Catalog.SourceHash);
        Assert.Equal(Instant.FromUtc(2026, 10, 5, 8, 0), reloaded.Catalog.ResponseDue("basic", "high", null, Monday0830));
    }

    /// <summary>Loading fails with a <see cref="PlanCatalogLoadException"/> whose message is one sentence naming the file.</summary>
    private static PlanCatalogLoadException Refused(string path)
    {
        var error = Assert.Throws<PlanCatalogLoadException>(() => PlanCatalog.Load(path).Dispose());
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain(" at ", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path.Replace('\\', '/'), error.Message, StringComparison.Ordinal);
        return error;
    }
}
