using System.Text;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Output;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Documents;

/// <summary>What to generate: the formats (md, html), the languages, an optional template folder.</summary>
public sealed record DocumentOptions(IReadOnlyList<string> Formats, IReadOnlyList<string> Languages, string? TemplateFolder = null)
{
    public static IReadOnlyList<string> KnownFormats { get; } = new[] { "md", "html" };
}

/// <summary>One generated file: its name in the output folder and its text.</summary>
public sealed record GeneratedDocument(string FileName, string Text);

/// <summary>The generated files and the warnings (missing translations) met on the way.</summary>
public sealed record DocumentSet(IReadOnlyList<GeneratedDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Generates the plan-comparison documents: <c>&lt;catalog&gt;.&lt;lang&gt;.md|html</c> per catalog and
/// language, and <c>comparison.&lt;lang&gt;.md|html</c> when there are several catalogs. Pure: the same
/// catalogs and options give byte-identical texts; nothing is written (see <see cref="DocumentWriter"/>).
/// </summary>
public static class DocumentGenerator
{
    public static DocumentSet Generate(IReadOnlyList<ResolvedCatalog> catalogs, DocumentOptions options, string? baseDirectory = null)
    {
        foreach (var format in options.Formats)
            if (!DocumentOptions.KnownFormats.Contains(format))
                throw new DocumentException($"unknown format '{format}'; formats: {string.Join(", ", DocumentOptions.KnownFormats)}");
        foreach (var language in options.Languages)
            if (!LanguageFormat.Supported.Contains(language))
                throw new DocumentException($"unknown language '{language}'; documents are written in {string.Join(", ", LanguageFormat.Supported)}");
        if (catalogs.Select(c => c.Id).Contains("comparison"))
            throw new DocumentException("a catalog named 'comparison' would overwrite the comparison document; rename it");

        var renderer = new TemplateRenderer(options.TemplateFolder);
        var documents = new List<GeneratedDocument>();
        var missing = new List<(ResolvedCatalog Catalog, Translator Translator)>();
        var ordered = catalogs.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        foreach (var language in options.Languages)
        {
            var labels = Labels.Load(language);
            foreach (var catalog in ordered)
            {
                var builder = new CatalogDocumentBuilder(catalog, labels);
                var model = builder.Build();
                foreach (var format in options.Formats)
                    documents.Add(new GeneratedDocument($"{catalog.Id}.{language}.{format}", renderer.Render($"catalog.{format}.sbn", model, labels)));
                missing.Add((catalog, builder.Translator));
            }
            if (ordered.Count > 1)
            {
                var builder = new ComparisonDocumentBuilder(ordered, labels);
                var model = builder.Build();
                foreach (var format in options.Formats)
                    documents.Add(new GeneratedDocument($"comparison.{language}.{format}", renderer.Render($"comparison.{format}.sbn", model, labels)));
            }
        }
        return new DocumentSet(documents, MissingTranslations(missing, baseDirectory));
    }

    /// <summary>
    /// PD0701 for every catalog text shown in another language than the document's although the catalog
    /// provides that language, at the place the text is written (found by its default-language wording in
    /// the catalog's files), else at the catalog's entry file; and once per catalog for a document language
    /// the catalog does not provide at all.
    /// </summary>
    private static IReadOnlyList<Diagnostic> MissingTranslations(IEnumerable<(ResolvedCatalog Catalog, Translator Translator)> missing, string? baseDirectory)
    {
        var bag = new DiagnosticBag();
        var files = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var (catalog, translator) in missing)
        {
            var entry = catalog.SourceFiles.FirstOrDefault() ?? catalog.Id;
            if (!translator.Provides)
            {
                bag.Report(DiagnosticCodes.DocumentTranslationMissing, Locate(entry, "catalog " + catalog.Id, files, baseDirectory) ?? new SourceSpan(entry, 1, 1, 1, 1),
                    $"catalog '{catalog.Id}' (it provides {string.Join(", ", catalog.Languages)})", translator.Language, catalog.DefaultLanguage);
                continue;
            }
            foreach (var text in translator.Missing)
            {
                var span = catalog.SourceFiles.Select(f => Locate(f, "\"" + text + "\"", files, baseDirectory)).FirstOrDefault(s => s is not null)
                    ?? new SourceSpan(entry, 1, 1, 1, 1);
                bag.Report(DiagnosticCodes.DocumentTranslationMissing, span, "text \"" + Shorten(text) + "\"", translator.Language, catalog.DefaultLanguage);
            }
        }
        return bag.ToSortedList();
    }

    internal static string Shorten(string text)
    {
        var oneLine = MarkdownEscaper.OneLine(text);
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "…";
    }

    private static SourceSpan? Locate(string file, string needle, Dictionary<string, string[]?> cache, string? baseDirectory)
    {
        if (!cache.TryGetValue(file, out var lines))
        {
            var path = Path.GetFullPath(file, baseDirectory ?? Directory.GetCurrentDirectory());
            try { lines = File.Exists(path) ? File.ReadAllLines(path, Encoding.UTF8) : null; }
            catch (IOException) { lines = null; }
            catch (UnauthorizedAccessException) { lines = null; }
            cache[file] = lines;
        }
        if (lines is null) return null;
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(needle, StringComparison.Ordinal);
            if (column >= 0) return new SourceSpan(file, i + 1, column + 1, i + 1, column + 1 + needle.Length);
        }
        return null;
    }
}

/// <summary>Writes generated documents whole or not at all (see <see cref="StagedOutput"/>): an error leaves the folder as it was.</summary>
public static class DocumentWriter
{
    public static IReadOnlyList<string> Write(IEnumerable<GeneratedDocument> documents, string folder) =>
        StagedOutput.Write(folder, documents.Select(d => new OutputGroup(new OutputFile(d.FileName, new UTF8Encoding(false).GetBytes(d.Text)))).ToList());
}
