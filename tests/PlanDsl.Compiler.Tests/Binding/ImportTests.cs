using NodaTime;
using PlanDsl.Compiler.Syntax;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>Imports: a catalog is its file plus every file it imports, by paths relative to the importing file.</summary>
public sealed class ImportTests
{
    private static readonly SourceFile SharedHolidays = new("shared/h.plan", """
        holidays polish_public "Święta" en "Polish holidays" {
          easter +1: "Poniedziałek Wielkanocny" en "Easter Monday"
        }
        """);

    [Fact]
    public void A_catalog_imports_a_shared_file_by_a_path_relative_to_itself()
    {
        var result = Compile(
            new SourceFile("cat/c.plan", """
                import "../shared/h.plan"

                catalog c "C" { language: pl }
                calendar office {
                  hours: Mon-Fri 08:00-17:00
                  holidays: polish_public
                }
                """),
            SharedHolidays);
        var catalog = CatalogOf(result);
        Assert.Equal(new[] { "cat/c.plan", "shared/h.plan" }, catalog.SourceFiles);
        var rule = Assert.Single(catalog.FindCalendar("office")!.Holidays);
        Assert.Equal(new LocalDate(2026, 4, 6), rule.In(2026));
        // The shared file's untagged texts are in the importing catalog's language.
        Assert.Equal(Text(("en", "Easter Monday"), ("pl", "Poniedziałek Wielkanocny")), rule.Name);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_shared_file_on_its_own_is_not_a_catalog()
    {
        var result = Compile(new SourceFile("cat/c.plan", "catalog c \"C\" { }"), SharedHolidays);
        var catalog = CatalogOf(result);
        Assert.Empty(catalog.HolidaySets);
        Assert.Equal(new[] { "cat/c.plan" }, catalog.SourceFiles);
    }

    [Fact]
    public void Imports_are_followed_transitively_and_a_file_imported_twice_counts_once()
    {
        var result = Compile(
            new SourceFile("c.plan", """
                import "lib/a.plan"
                import "lib/b.plan"
                catalog c "C" { }
                calendar office { hours: Mon-Fri 08:00-17:00
                  holidays: both }
                """),
            new SourceFile("lib/a.plan", """
                import "b.plan"
                holidays both { include: base }
                """),
            new SourceFile("lib/b.plan", """
                holidays base { 01-01: "New Year" }
                """));
        var catalog = CatalogOf(result);
        Assert.Equal(new[] { "c.plan", "lib/a.plan", "lib/b.plan" }, catalog.SourceFiles);
        Assert.Single(catalog.FindCalendar("office")!.Holidays);
    }

    [Fact]
    public void Two_catalogs_may_import_the_same_shared_file()
    {
        var result = Compile(
            new SourceFile("one/c.plan", "import \"../shared/h.plan\"\ncatalog one \"One\" { language: pl }"),
            new SourceFile("two/c.plan", "import \"../shared/h.plan\"\ncatalog two \"Two\" { language: pl }"),
            SharedHolidays);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(new[] { "one", "two" }, result.Catalogs.Select(c => c.Id));
        Assert.All(result.Catalogs, c => Assert.Equal("polish_public", Assert.Single(c.HolidaySets).Id));
    }

    [Fact]
    public void A_missing_import_is_PD0003_at_the_import_line()
    {
        var result = Compile(new SourceFile("cat/c.plan", """
            // holidays come from the shared folder

            import "../shared/missing.plan"
            catalog c "C" { }
            """));
        var d = result.Reports("PD0003", 3, 1);
        Assert.Equal("cat/c.plan", d.Span.Path);
        Assert.Equal("cannot find '../shared/missing.plan'", d.Message);
    }

    [Fact]
    public void A_catalog_with_a_bad_import_is_not_returned()
    {
        var missing = Compile(new SourceFile("c.plan", "import \"missing.plan\"\ncatalog c \"C\" { }"));
        missing.Reports("PD0003", 1, 1);
        Assert.Empty(missing.Catalogs);

        var imported = Compile(new SourceFile("c.plan", "import \"other.plan\"\ncatalog c \"C\" { }"), new SourceFile("other.plan", "catalog other \"Other\" { }"));
        imported.Reports("PD0007", 1, 1);
        Assert.DoesNotContain(imported.Catalogs, c => c.Id == "c");
    }

    [Fact]
    public void Importing_a_file_that_declares_a_catalog_is_PD0007()
    {
        var result = Compile(
            new SourceFile("c.plan", """
                catalog c "C" { }
                import "other.plan"
                """),
            new SourceFile("other.plan", "catalog other \"Other\" { }"));
        var d = result.Reports("PD0007", 2, 1);
        Assert.Equal("c.plan", d.Span.Path);
        Assert.Equal("'other.plan' declares a catalog of its own and cannot be imported", d.Message);
    }

    [Fact]
    public void A_name_declared_in_the_catalog_and_in_an_import_is_PD0102()
    {
        var result = Compile(
            new SourceFile("c.plan", """
                import "h.plan"
                catalog c "C" { }
                holidays polish_public { 01-01: "New Year" }
                """),
            new SourceFile("h.plan", """
                holidays polish_public { 01-01: "New Year" }
                """));
        Assert.Contains(result.Diagnostics, d => d.Code == "PD0102");
        Assert.Empty(result.Catalogs);
    }
}
