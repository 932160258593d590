using System.Collections;
using System.Reflection;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>The model a compiled catalog rebuilds is the compiler's, field by field (decimals to their scale), for every seed and random catalogs.</summary>
public sealed class ModelRoundTripTests
{
    public static IEnumerable<object[]> SeedNames => CompiledKit.SeedNames.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_catalog_model_is_rebuilt_exactly(string seed)
    {
        var original = Seeds.Catalog(seed);
        var rebuilt = CompiledKit.Seed(seed).Model;
        Assert.Equal(ModelDump.Write(original), ModelDump.Write(rebuilt));
        AssertDeepEqual(original, rebuilt, seed);
    }

    [Fact]
    public void Random_catalog_models_are_rebuilt_exactly()
    {
        for (var seed = 1; seed <= 12; seed++)
        {
            var original = CompiledKit.CompileOrNull(RandomCatalogText.Write(seed * 7919), out var diagnostics) ?? throw new InvalidOperationException(diagnostics);
            using var loaded = CompiledKit.BuildAndLoad(original);
            AssertDeepEqual(original, loaded.Catalog.Model, "random " + seed);
        }
    }

    /// <summary>Compares every public property, recursively; sequences element by element; decimals by their bits (so 1.50 is not 1.5).</summary>
    private static void AssertDeepEqual(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            return;
        }
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.GetType()} vs {actual.GetType()}");
        switch (expected)
        {
            case decimal d:
                Assert.True(decimal.GetBits(d).SequenceEqual(decimal.GetBits((decimal)actual)), $"{path}: {d} vs {actual}");
                return;
            case string or bool or int or long or Enum or NodaTime.LocalDate or NodaTime.LocalTime or NodaTime.Duration:
                Assert.True(expected.Equals(actual), $"{path}: {expected} vs {actual}");
                return;
            case LocalizedText t:
                Assert.True(t.Translations.SequenceEqual(((LocalizedText)actual).Translations), $"{path}: texts differ");
                return;
        }
        var type = expected.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            var isDefault = (bool)type.GetProperty("IsDefault")!.GetValue(expected)!;
            Assert.True(isDefault == (bool)type.GetProperty("IsDefault")!.GetValue(actual)!, $"{path}: default array vs not");
            if (isDefault) return;
        }
        if (expected is IEnumerable sequence)
        {
            var a = sequence.Cast<object?>().ToList();
            var b = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(a.Count == b.Count, $"{path}: {a.Count} items vs {b.Count}");
            for (var i = 0; i < a.Count; i++) AssertDeepEqual(a[i], b[i], $"{path}[{i}]");
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            AssertDeepEqual(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
    }
}
