using PlanDsl.Compiler.Documents;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Documents;

/// <summary>
/// The Markdown of every seed catalog in every language, and the comparison, as approved files under
/// Documents/Golden (rewrite with PLANDSL_APPROVE=1, then review the diff).
/// </summary>
public class DocumentGoldenTests
{
    public static TheoryData<string, string> SeedsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in DocumentTestSupport.Seeds)
            foreach (var lang in DocumentTestSupport.Languages)
                data.Add(seed, lang);
        return data;
    }

    public static TheoryData<string> Languages() => new() { "en", "pl", "fr" };

    [Theory]
    [MemberData(nameof(SeedsAndLanguages))]
    public void Markdown_of_a_seed_matches_its_golden_file(string seed, string lang)
    {
        Approvals.Verify(DocumentTestSupport.Text($"{seed}.{lang}.md"), $"Documents/Golden/{seed}.{lang}.md");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Comparison_matches_its_golden_file(string lang)
    {
        Approvals.Verify(DocumentTestSupport.Text($"comparison.{lang}.md"), $"Documents/Golden/comparison.{lang}.md");
    }

    [Fact]
    public void Every_catalog_and_language_gets_md_and_html_and_the_comparison_when_there_are_several()
    {
        var names = DocumentTestSupport.All.Documents.Select(d => d.FileName).ToHashSet();
        foreach (var lang in DocumentTestSupport.Languages)
        {
            foreach (var seed in DocumentTestSupport.Seeds)
            {
                Assert.Contains($"{seed}.{lang}.md", names);
                Assert.Contains($"{seed}.{lang}.html", names);
            }
            Assert.Contains($"comparison.{lang}.md", names);
            Assert.Contains($"comparison.{lang}.html", names);
        }
        Assert.Equal(36, names.Count);

        var single = DocumentGenerator.Generate(new[] { DocumentTestSupport.Catalog("domo") }, new DocumentOptions(new[] { "md" }, new[] { "fr" }));
        Assert.Equal(new[] { "domo.fr.md" }, single.Documents.Select(d => d.FileName));
    }

    [Fact]
    public void Generating_twice_gives_byte_identical_documents()
    {
        var again = DocumentGenerator.Generate(DocumentTestSupport.Catalogs, new DocumentOptions(new[] { "md", "html" }, DocumentTestSupport.Languages), RepoPaths.Root);

        Assert.Equal(DocumentTestSupport.All.Documents, again.Documents);
        Assert.Equal(DocumentTestSupport.All.Diagnostics.Select(d => d.ToMsBuildString()), again.Diagnostics.Select(d => d.ToMsBuildString()));
    }

    [Fact]
    public void Oktawave_in_Polish_reads_as_a_Polish_document()
    {
        var md = DocumentTestSupport.Text("oktawave.pl.md");

        Assert.Contains("## Zakres usług", md);
        Assert.Contains("## Rekompensaty", md);
        Assert.Contains("300,00 PLN / mies.", md);
        Assert.Contains("0,0002 PLN / GB / godz.", md);
        Assert.Contains("| < 99,8 % | – | – | – | 10 % |", md);
        Assert.Contains("| 24.12.2026 | Wigilia Bożego Narodzenia |", md);
        Assert.Contains("30 min (24/7)", md);
        Assert.Contains("pn.–pt. 08:00–20:00", md);
        Assert.DoesNotContain("300.00", md);
        Assert.DoesNotContain("Features", md);
    }

    [Fact]
    public void Domo_in_French_reads_as_a_French_document()
    {
        var md = DocumentTestSupport.Text("domo.fr.md");

        Assert.Contains("## Fonctionnalités", md);
        Assert.Contains("## Délais par niveau de gravité", md);
        Assert.Contains("**Première réponse : gravité × offre**", md);
        Assert.Contains("Niveau 1", md);
        Assert.Contains("Contacts d'assistance autorisés", md);
        Assert.Contains("lun.–ven. 08:00–17:00", md);
        Assert.Contains("- Fuseau horaire : America/Denver", md);
        Assert.DoesNotContain("## Features", md);
    }

    [Fact]
    public void Oktawave_in_French_and_English_prints_money_and_percentages_in_their_formats()
    {
        var fr = DocumentTestSupport.Text("oktawave.fr.md");
        var en = DocumentTestSupport.Text("oktawave.en.md");

        Assert.Contains("300,00 PLN / mois", fr);
        Assert.Contains("< 99,8 %", fr);
        Assert.Contains("24/12/2026", fr);
        Assert.Contains("300.00 PLN / month", en);
        Assert.Contains("< 99.8%", en);
        Assert.Contains("24 December 2026", en);
    }

    [Fact]
    public void The_comparison_normalizes_response_targets_to_the_worst_case_wait_over_the_reference_week()
    {
        var md = DocumentTestSupport.Text("comparison.en.md");

        Assert.Contains("reference week 5 October 2026 – 11 October 2026", md);
        // Kolmisoft BASIC: 12 h of working hours (Mon-Fri 08:00-17:00): opened Friday 16:00, due Tuesday 10:00.
        Assert.Contains("| BASIC | Blocker | 12 h (Working hours) | 90 h |", md);
        // Oktawave Platinum: failures answered within 30 min around the clock; 100 % credit at 99 % uptime.
        Assert.Contains("| Platinum | Failure | 30 min (24/7) | 30 min |", md);
        Assert.Contains("| 100% |", md);
    }
}
