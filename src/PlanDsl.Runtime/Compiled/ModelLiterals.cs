using System.Collections.Immutable;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Compiled;

/// <summary>Building blocks that generated code uses to rebuild a catalog's model.</summary>
public static class ModelLiterals
{
    /// <summary>A localized text from language/text pairs: <c>Text("en", "Critical", "pl", "Krytyczny")</c>.</summary>
    public static LocalizedText Text(params string[] languageTextPairs)
    {
        if (languageTextPairs.Length == 0) return LocalizedText.Empty;
        if (languageTextPairs.Length % 2 != 0) throw new ArgumentException("language/text pairs expected", nameof(languageTextPairs));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < languageTextPairs.Length; i += 2) builder.Add(languageTextPairs[i], languageTextPairs[i + 1]);
        return new LocalizedText(builder.ToImmutable());
    }
}
