using NodaTime;
using PlanDsl.Compiler;
using PlanDsl.Compiler.Binding;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Valid catalogs at the edges of what PlanDsl takes (docs/limits.md) compile without an internal error,
/// build, load and answer as the calendar says: anything <c>check</c> accepts also builds (issue 11, item 2).
/// </summary>
public sealed class CatalogLimitTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    private static Instant Local(LocalDateTime local) => local.InZoneStrictly(Warsaw).ToInstant();

    /// <summary>Issue 11, 2(a): the average wait of '3 days on tiny' over the reference week passed the Int64 nanoseconds of a Duration.</summary>
    [Fact]
    public void A_long_wait_on_a_quarter_hour_calendar_compiles_builds_and_answers()
    {
        var catalog = Seeds.Compile("""
            catalog a "A" { timezone: "Europe/Warsaw" }
            calendar tiny "Tiny" { hours: Tue-Thu 00:00-00:15 }
            severities most urgent first {
              sev1 = 1 "Severity 1"
            }
            plan gold "Gold" {
              effective: 2026-01-01
              targets {
                | severity | response         |
                | sev1     | 1 week on always |
              }
            }
            plan gold "Gold" {
              effective: 2026-10-13
              targets {
                | severity | response       |
                | sev1     | 3 days on tiny |
              }
            }
            """);
        using var loaded = CompiledKit.BuildAndLoad(catalog);
        var compiled = loaded.Catalog;
        var plan = compiled.PlanIndex("gold");
        var sev1 = compiled.SeverityIndex("sev1");

        var before = Local(new LocalDateTime(2026, 10, 12, 10, 0));
        Assert.Equal(before + Duration.FromDays(7), compiled.ResponseDue(plan, sev1, 0, before));
        // 72 h of open time at 45 min a week is 96 weeks: the 288th quarter hour is the Thursday of the 96th week.
        var opened = Local(new LocalDateTime(2026, 10, 13, 0, 0));
        Assert.Equal(Local(new LocalDate(2026, 10, 15).PlusWeeks(95).At(new LocalTime(0, 15))), compiled.ResponseDue(plan, sev1, 0, opened));
    }

    /// <summary>Issue 11, 2(b): '130 business days' then '26 weeks' on Mon-Fri 09-17 overflowed in ReferenceWeek.Measure.</summary>
    [Fact]
    public void Half_a_year_of_office_time_compiles_builds_and_answers()
    {
        var catalog = Seeds.Compile("""
            catalog b "B" { timezone: "Europe/Warsaw" }
            calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
            severities most urgent first {
              sev1 = 1 "Severity 1"
            }
            plan gold "Gold" {
              effective: 2026-01-01
              hours: office
              targets {
                | severity | response | resolution        |
                | sev1     | 4 h      | 130 business days |
              }
            }
            plan gold "Gold" {
              effective: 2026-10-13
              hours: office
              targets {
                | severity | response | resolution |
                | sev1     | 4 h      | 26 weeks   |
              }
            }
            """);
        using var loaded = CompiledKit.BuildAndLoad(catalog);
        var compiled = loaded.Catalog;
        var plan = compiled.PlanIndex("gold");
        var sev1 = compiled.SeverityIndex("sev1");

        // 130 open days of a five-day week are 26 weeks: the same time on the Monday 26 weeks on.
        var january = Local(new LocalDateTime(2026, 1, 5, 9, 0));
        Assert.Equal(Local(new LocalDateTime(2026, 7, 6, 9, 0)), compiled.ResolutionDue(plan, sev1, 0, january));
        // 26 weeks are 4368 h; at 40 h a week, 109 weeks and one more day of 8 h.
        var october = Local(new LocalDateTime(2026, 10, 19, 9, 0));
        Assert.Equal(Local(new LocalDate(2026, 10, 19).PlusWeeks(109).At(new LocalTime(17, 0))), compiled.ResolutionDue(plan, sev1, 0, october));
    }

    /// <summary>Issue 11, 2(c): the longest duration check accepts, 100000 days, is emitted and loads (300000 days is PD0310).</summary>
    [Fact]
    public void The_longest_duration_builds_and_loads_with_its_exact_value()
    {
        var catalog = Seeds.Compile($$"""
            catalog c "C" { }
            severities most urgent first {
              s1 "S1"
            }
            plan basic {
              hours: always
              targets {
                | severity | response | resolution |
                | s1 | {{CatalogLimits.MaxDurationDays}} days | {{CatalogLimits.MaxDurationDays}} business days |
              }
            }
            """);
        using var loaded = CompiledKit.BuildAndLoad(catalog);
        var cell = Assert.Single(loaded.Catalog.Model.Plans.Single().Versions.Single().Targets);
        Assert.Equal(Duration.FromDays(CatalogLimits.MaxDurationDays), cell.Response.Duration.Elapsed);
        Assert.Equal(CatalogLimits.MaxDurationDays, cell.Resolution.Duration.BusinessDays);
        // Every day of 'always' is an open day: the same time of day, 100000 days on.
        var opened = Instant.FromUtc(2026, 10, 5, 12, 0);
        Assert.Equal(opened + Duration.FromDays(CatalogLimits.MaxDurationDays), loaded.Catalog.ResolutionDue(0, 0, 0, opened));
    }

    /// <summary>Issue 11, 2(d): a 250-letter id failed in Roslyn (CS7013); the longest id check accepts builds and loads.</summary>
    [Theory]
    [InlineData('c', 128)]
    [InlineData('ż', 64)]
    public void The_longest_catalog_id_builds_and_loads(char letter, int count)
    {
        var id = new string(letter, count);
        Assert.Equal(CatalogLimits.MaxCatalogIdBytes, CatalogLimits.Utf8Length(id));
        var catalog = Seeds.Compile($"catalog {id} \"Long\" {{ }}\n");
        var path = CompiledKit.BuildToFile(catalog);
        Assert.Equal(id + ".Plans.dll", Path.GetFileName(path));
        using var loaded = PlanCatalog.Load(path);
        Assert.Equal(id, loaded.Catalog.CatalogId);
    }

    [Fact]
    public void One_byte_more_is_refused_by_check()
    {
        var result = Workspace.CompileSources(new SourceFile("long.plan", $"catalog {new string('c', CatalogLimits.MaxCatalogIdBytes + 1)} \"Long\" {{ }}\n"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PD0214", error.Code);
        Assert.Equal((1, 9), (error.Span.Line, error.Span.Column));
        Assert.Empty(result.Catalogs);
    }
}
