using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Versions;

/// <summary>
/// <c>versions</c> (PD0860–PD0862): worse changes between consecutive versions, and the notice period.
/// The header is lines 1-13 (with <c>notice period: 30 days</c> on line 4); plans start on line 14.
/// </summary>
public sealed class VersionChangesTests
{
    private const string Head = """
        catalog c "C" {
          currency: PLN
          timezone: "Europe/Warsaw"
          notice period: 30 days
        }
        calendar office "Office" { hours: Mon-Fri 08:00-20:00 }
        kinds {
          deployment "Deployment"
          failure "Failure"
        }
        entitlements {
          tickets "Tickets": count per month
        }
        """;

    private static string Cat(string plans) => Head + "\n" + plans;

    private static IReadOnlyList<string> Versions(string plans) => Findings(Cat(plans), "PD086");

    /// <summary>Gold from 2026-01-01 (lines 14-22), then a second version from <paramref name="effective"/> (line 24).</summary>
    private static string Gold(string effective, string? published, string failure = "2 h", string tickets = "15") => $$"""
        plan gold "Gold" {
          effective: 2026-01-01
          hours: always
          tickets: 15
          targets {
            | kind    | response |
            | failure | 1 h      |
          }
        }
        plan gold "Gold" {
          effective: {{effective}}
          {{(published is null ? "// no publication date" : "published: " + published)}}
          tickets: {{tickets}}
          targets {
            | kind    | response     |
            | failure | {{failure}} |
          }
        }
        """;

    [Fact]
    public void A_worse_change_published_in_time_is_a_warning_naming_the_change_and_its_date()
    {
        var plans = Gold("2027-01-01", "2026-11-01");

        Assert.Equal(new[] { "x.plan(29,5): warning PD0860: a worse change for customers: Gold failure response 1 h → 2 h, effective 2027-01-01" }, Versions(plans));
        var finding = Compile(Cat(plans)).Diagnostics.Single(d => d.Code == "PD0860");
        var related = Assert.Single(finding.Related);
        Assert.Equal((20, 5, "the earlier version, effective 2026-01-01"), (related.Span.Line, related.Span.Column, related.Message));
    }

    [Fact]
    public void A_worse_change_effective_sooner_than_the_notice_period_after_publication_is_an_error()
    {
        var plans = Gold("2026-12-01", "2026-11-11");

        Assert.Equal(new[]
        {
            "x.plan(24,3): error PD0861: Gold effective 2026-12-01, 20 days after its publication on 2026-11-11; the notice period is 30 days: 10 days short for a worse change (failure response 1 h → 2 h)",
            "x.plan(29,5): warning PD0860: a worse change for customers: Gold failure response 1 h → 2 h, effective 2026-12-01",
        }, Versions(plans));
        var error = Compile(Cat(plans)).Diagnostics.Single(d => d.Code == "PD0861");
        Assert.Equal((25, 3, "published here"), (error.Related[0].Span.Line, error.Related[0].Span.Column, error.Related[0].Message));
    }

    [Fact]
    public void Exactly_the_notice_period_is_enough()
    {
        Assert.DoesNotContain(Versions(Gold("2026-12-11", "2026-11-11")), f => f.Contains("PD0861", StringComparison.Ordinal));
        Assert.Contains(Versions(Gold("2026-12-10", "2026-11-11")), f => f.Contains("error PD0861: Gold effective 2026-12-10, 29 days after its publication on 2026-11-11; the notice period is 30 days: 1 day short", StringComparison.Ordinal));
    }

    /// <summary>Issue 11: a notice period ending past 9999-12-31 (the calendar's end) was taken as no finding at all.</summary>
    [Fact]
    public void A_notice_period_that_ends_past_the_calendar_still_finds_the_change_too_early()
    {
        Assert.Contains(Versions(Gold("9999-12-31", "9999-12-20")), f => f.Contains(
            "error PD0861: Gold effective 9999-12-31, 11 days after its publication on 9999-12-20; the notice period is 30 days: 19 days short", StringComparison.Ordinal));
    }

    [Fact]
    public void A_worse_change_without_a_publication_date_asks_for_one()
    {
        Assert.Equal(new[]
        {
            "x.plan(23,6): warning PD0862: Gold effective 2027-01-01 makes a worse change for customers (failure response 1 h → 2 h) and states no publication date: write 'published: <date>' so that the notice period of 30 days can be checked",
            "x.plan(29,5): warning PD0860: a worse change for customers: Gold failure response 1 h → 2 h, effective 2027-01-01",
        }, Versions(Gold("2027-01-01", null)));
    }

    [Fact]
    public void Better_changes_need_no_notice_and_give_no_finding()
    {
        Assert.DoesNotContain(All(Cat(Gold("2026-01-02", null, failure: "30 min", tickets: "40"))), NotCompleteness);
    }

