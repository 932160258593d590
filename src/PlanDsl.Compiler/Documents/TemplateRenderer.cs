using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PlanDsl.Compiler.Documents;

/// <summary>
/// Renders the Scriban templates of the documents. A template is looked up by file name first in the
/// user's template folder (when given), then among the templates embedded in the compiler, so a user
/// may override any one of them (including the partials pulled in with <c>include</c>).
/// </summary>
public sealed class TemplateRenderer : ITemplateLoader
{
    private const string ResourcePrefix = "PlanDsl.Documents.Templates.";
    private const string EmbeddedMarker = "embedded:";
    private readonly string? _folder;

    public TemplateRenderer(string? userFolder = null)
    {
        _folder = userFolder is null ? null : Path.GetFullPath(userFolder);
        if (_folder is not null && !Directory.Exists(_folder))
            throw new DocumentException($"template folder '{userFolder}' does not exist");
    }

    /// <summary>The names of the embedded templates.</summary>
    public static IReadOnlyList<string> EmbeddedTemplates() => Labels.Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToList();

    /// <summary>The text of an embedded template, e.g. <c>catalog.md.sbn</c>.</summary>
    public static string Embedded(string name)
    {
        using var stream = Labels.Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new DocumentException($"no template '{name}'");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public string Render(string templateName, object model, Labels labels, Func<string, string>? escape = null)
    {
        var path = Resolve(templateName);
        var template = Template.Parse(Read(path), path);
        if (template.HasErrors)
            throw new DocumentException($"template {templateName}: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");

        var globals = new ScriptObject();
        globals.Import(model);
        var labelObject = new ScriptObject();
        foreach (var (key, value) in labels.Texts) labelObject[key] = value;
        globals["l"] = labelObject;
        // Every plan text enters Markdown through MarkdownEscaper, as it enters HTML through html.escape;
        // the three names are kept for the templates users have written against them.
        var markdown = new Func<string?, string>(MarkdownEscaper.Escape);
        globals.Import("md", markdown);
        globals.Import("mdtext", markdown);
        globals.Import("mdpara", markdown);
        globals.Import("slug", new Func<string?, string>(Slug));

        var context = new TemplateContext
        {
            LoopLimit = 0,
            RecursiveLimit = 100,
            StrictVariables = true,
            TemplateLoader = this,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        try
        {
            var text = template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
            return text;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new DocumentException($"template {templateName}: {e.Message}");
        }
    }

    public static string Slug(string? text)
    {
        var sb = new StringBuilder();
        foreach (var ch in (text ?? "").ToLowerInvariant())
            sb.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '-');
        return sb.ToString().Trim('-');
    }

    private string Resolve(string name)
    {
        if (name.Contains('/') || name.Contains('\\') || name.Contains(".."))
            throw new DocumentException($"template name '{name}' must be a plain file name");
        if (_folder is not null)
        {
            var user = Path.Combine(_folder, name);
            if (File.Exists(user)) return user;
        }
        return EmbeddedMarker + name;
    }

    private static string Read(string path) =>
        path.StartsWith(EmbeddedMarker, StringComparison.Ordinal) ? Embedded(path[EmbeddedMarker.Length..]) : File.ReadAllText(path, Encoding.UTF8);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName);

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Read(templatePath));
}

/// <summary>A problem with the documents' input (template folder, template error, unknown language).</summary>
public sealed class DocumentException : Exception
{
    public DocumentException(string message) : base(message) { }
}
