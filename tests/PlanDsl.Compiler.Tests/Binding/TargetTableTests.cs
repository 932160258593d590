using PlanDsl.Runtime.Model;
using static PlanDsl.Compiler.Tests.Binding.BindingTestKit;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>A plan's <c>targets</c> table: severity and kind columns, metric cells and the calendar that measures each.</summary>
public sealed class TargetTableTests
{
    private static PlanVersion PlanWith(string table, string hours = "office", string section = "targets") =>
        Catalog(Header + $$"""

            plan p {
              hours: {{hours}}
              {{section}} {
            {{table}}
              }
            }
            """).Plan("p");

    [Fact]
    public void All_gives_a_row_to_every_severity_in_order_of_urgency()
    {
        var plan = PlanWith("""
            | severity | response |
            | all      | 4 h      |
            """);
        Assert.Equal(new[] { "critical", "major", "minor" }, plan.Targets.Select(t => t.Severity));
        Assert.All(plan.Targets, t => Assert.Equal(Due(Hours(4), "office"), t.Response));
        Assert.All(plan.Targets, t => Assert.Null(t.Kind));
    }

    [Fact]
    public void A_cell_may_list_several_severities()
    {
        var plan = PlanWith("""
            | severity     | response |
            | critical     | 1 h      |
            | major, minor | 8 h      |
            """);
        Assert.Equal(Due(Hours(1), "office"), plan.FindTargets("critical", null)!.Response);
        Assert.Equal(Due(Hours(8), "office"), plan.FindTargets("major", null)!.Response);
        Assert.Equal(Due(Hours(8), "office"), plan.FindTargets("minor", null)!.Response);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"Sev 1\"")]
    [InlineData("Blocker")]
    [InlineData("blocker")]
    public void A_severity_may_be_named_by_number_or_alias(string written)
    {
        var plan = PlanWith($"""
            | severity | response |
            | {written} | 15 min |
            """);
        var row = Assert.Single(plan.Targets);
        Assert.Equal("critical", row.Severity);
        Assert.Equal(Due(Minutes(15), "office"), row.Response);
    }

    [Fact]
    public void Rows_are_ordered_by_urgency_whatever_the_table_order()
    {
        var plan = PlanWith("""
            | severity | response |
            | minor    | 8 h      |
            | 2        | 4 h      |
            | critical | 1 h      |
            """);
        Assert.Equal(new[] { "critical", "major", "minor" }, plan.Targets.Select(t => t.Severity));
    }

    [Fact]
    public void Metric_cells_read_durations_every_best_effort_when_done_and_dash()
    {
        var plan = PlanWith("""
            | severity | response    | status update | follow-up | resolution      |
            | critical | 30 min      | every 2 h     | when done | 5 business days |
            | major    | best effort | when done     | -         | 2 days          |
            """);
        var critical = plan.FindTargets("critical", null)!;
        Assert.Equal(Due(Minutes(30), "office"), critical.Response);
        Assert.Equal(Due(Hours(2), "office"), critical.StatusUpdate);
        Assert.Equal(new TargetValue(Commitment.WhenDone, default, null), critical.FollowUp);
        Assert.Equal(new TargetValue(Commitment.Due, DurationSpec.OfBusinessDays(5), "office"), critical.Resolution);
        Assert.True(critical.Resolution.Duration.IsBusinessDays);
        Assert.Equal("5 business days on office", critical.Resolution.Describe());

        var major = plan.FindTargets("major", null)!;
        Assert.Equal(new TargetValue(Commitment.BestEffort, default, "office"), major.Response);
        Assert.Equal(Commitment.WhenDone, major.StatusUpdate.Commitment);
        Assert.Equal(TargetValue.None, major.FollowUp);
        Assert.Equal(Due(Hours(48), "office"), major.Resolution);
        Assert.False(major.Resolution.Duration.IsBusinessDays);
    }

    [Fact]
    public void Metrics_without_a_column_are_none()
    {
        var plan = PlanWith("""
            | severity | response |
            | critical | 1 h      |
            """);
        var row = Assert.Single(plan.Targets);
        Assert.Equal(TargetValue.None, row.StatusUpdate);
        Assert.Equal(TargetValue.None, row.FollowUp);
        Assert.Equal(TargetValue.None, row.Resolution);
    }

    [Fact]
    public void Alternative_metric_headers_are_understood()
    {
        var plan = PlanWith("""
            | severity | initial response | updates | follow up | resolution time |
            | critical | 1 h              | 2 h     | 3 h       | 4 h             |
            """);
        var row = Assert.Single(plan.Targets);
        Assert.Equal(new[] { 1.0, 2, 3, 4 }, new[] { row.Response, row.StatusUpdate, row.FollowUp, row.Resolution }.Select(v => v.Duration.Elapsed.TotalHours));
    }

    [Fact]
    public void A_line_of_dashes_under_the_header_is_allowed()
    {
        var plan = PlanWith("""
            | severity | response |
            |----------|----------|
            | all      | 4 h      |
            """);
        Assert.Equal(3, plan.Targets.Length);
    }

    [Fact]
    public void An_on_column_names_the_calendar_of_its_row()
    {
        var plan = PlanWith("""
            | severity | response | on     |
            | critical | 1 h      | always |
            | major    | 4 h      | office |
            """, hours: "office");
        Assert.Equal(Due(Hours(1), "always"), plan.FindTargets("critical", null)!.Response);
        Assert.Equal(Due(Hours(4), "office"), plan.FindTargets("major", null)!.Response);
    }

    [Fact]
    public void The_section_on_is_the_default_calendar_and_a_cell_on_overrides_it()
    {
        var plan = PlanWith("""
            | severity | response         | resolution |
            | critical | 1 h on office    | 8 h        |
            """, section: "targets on always");
        var row = Assert.Single(plan.Targets);
        Assert.Equal(Due(Hours(1), "office"), row.Response);
        Assert.Equal(Due(Hours(8), "always"), row.Resolution);
    }

    [Fact]
    public void Best_effort_on_a_calendar_keeps_that_calendar()
    {
        var plan = PlanWith("""
            | severity | response              |
            | critical | best effort on always |
            """);
        Assert.Equal(new TargetValue(Commitment.BestEffort, default, "always"), Assert.Single(plan.Targets).Response);
    }

    [Fact]
    public void With_kinds_a_table_without_a_kind_column_gives_a_row_to_every_kind()
    {
        var catalog = Catalog(Header + """

            kinds {
              deployment "Deployment"
              failure "Failure"
            }
            plan p {
              hours: office
              targets {
                | severity | response |
                | critical | 1 h      |
              }
            }
            """);
        var plan = catalog.Plan("p");
        Assert.Equal(new[] { ("critical", "deployment"), ("critical", "failure") }, plan.Targets.Select(t => (t.Severity!, t.Kind!)));
        Assert.All(plan.Targets, t => Assert.Equal(Due(Hours(1), "office"), t.Response));
    }

    [Fact]
    public void With_kinds_and_no_severities_a_kind_column_gives_kind_rows()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            kinds {
              deployment "Deployment"
              failure "Failure"
            }
            plan p {
              hours: always
              targets {
                | kind       | response |
                | deployment | 8 h      |
                | failure    | 2 h      |
              }
            }
            """);
        var plan = catalog.Plan("p");
        Assert.Equal(new[] { ((string?)null, "deployment", 8.0), (null, "failure", 2.0) },
            plan.Targets.Select(t => (t.Severity, t.Kind!, t.Response.Duration.Elapsed.TotalHours)));
    }

    [Fact]
    public void Kind_all_gives_a_row_to_every_kind()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            kinds {
              deployment "Deployment"
              failure "Failure"
            }
            plan p {
              hours: always
              targets {
                | kind | response |
                | all  | 12 h     |
              }
            }
            """);
        Assert.Equal(new[] { "deployment", "failure" }, catalog.Plan("p").Targets.Select(t => t.Kind));
    }

    [Fact]
    public void A_due_target_with_no_calendar_anywhere_is_PD0204()
    {
        const string source = """
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
            }
            plan basic {
              targets {
                | severity | response |
                | critical | 4 h      |
              }
            }
            """;
        var d = Reports(source, "PD0204", 8, 5);
        Assert.Contains("plan 'basic'", d.Message);
    }

    [Fact]
    public void Best_effort_and_when_done_need_no_calendar()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
            }
            plan basic {
              targets {
                | severity | response    | status update |
                | critical | best effort | when done     |
              }
            }
            """);
        var row = Assert.Single(catalog.Plan("basic").Targets);
        Assert.Equal(new TargetValue(Commitment.BestEffort, default, null), row.Response);
        Assert.Equal(Commitment.WhenDone, row.StatusUpdate.Commitment);
    }

    [Fact]
    public void An_unknown_column_is_PD0501_with_a_suggestion()
    {
        const string source = """
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
            }
            plan basic {
              hours: always
              targets {
                | severity | respones |
                | critical | 1 h      |
              }
            }
            """;
        var d = Reports(source, "PD0501", 8, 18);
        Assert.Equal("'respones' is not a column of targets of plan 'basic'; did you mean 'response'?", d.Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_PD0502()
    {
        const string source = """
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
            }
            plan basic {
              hours: always
              targets {
                | severity | response | resolution |
                | critical | 1 h      |
              }
            }
            """;
        var d = Reports(source, "PD0502", 9, 5);
        Assert.Equal("the row has 2 cells; the header has 3", d.Message);
    }

    [Fact]
    public void A_severity_given_twice_for_the_same_metric_is_PD0503()
    {
        const string source = """
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
            }
            plan basic {
              hours: always
              targets {
                | severity | response |
                | critical | 1 h      |
                | critical | 2 h      |
              }
            }
            """;
        Reports(source, "PD0503", 10, 5);
    }

    [Fact]
    public void An_unknown_severity_is_PD0101_with_a_suggestion()
    {
        const string source = """
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
            }
            plan basic {
              hours: always
              targets {
                | severity | response |
                | critcal  | 1 h      |
              }
            }
            """;
        var d = Reports(source, "PD0101", 9, 7);
        Assert.Equal("unknown severity 'critcal'; did you mean 'critical'?", d.Message);
    }

    [Fact]
    public void Every_outside_the_status_update_column_is_PD0401()
    {
        const string source = """
            catalog c "C" { }
            severities most urgent first {
              critical "Critical"
            }
            plan basic {
              hours: always
              targets {
                | severity | response  |
                | critical | every 1 h |
              }
            }
            """;
        Reports(source, "PD0401", 9, 18);
    }

    [Fact]
    public void A_severity_number_names_the_level_with_that_number_not_the_position()
    {
        var catalog = Catalog("""
            catalog c "C" { }
            severities most urgent first {
              critical = 3 "Critical"
              high = 2 "High"
              low = 1 "Low"
            }
            plan p {
              hours: always
              targets {
                | severity | response |
                | 3        | 1 h      |
                | 1        | 8 h      |
              }
            }
            """);
        var plan = catalog.Plan("p");
        Assert.Equal(new[] { ("critical", 1.0), ("low", 8.0) }, plan.Targets.Select(t => (t.Severity!, t.Response.Duration.Elapsed.TotalHours)));
        Assert.Equal(new[] { 0, 1, 2 }, catalog.Severities.Select(s => s.Rank));
    }
}
