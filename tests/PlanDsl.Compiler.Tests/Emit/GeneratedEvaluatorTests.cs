using NodaTime;
using PlanDsl.Compiler.Emit;
using PlanDsl.Runtime.Compiled;

namespace PlanDsl.Compiler.Tests.Emit;

/// <summary>Details of the generated evaluators that random tests may not hit: decimal scales, shared methods, lookups.</summary>
public sealed class GeneratedEvaluatorTests
{
    private const string Ladders = """
        catalog scales "Scales" { timezone: "UTC" }
        calendar office { hours: Mon-Fri 09:00-17:00 }
        severities most urgent first {
          high = 1 "High" pl "Wysoki" { aliases: "Sev 1", "P1" }
          low = 2 "Low"
        }
        plan a "A" {
          hours: office
          credits {
            | uptime below | credit |
            | 99.5%        | 10%    |
          }
        }
        plan b "B" {
          hours: office
          credits {
            | uptime below | credit |
            | 99.5%        | 10.0%  |
          }
        }
        plan c "C" {
          hours: office
          credits {
            | uptime below | credit |
            | 99.5%        | 10%    |
          }
        }
        plan d "D" {
          hours: office
          credits {
            | uptime below | credit |
            | 99.9%        | 50%    |
            | 99%          | 200%   |
            cap: 100%
          }
        }
        """;

    private static CompiledCatalog Load(string text, out LoadedCatalog loaded)
    {
        loaded = PlanCatalog.Load(CatalogEmitter.Write(CatalogEmitter.Emit(EmitTestKit.Catalog(text), "sha256:x"), EmitTestKit.NewFolder()));
        return loaded.Catalog;
    }

    [Fact]
    public void Credit_ladders_that_differ_only_in_scale_keep_their_scale()
    {
        var catalog = Load(Ladders, out var loaded);
        using (loaded)
        {
            Assert.Equal("10", catalog.CreditPercent(catalog.PlanIndex("a"), 99m).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("10.0", catalog.CreditPercent(catalog.PlanIndex("b"), 99m).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("10", catalog.CreditPercent(catalog.PlanIndex("c"), 99.49999m).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(0m, catalog.CreditPercent(catalog.PlanIndex("c"), 99.5m));
            Assert.Equal(100m, catalog.CreditPercent(catalog.PlanIndex("d"), 98m)); // capped
            Assert.Equal(50m, catalog.CreditPercent(catalog.PlanIndex("d"), 99.5m));
        }
    }

    [Fact]
    public void Identical_ladders_share_one_generated_method()
    {
        var source = CatalogEmitter.Emit(EmitTestKit.Catalog(Ladders), "sha256:x", withSource: true).Source!;
        Assert.Contains("CreditOf_2(", source, StringComparison.Ordinal); // a, b (another scale), d
        Assert.DoesNotContain("CreditOf_3(", source, StringComparison.Ordinal); // c shares a's
    }

    [Fact]
    public void Severities_are_found_by_name_number_alias_or_title_ignoring_case_as_the_model_finds_them()
    {
        var model = EmitTestKit.Catalog(Ladders);
        var catalog = Load(Ladders, out var loaded);
        using (loaded)
        {
            foreach (var name in new[] { "high", "low", "1", "2", "Sev 1", "sev 1", "p1", "High", "WYSOKI", "LOW", "3", "", "none", "HIGH" })
                Assert.Equal(model.FindSeverity(name) is { } s ? model.Severities.IndexOf(s) : -1, catalog.SeverityIndex(name));
            Assert.Equal(-1, catalog.KindIndex("x"));
            Assert.Equal(0, catalog.PlanIndex("a"));
            Assert.Equal(-1, catalog.PlanIndex("A"));
            Assert.Equal(model.Calendars.IndexOf(model.FindCalendar("office")!), catalog.CalendarIndex("office"));
        }
    }

    [Fact]
    public void A_plan_with_versions_answers_by_the_version_in_force_on_the_day_opened()
    {
        const string text = """
            catalog v "V" { timezone: "Europe/Warsaw" }
            calendar office { hours: Mon-Fri 09:00-17:00 }
            plan p "P" {
              effective: 2026-01-01
              hours: office
              targets {
                | response |
                | 4 h      |
              }
            }
            plan p {
              effective: 2026-11-01
              targets {
                | response |
                | 2 h      |
              }
            }
            """;
        var catalog = Load(text, out var loaded);
        using (loaded)
        {
            var friday = Instant.FromUtc(2026, 10, 30, 8, 0); // Friday 09:00 in Warsaw
            Assert.Equal(Instant.FromUtc(2026, 10, 30, 12, 0), catalog.ResponseDue("p", null, null, friday));
            Assert.Equal(Instant.FromUtc(2026, 11, 2, 10, 0), catalog.ResponseDue("p", null, null, Instant.FromUtc(2026, 11, 2, 8, 0)));
            var early = Assert.Throws<PlanDsl.Runtime.Tickets.TicketException>(() => catalog.ResponseDue("p", null, null, Instant.FromUtc(2025, 6, 1, 8, 0)));
            Assert.Equal("opened: no version of plan 'p' is in force on 2025-06-01", early.Message);
        }
    }
}
