using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Feasibility;

/// <summary>PD0830: a short target on hours with closed periods is kept only by waiting for the window; the plan must say so.</summary>
public class TargetWaitsTests
{
    private const string Code = "PD0830";

    private static string Catalog(string catalogBody, string plans) => $$"""
        catalog c "C" {{{catalogBody}}}
        calendar business_hours "Business hours" { hours: Mon-Fri 08:00-16:00 }
        severities most urgent first {
          critical = 1 "Critical"
          major = 2 "Major"
        }
        {{plans}}
        """;

    private const string Basic = """
        plan basic "Basic" {
          hours: business_hours
          targets {
            | severity | response |
            | critical | 30 min   |
          }
        }
        """;

    [Fact]
    public void A_30_minute_response_on_hours_closed_at_night_reports_the_worst_opening_of_the_reference_week()
    {
        // Fri 16:00 (the week's last closing) waits over the weekend: 64.5 h for a 30-minute target.
        Single(Catalog(" ", Basic), Code, 11, 5,
            "Critical response 30 min on 'business_hours' (Mon-Fri 08:00-16:00): a ticket opened Fri 16:00 waits until Mon 08:00 and is due Mon 08:30; say 'outside hours: tickets wait' if that is the promise");
    }

    [Fact]
    public void The_catalog_saying_that_tickets_wait_satisfies_it()
    {
        None(Catalog(" outside hours: tickets wait ", Basic), Code);
    }

    [Fact]
    public void A_plan_saying_that_tickets_wait_covers_the_plans_that_extend_it_and_its_later_versions()
    {
        None(Catalog(" ", """
            plan basic "Basic" {
              hours: business_hours
              outside hours: tickets wait
              targets {
                | severity | response |
                | critical | 30 min   |
              }
            }
            plan basic "Basic" {
              effective: 2027-01-01
              targets {
                | severity | response |
                | critical | 15 min   |
              }
            }
            plan plus "Plus" extends basic {
              targets {
                | severity | response |
                | major    | 1 h      |
              }
            }
            """), Code);
    }

    [Fact]
    public void A_child_saying_it_does_not_cover_its_parent()
    {
        var result = Compile(Catalog(" ", Basic + """

            plan plus "Plus" extends basic {
              outside hours: tickets wait
              targets {
                | severity | response |
                | major    | 1 h      |
              }
            }
            """));
        result.Single(Code, 11, 5,
            "Critical response 30 min on 'business_hours' (Mon-Fri 08:00-16:00): a ticket opened Fri 16:00 waits until Mon 08:00 and is due Mon 08:30; say 'outside hours: tickets wait' if that is the promise");
    }

    [Fact]
    public void A_target_inherited_unchanged_is_reported_once_where_it_is_written()
    {
        var result = Compile(Catalog(" ", Basic + """

            plan plus "Plus" extends basic { }
            """));
        Assert.Equal(11, Assert.Single(result.Findings(Code)).Span.Line);
    }

    [Fact]
    public void A_row_that_follows_a_childs_new_hours_is_reported_at_the_child()
    {
        var result = Compile(Catalog(" ", """
            plan basic "Basic" {
              hours: always
              targets {
                | severity | response |
                | critical | 1 h      |
              }
            }
            plan office "Office" extends basic {
              hours: business_hours
            }
            """));
        result.Single(Code, 14, 6,
            "Critical response 1 h on 'business_hours' (Mon-Fri 08:00-16:00): a ticket opened Fri 16:00 waits until Mon 08:00 and is due Mon 09:00; say 'outside hours: tickets wait' if that is the promise");
    }

    [Fact]
    public void A_target_as_long_as_the_longest_opening_is_reported_and_a_longer_one_spans_openings()
    {
        Single(Catalog(" ", """
            plan basic "Basic" {
              hours: business_hours
              targets {
                | severity | response | resolution |
                | critical | 8 h      | 481 min    |
              }
            }
            """), Code, 11, 5,
            "Critical response 8 h on 'business_hours' (Mon-Fri 08:00-16:00): a ticket opened Fri 16:00 waits until Mon 08:00 and is due Mon 16:00; say 'outside hours: tickets wait' if that is the promise");
    }

    [Fact]
    public void With_a_lunch_break_the_longest_opening_is_the_morning_or_the_afternoon()
    {
        // 3 h fits in the morning's 4 h and is reported; 4 h 30 min spans the break, as it must, and is not.
        Single(Catalog(" ", """
            calendar office "Office" { hours: Mon-Fri 08:00-12:00 13:00-17:00 }
            plan basic "Basic" {
              hours: office
              targets {
                | severity | response | resolution |
                | critical | 3 h      | 270 min    |
              }
            }
            """), Code, 12, 5,
            "Critical response 3 h on 'office' (Mon-Fri 08:00-12:00 13:00-17:00): a ticket opened Fri 17:00 waits until Mon 08:00 and is due Mon 11:00; say 'outside hours: tickets wait' if that is the promise");
    }

    [Fact]
    public void Business_days_and_calendars_open_all_the_time_are_not_judged()
    {
        None(Catalog(" ", """
            calendar holidays_only "24/7 less Christmas" {
              hours: 24/7
              closed: 2026-12-25
            }
            plan basic "Basic" {
              hours: business_hours
              targets {
                | severity | response        | resolution | on             |
                | critical | 1 business day  | -          | business_hours |
                | major    | 30 min          | 1 h        | holidays_only  |
              }
            }
            plan plus "Plus" {
              hours: always
              targets {
                | severity | response |
                | critical | 15 min   |
              }
            }
            """), Code);
    }

    [Fact]
    public void A_short_nightly_closing_is_not_a_wait_that_dominates_the_target()
    {
        // Closed 23:00-24:00 only: a 4 h target opened at 23:00 is due at 04:00, 5 h later: not twice the target.
        None(Catalog(" ", """
            calendar late "Late" { hours: Mon-Sun 00:00-23:00 }
            plan basic "Basic" {
              hours: late
              targets {
                | severity | response |
                | critical | 4 h      |
              }
            }
            """), Code);
    }

    [Fact]
    public void A_row_for_several_severities_gets_one_finding_naming_them()
    {
        Single(Catalog(" ", """
            plan basic "Basic" {
              hours: business_hours
              targets {
                | severity | response |
                | all      | 1 h      |
              }
            }
            """), Code, 11, 5,
            "Critical and Major response 1 h on 'business_hours' (Mon-Fri 08:00-16:00): a ticket opened Fri 16:00 waits until Mon 08:00 and is due Mon 09:00; say 'outside hours: tickets wait' if that is the promise");
    }

    [Fact]
    public void Times_are_local_times_of_the_calendars_zone()
    {
        Single("""
            catalog c "C" { }
            calendar denver "Denver office" {
              timezone: "America/Denver"
              hours: Mon-Fri 09:00-17:00
            }
            severities most urgent first {
              critical = 1 "Critical"
            }
            plan basic "Basic" {
              hours: denver
              targets {
                | severity | resolution |
                | critical | 2 h        |
              }
            }
            """, Code, 13, 5,
            "Critical resolution 2 h on 'denver' (Mon-Fri 09:00-17:00): a ticket opened Fri 17:00 waits until Mon 09:00 and is due Mon 11:00; say 'outside hours: tickets wait' if that is the promise");
    }

    [Fact]
    public void Outside_hours_takes_only_tickets_wait()
    {
        var result = Compile(Catalog(" outside hours: tickets run ", Basic));
        var error = result.Single("PD0401", 1, 32, "'outside hours' expects 'tickets wait', not 'tickets run'");
        Assert.True(error.IsError);
    }
}
