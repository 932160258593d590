using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>Translated texts: the untagged part is in the catalog's language, tagged parts in theirs.</summary>
public sealed class TextAndLanguageTests
{
    [Fact]
    public void Untagged_text_is_in_the_default_language_en()
    {
        var catalog = Catalog("""
            catalog c "Critical" pl "Krytyczny" fr "Critique" { }
            """);
        Assert.Equal(Text(("en", "Critical"), ("fr", "Critique"), ("pl", "Krytyczny")), catalog.Title);
        Assert.Equal("en", catalog.DefaultLanguage);
    }

    [Fact]
    public void Without_languages_the_catalog_provides_every_language_its_texts_use()
    {
        var catalog = Catalog("""
            catalog c "C" { language: pl }
            channels { phone "Telefon" en "Phone" fr "Téléphone" }
            """);
        Assert.Equal(new[] { "en", "fr", "pl" }, catalog.Languages);
    }

    [Fact]
    public void Declared_languages_are_what_the_catalog_provides_default_first()
    {
        var catalog = Catalog("""
            catalog c "C" { language: pl; languages: en }
            channels { phone "Telefon" en "Phone" fr "Téléphone" }
            """);
        Assert.Equal(new[] { "pl", "en" }, catalog.Languages);
    }

    [Fact]
    public void Untagged_text_is_in_the_catalog_language()
    {
        var catalog = Catalog("""
            catalog c "Obsługa" en "Support" {
              language: pl
            }
            """);
        Assert.Equal(Text(("en", "Support"), ("pl", "Obsługa")), catalog.Title);
        Assert.Equal("pl", catalog.DefaultLanguage);
    }

    [Fact]
    public void Translations_may_continue_on_the_next_lines()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
                pl "Krytyczny"
                fr "Critique"
            }
            """);
        Assert.Equal(Text(("en", "Critical"), ("fr", "Critique"), ("pl", "Krytyczny")), catalog.Severities[0].Title);
    }

    [Fact]
    public void A_text_without_a_default_language_part()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            obligations {
              contacts fr "Contacts autorisés" en "Authorized contacts" {
                text: fr "L'Abonné désignera" en "The Subscriber will designate"
              }
            }
            """);
        var obligation = Assert.Single(catalog.Obligations);
        Assert.Equal(Text(("en", "Authorized contacts"), ("fr", "Contacts autorisés")), obligation.Title);
        Assert.Equal(Text(("en", "The Subscriber will designate"), ("fr", "L'Abonné désignera")), obligation.Text);
    }

    [Fact]
    public void A_text_with_no_part_in_the_catalog_language_is_warning_PD0408()
    {
        var result = Compile("""
            catalog c "C" { language: pl }
            channels {
              phone fr "Téléphone" en "Phone"
            }
            """);
        var d = result.Reports("PD0408", 3, 9);
        Assert.False(d.IsError);
        Assert.Equal(Text(("en", "Phone"), ("fr", "Téléphone")), CatalogOf(result).Channels[0].Title);
    }

    [Fact]
    public void A_region_tag_is_a_language()
    {
        var catalog = Catalog("""
            catalog c "Color" en-GB "Colour" { }
            """);
        Assert.Equal(Text(("en", "Color"), ("en-GB", "Colour")), catalog.Title);
    }

    [Fact]
    public void The_same_language_twice_is_PD0409()
    {
        var d = Reports("""
            catalog c "C" {
              vendor: "Acme" pl "Akme" pl "Akme2"
            }
            """, "PD0409", 2, 28);
        Assert.Equal("text in 'pl' is given twice", d.Message);
    }

    [Fact]
    public void A_tagged_text_in_the_language_of_the_untagged_one_is_PD0409()
    {
        Reports("""
            catalog c "C" {
              vendor: "Acme" en "Acme Inc."
            }
            """, "PD0409", 2, 18);
    }

    [Fact]
    public void A_catalog_language_that_is_not_a_tag_is_PD0108()
    {
        var d = Reports("""
            catalog c "C" {
              language: english
            }
            """, "PD0108", 2, 13);
        Assert.Equal("'english' is not a language tag (two lowercase letters, e.g. en, pl, fr)", d.Message);
    }

    [Fact]
    public void An_uppercase_language_is_PD0108()
    {
        Reports("""
            catalog c "C" {
              languages: pl, EN
            }
            """, "PD0108", 2, 18);
    }

    [Fact]
    public void A_three_letter_tag_before_a_text_is_a_syntax_error()
    {
        var result = Compile("""
            catalog c "C" {
              vendor: "Acme" fra "Acmé"
            }
            """);
        Assert.Contains(result.Diagnostics, d => d.Code == "PD0001" && d.IsError);
    }

    [Fact]
    public void A_three_letter_tag_before_a_text_is_reported_where_it_is()
    {
        Compile("""
            catalog c "C" {
              vendor: "Acme" fra "Acmé"
            }
            """).Reports("PD0001", 2, 18);
    }

    [Fact]
    public void A_catalog_with_a_syntax_error_is_not_returned()
    {
        var result = Compile("""
            catalog c "C" {
              vendor: "Acme" fra "Acmé"
            }
            """);
        Assert.Empty(result.Catalogs);
    }

    [Fact]
    public void Declared_languages_start_with_the_default_language()
    {
        var catalog = Catalog("""
            catalog c "C" pl "K" {
              languages: pl
            }
            """);
        Assert.Equal(new[] { "en", "pl" }, catalog.Languages);
    }

    [Fact]
    public void Escapes_and_triple_quoted_texts()
    {
        var catalog = Catalog(""""
            catalog c "Say \"hi\" \\ bye" {
              note: """two
            lines"""
            }
            """");
        Assert.Equal("Say \"hi\" \\ bye", catalog.Title.Get("en"));
        Assert.Equal("two\nlines", catalog.Notes[0].Get("en").Replace("\r", ""));
    }

    [Fact]
    public void The_vendor_defaults_to_the_catalog_title()
    {
        var catalog = Catalog("""
            catalog c "Acme support" pl "Wsparcie Acme" { }
            """);
        Assert.Equal(catalog.Title, catalog.Vendor);
    }

    [Fact]
    public void LocalizedText_Get_falls_back()
    {
        var text = Text(("en", "Phone"), ("pl", "Telefon"));
        Assert.Equal("Telefon", text.Get("pl"));
        Assert.Equal("Phone", text.Get("fr", "en"));
        Assert.Equal("Phone", text.Get("fr"));
    }
}
