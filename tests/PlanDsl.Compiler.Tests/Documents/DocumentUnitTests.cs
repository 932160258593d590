using NodaTime;
using PlanDsl.Cli.Commands;
using PlanDsl.Compiler.Documents;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Tests.Infrastructure;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Documents;

public class DocumentUnitTests
{
    private static LanguageFormat Format(string lang) => LanguageFormat.For(lang, Labels.Load(lang));

    [Theory]
    [InlineData("en", "300.00 PLN", "99.8%", "1,234,567.5", "24 November 2026", "2 business days")]
    [InlineData("pl", "300,00 PLN", "99,8 %", "1 234 567,5", "24.11.2026", "2 dni robocze")]
    [InlineData("fr", "300,00 PLN", "99,8 %", "1 234 567,5", "24/11/2026", "2 jours ouvrés")]
    public void Numbers_money_percentages_dates_and_durations_follow_the_language(string lang, string money, string percent, string number, string date, string days)
    {
        var f = Format(lang);

        Assert.Equal(money, f.Money(new Money(300.00m, "PLN")));
        Assert.Equal(percent, f.Percent(99.8m));
        Assert.Equal(number, f.Number(1234567.5m));
        Assert.Equal(date, f.Date(new LocalDate(2026, 11, 24)));
        Assert.Equal(days, f.Duration(DurationSpec.OfBusinessDays(2)));
        Assert.Equal("30 min", f.Duration(DurationSpec.Of(Duration.FromMinutes(30))));
        Assert.Equal("48 h", f.Duration(DurationSpec.Of(Duration.FromHours(48))));
        Assert.Equal("1 h 30 min", f.Duration(DurationSpec.Of(Duration.FromMinutes(90))));
        Assert.Equal("0" + f.DecimalSeparator + "0002 PLN", f.Money(new Money(0.0002m, "PLN")));
    }

    [Fact]
    public void Polish_business_days_take_the_right_plural()
    {
        var f = Format("pl");

        Assert.Equal("1 dzień roboczy", f.Duration(DurationSpec.OfBusinessDays(1)));
        Assert.Equal("3 dni robocze", f.Duration(DurationSpec.OfBusinessDays(3)));
        Assert.Equal("5 dni roboczych", f.Duration(DurationSpec.OfBusinessDays(5)));
        Assert.Equal("12 dni roboczych", f.Duration(DurationSpec.OfBusinessDays(12)));
        Assert.Equal("22 dni robocze", f.Duration(DurationSpec.OfBusinessDays(22)));
    }

