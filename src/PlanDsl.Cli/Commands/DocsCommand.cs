using System.CommandLine;
using PlanDsl.Compiler;
using PlanDsl.Compiler.Documents;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// <c>plandsl docs &lt;catalogs-or-folders&gt; -o dir --format md,html --lang en,pl,fr [--templates folder]</c>:
/// writes the plan-comparison documents of each catalog, and the cross-catalog comparison when there
/// are several. Compiler diagnostics and missing translations (PD0701) go to standard error; exit 1 when
/// a catalog has errors (nothing is written), 2 on bad options, else 0.
/// </summary>
public static class DocsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Catalog files or folders (searched for *.plan).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the documents to.", Required = true };
        var format = new Option<string>("--format") { Description = "Comma-separated formats: md, html.", DefaultValueFactory = _ => "md,html" };
        var lang = new Option<string>("--lang") { Description = "Comma-separated languages: en, pl, fr.", DefaultValueFactory = _ => "en" };
        var templates = new Option<string?>("--templates") { Description = "A folder of Scriban templates that replace the built-in ones of the same file name." };
        var root = RootOption.Create();
        var command = new Command("docs", "Generate plan-comparison documents (Markdown, HTML) in several languages.") { paths, output, format, lang, templates, root };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(output)!, parse.GetValue(format)!, parse.GetValue(lang)!, parse.GetValue(templates), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, root: parse.GetValue(root)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string outputFolder, string formats, string languages, string? templateFolder, TextWriter output, TextWriter error, string? baseDirectory = null, string? root = null) =>
        CommandRunner.Run(() =>
        {
            var options = new DocumentOptions(Split(formats), Split(languages), templateFolder is null ? null : Path.GetFullPath(templateFolder, baseDirectory ?? Directory.GetCurrentDirectory()));
            if (options.Formats.Count == 0) throw new CliError("--format: give at least one of md, html");
            if (options.Languages.Count == 0) throw new CliError("--lang: give at least one of en, pl, fr");
            var result = Workspace.CompileAll(paths, baseDirectory, root);
            foreach (var diagnostic in result.Diagnostics)
                error.WriteLine(diagnostic.ToMsBuildString());
            CommandRunner.ThrowIfInternalError(result.Diagnostics);
            if (result.HasErrors) return ExitCodes.CatalogErrors;
            if (result.Catalogs.Count == 0) throw new CliError("no catalog found");
            DocumentSet set;
            try
            {
                set = DocumentGenerator.Generate(result.Catalogs, options, baseDirectory);
            }
            catch (DocumentException e)
            {
                throw new CliError(e.Message);
            }
            foreach (var diagnostic in set.Diagnostics)
                error.WriteLine(diagnostic.ToMsBuildString());
            var folder = Path.GetFullPath(outputFolder, baseDirectory ?? Directory.GetCurrentDirectory());
            try
            {
                DocumentWriter.Write(set.Documents, folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliError($"cannot write to '{outputFolder}': {e.Message}; no document written");
            }
            output.WriteLine($"{set.Documents.Count} document(s) written to {outputFolder}; {set.Diagnostics.Count} warning(s)");
            return 0;
        }, error);

    private static IReadOnlyList<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