    [Fact]
    public void Several_worse_changes_each_get_a_warning_and_the_version_one_error()
    {
        Assert.Equal(new[]
        {
            "x.plan(24,3): error PD0861: Gold effective 2026-12-01, 20 days after its publication on 2026-11-11; the notice period is 30 days: 10 days short for a worse change (failure response 1 h → 2 h, and 1 more)",
            "x.plan(26,3): warning PD0860: a worse change for customers: Gold entitlement tickets 15 per month → 10 per month (less included), effective 2026-12-01",
            "x.plan(29,5): warning PD0860: a worse change for customers: Gold failure response 1 h → 2 h, effective 2026-12-01",
        }, Versions(Gold("2026-12-01", "2026-11-11", tickets: "10")));
    }

    [Fact]
    public void A_notice_period_in_months_and_a_publication_after_the_effective_date()
    {
        var text = Cat(Gold("2026-12-01", "2026-12-10")).Replace("notice period: 30 days", "notice period: 1 month");

        Assert.Contains("x.plan(24,3): error PD0861: Gold effective 2026-12-01, 9 days before its publication on 2026-12-10; the notice period is 1 month: 40 days short for a worse change (failure response 1 h → 2 h)",
            Findings(text, "PD086"));
    }

    [Fact]
    public void Without_a_notice_period_only_the_worse_changes_are_reported()
    {
        var text = Cat(Gold("2026-01-02", null)).Replace("  notice period: 30 days\n", "");

        Assert.Equal(new[] { "x.plan(28,5): warning PD0860: a worse change for customers: Gold failure response 1 h → 2 h, effective 2026-01-02" }, Findings(text, "PD086"));
    }

    [Fact]
    public void A_change_measured_on_another_clock_gives_the_measurement()
    {
        var plans = """
            plan gold "Gold" {
              effective: 2026-01-01
              hours: always
            }
            plan gold "Gold" {
              effective: 2027-01-01
              published: 2026-06-01
              hours: office
            }
            """;

        Assert.Equal(new[] { "x.plan(21,3): warning PD0860: a worse change for customers: Gold hours always → office (less open time: open 168 h → 60 h in the reference week), effective 2027-01-01" }, Versions(plans));
    }

    [Fact]
    public void Only_consecutive_versions_are_compared()
    {
        var plans = """
            plan gold "Gold" {
              effective: 2026-01-01
              tickets: 15
            }
            plan gold "Gold" {
              effective: 2026-06-01
              published: 2026-01-01
              tickets: 10
            }
            plan gold "Gold" {
              effective: 2027-01-01
              published: 2026-06-01
              tickets: 12
            }
            """;

        // 15 → 10 is worse; 10 → 12 is better (15 → 12 is never compared).
        Assert.Equal(new[] { "x.plan(21,3): warning PD0860: a worse change for customers: Gold entitlement tickets 15 per month → 10 per month (less included), effective 2026-06-01" }, Versions(plans));
    }

    [Fact]
    public void The_notice_error_can_be_suppressed_with_a_reason_and_the_warnings_turned_off()
    {
        var plans = Gold("2026-12-01", "2026-11-11").Replace(
            "  effective: 2026-12-01",
            "  // plandsl-disable-next-line PD0861 -- agreed with every Gold customer in writing\n  effective: 2026-12-01");
        var text = Cat(plans).Replace("  notice period: 30 days\n", "  notice period: 30 days\n  lint { PD0860: off }\n");

        Assert.DoesNotContain(All(text), NotCompleteness);
    }

    /// <summary>The completeness rule reports these plans' missing severities; other rules must say nothing.</summary>
    private static bool NotCompleteness(string line) => !line.Contains(": warning PD084", StringComparison.Ordinal);

    [Theory]
    [InlineData("36 h", 18)]
    [InlineData("30 business days", 18)]
    [InlineData("1.5 days", 18)]
    [InlineData("2026-01-01", 18)]
    public void A_notice_period_that_is_not_whole_days_weeks_or_months_is_refused(string value, int column)
    {
        var text = Cat(Gold("2027-01-01", "2026-11-01")).Replace("notice period: 30 days", "notice period: " + value);

        Assert.Equal(new[] { $"x.plan(4,{column}): error PD0401: notice period expects a whole number of days, weeks or months such as '30 days', not '{value}'" },
            All(text));
    }

    [Fact]
    public void A_publication_date_must_be_a_date()
    {
        var text = Cat(Gold("2027-01-01", "soon"));

        Assert.Equal(new[] { "x.plan(25,14): error PD0401: published expects a date such as 2026-01-01, not 'soon'" }, All(text));
    }
}