    [Fact]
    public void Every_language_has_every_label_and_the_embedded_templates_are_there()
    {
        Assert.Equal(new[] { "en", "fr", "pl" }, Labels.EmbeddedLanguages());
        var en = Labels.Load("en");
        foreach (var lang in new[] { "pl", "fr" })
        {
            var other = Labels.Load(lang);
            Assert.Equal(en.Texts.Keys.OrderBy(k => k, StringComparer.Ordinal), other.Texts.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(7, other.List("days").Count);
            Assert.Equal(12, other.List("months").Count);
            Assert.All(other.Texts, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{lang}: {kv.Key} is empty"));
        }
        Assert.Equal(new[] { "catalog.html.sbn", "catalog.md.sbn", "common.html.sbn", "common.md.sbn", "comparison.html.sbn", "comparison.md.sbn" }, TemplateRenderer.EmbeddedTemplates());
    }

    [Fact]
    public void A_template_in_the_user_folder_replaces_the_built_in_one_of_the_same_name()
    {
        var folder = Directory.CreateTempSubdirectory("plandsl-templates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "catalog.md.sbn"), "{{ l.plans }}: {{ for p in plans }}{{ p.title }};{{ end }} {{ credits.caption }}\n");

            var set = DocumentGenerator.Generate(new[] { DocumentTestSupport.Catalog("oktawave") }, new DocumentOptions(new[] { "md", "html" }, new[] { "pl" }, folder));

            Assert.Equal("Plany: Support Podstawowy;Silver;Gold;Platinum; Rekompensaty\n", set.Documents.Single(d => d.FileName == "oktawave.pl.md").Text);
            Assert.Contains("<table", set.Documents.Single(d => d.FileName == "oktawave.pl.html").Text);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_broken_template_is_reported_with_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("plandsl-templates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "catalog.md.sbn"), "{{ for p in plans }}");

            var e = Assert.Throws<DocumentException>(() => DocumentGenerator.Generate(new[] { DocumentTestSupport.Catalog("domo") }, new DocumentOptions(new[] { "md" }, new[] { "en" }, folder)));

            Assert.Contains("catalog.md.sbn", e.Message);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Unknown_languages_and_formats_are_refused()
    {
        var catalogs = new[] { DocumentTestSupport.Catalog("domo") };
        Assert.Throws<DocumentException>(() => DocumentGenerator.Generate(catalogs, new DocumentOptions(new[] { "md" }, new[] { "de" })));
        Assert.Throws<DocumentException>(() => DocumentGenerator.Generate(catalogs, new DocumentOptions(new[] { "pdf" }, new[] { "en" })));
    }

    [Fact]
    public void The_writer_replaces_files_whole_and_leaves_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("plandsl-docs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.en.md"), "old");

            DocumentWriter.Write(new[] { new GeneratedDocument("a.en.md", "new"), new GeneratedDocument("b.en.md", "b") }, folder);

            Assert.Equal("new", File.ReadAllText(Path.Combine(folder, "a.en.md")));
            Assert.Equal(new[] { "a.en.md", "b.en.md" }, Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_text_missing_in_a_language_the_catalog_provides_is_a_warning_at_the_text_and_falls_back_to_the_default_language()
    {
        var result = Workspace.CompileSources(new SourceFile("x.plan", """
            catalog x "Support" pl "Wsparcie" {
              language: en
              languages: en, pl
            }
            severities most urgent first {
              critical = 1 "Critical" pl "Krytyczny"
              major = 2 "Major"
            }
            plan basic "Basic" pl "Podstawowy" {
              hours: always
              targets {
                | severity | response |
                | critical | 4 h      |
                | major    | 2 business days |
              }
            }
            """));
        Assert.Empty(result.Diagnostics);

        var set = DocumentGenerator.Generate(result.Catalogs, new DocumentOptions(new[] { "md" }, new[] { "pl" }));

        var warning = Assert.Single(set.Diagnostics);
        // Compiled in memory: the text cannot be looked up on disk, so the warning points at the catalog's file.
        Assert.Equal("x.plan(1,1): warning PD0701: text \"Major\" has no 'pl' translation; documents in 'pl' show it in 'en'", warning.ToMsBuildString());
        var md = set.Documents.Single().Text;
        Assert.Contains("| Krytyczny | 4 h (24/7) |", md);
        Assert.Contains("| Major | 2 dni robocze (24/7) |", md);
    }

    [Fact]
    public void A_language_the_catalog_does_not_provide_is_one_warning_and_a_note_on_the_page()
    {
        var set = DocumentGenerator.Generate(new[] { DocumentTestSupport.Catalog("ombori") }, new DocumentOptions(new[] { "md" }, new[] { "fr" }), RepoPaths.Root);

        var warning = Assert.Single(set.Diagnostics);
        Assert.Equal("plans/ombori/catalog.plan(6,1): warning PD0701: catalog 'ombori' (it provides en) has no 'fr' translation; documents in 'fr' show it in 'en'", warning.ToMsBuildString());
        Assert.Contains("> Ce catalogue fournit ses textes en : anglais ; ils sont affichés en : anglais.", set.Documents.Single().Text);
    }

    [Fact]
    public void Docs_command_writes_the_documents_and_reports_missing_translations()
    {
        var folder = Directory.CreateTempSubdirectory("plandsl-docs-cli-").FullName;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();

            var exit = DocsCommand.Run(new[] { "plans/oktawave", "plans/domo" }, folder, "md,html", "pl,en", null, output, error, RepoPaths.Root, root: "plans");

            Assert.Equal(0, exit);
            Assert.Equal(new[] { "comparison.en.html", "comparison.en.md", "comparison.pl.html", "comparison.pl.md", "domo.en.html", "domo.en.md", "domo.pl.html", "domo.pl.md",
                "oktawave.en.html", "oktawave.en.md", "oktawave.pl.html", "oktawave.pl.md" }, Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Contains("plans/oktawave/catalog.plan(188,13): warning PD0701: text \"Silver\" has no 'en' translation; documents in 'en' show it in 'pl'", error.ToString());
            Assert.StartsWith("12 document(s) written", output.ToString());

            Assert.Equal(2, DocsCommand.Run(new[] { "plans/domo" }, folder, "md", "de", null, output, error, RepoPaths.Root));
            Assert.Contains("plandsl: error: unknown language 'de'", error.ToString());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
