using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Feasibility;

/// <summary>PD0831 and PD0834: a status update interval or a response target that falls due after the row's resolution.</summary>
public class TargetOrderTests
{
    private static string Catalog(string row, string header = "| severity | response | status update | resolution |") => $$"""
        catalog c "C" { outside hours: tickets wait }
        calendar office "Office" { hours: Mon-Fri 08:00-16:00 }
        severities most urgent first {
          critical = 1 "Critical"
          major = 2 "Major"
        }
        plan basic "Basic" {
          hours: office
          targets {
            {{header}}
            {{row}}
          }
        }
        """;

    [Fact]
    public void A_status_update_interval_longer_than_the_resolution_is_reported_with_an_opening_in_hours()
    {
        Single(Catalog("| critical | 1 h      | every 8 h     | 4 h        |"), "PD0831", 11, 5,
            "Critical status update every 8 h outlasts the resolution target 4 h: a ticket opened Mon 08:00 is due to be resolved Mon 12:00, before its first status update is due (Mon 16:00 at the earliest)");
    }

    [Theory]
    [InlineData("| critical | 1 h      | every 2 h     | 4 h        |")]
    [InlineData("| critical | 1 h      | every 4 h     | 4 h        |")]
    [InlineData("| critical | 1 h      | every 8 h     | -          |")]
    [InlineData("| critical | 1 h      | when done     | 4 h        |")]
    public void An_update_due_no_later_than_the_resolution_or_without_both_commitments_is_fine(string row)
    {
        None(Catalog(row), "PD0831", "PD0834");
    }

    [Fact]
    public void A_response_target_longer_than_the_resolution_is_reported()
    {
        Single(Catalog("| critical | 8 h      | -             | 4 h        |"), "PD0834", 11, 5,
            "Critical response 8 h outlasts the resolution target 4 h: a ticket opened Mon 08:00 is due to be resolved Mon 12:00, before its response is due (Mon 16:00)");
    }

    [Fact]
    public void Business_days_compare_in_real_time()
    {
        Single(Catalog("| critical | 1 business day | 8 h |", "| severity | response | resolution |"), "PD0834", 11, 5,
            "Critical response 1 business day outlasts the resolution target 8 h: a ticket opened Mon 08:00 is due to be resolved Mon 16:00, before its response is due (Tue 08:00)");
    }

    [Fact]
    public void Metrics_on_different_calendars_compare_in_real_time_at_the_first_opening_that_fails()
    {
        // Updates every 4 h of office time, resolution in 24 h round the clock: from Fri 14:00, 3 h of Friday's
        // office time remain and the update waits for Monday, while the resolution is due Saturday.
        Single("""
            catalog c "C" { outside hours: tickets wait }
            calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
            severities most urgent first {
              critical = 1 "Critical"
            }
            plan basic "Basic" {
              hours: office
            }
            matrix "Targets" {
              | severity | target        | on     | basic     |
              | critical | status update | office | every 4 h |
              | critical | resolution    | always | 24 h      |
            }
            """, "PD0831", 11, 41,
            "Critical status update every 4 h outlasts the resolution target 24 h: a ticket opened Fri 14:00 is due to be resolved Sat 14:00, before its first status update is due (Mon 10:00 at the earliest)");
    }

    [Fact]
    public void A_row_for_several_severities_gets_one_finding_naming_them()
    {
        Single(Catalog("| all      | 8 h      | -             | 4 h        |"), "PD0834", 11, 5,
            "Critical and Major response 8 h outlasts the resolution target 4 h: a ticket opened Mon 08:00 is due to be resolved Mon 12:00, before its response is due (Mon 16:00)");
    }
}
