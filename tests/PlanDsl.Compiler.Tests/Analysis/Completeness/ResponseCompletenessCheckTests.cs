using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Completeness;

/// <summary>Rule completeness: a response target (or an explicit best effort, when done or '-') for every severity and kind.</summary>
public sealed class ResponseCompletenessCheckTests
{
    private const string Header = """
        catalog c "C" { outside hours: tickets wait }
        calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
        severities most urgent first {
          critical = 1 "Critical"
          major = 2 "Major"
          minor = 3 "Minor"
        }

        """;

    [Fact]
    public void A_hole_in_a_plans_table_is_PD0840_at_the_plan_with_the_row_it_has_related()
    {
        var result = Compile(Header + """
            plan silver {
              hours: office
              targets {
                | severity | response |
                | critical | 4 h      |
                | major    | 8 h      |
              }
            }
            """);

        var finding = result.Finding("PD0840", 8, 6,
            "plan 'silver' has no response target for minor (it states one for critical): a minor ticket gets no committed response; write a time, 'best effort', 'when done', or '-' for none");
        Assert.Equal((12, 5), (finding.Related[0].Span.Line, finding.Related[0].Span.Column));
        Assert.Equal("the response target for critical", finding.Related[0].Message);
    }

    [Fact]
    public void Best_effort_when_done_and_an_explicit_dash_all_state_the_response()
    {
        var result = Compile(Header + """
            plan silver {
              hours: office
              targets {
                | severity | response    | resolution |
                | critical | best effort | 1 day      |
                | major    | when done   | -          |
                | minor    | -           | -          |
              }
            }
            """);

        result.HasNone("PD0840", "PD0841");
    }

    [Fact]
    public void A_resolution_given_for_critical_only_is_not_a_hole()
    {
        var result = Compile(Header + """
            plan silver {
              hours: office
              targets {
                | severity | response | resolution |
                | critical | 1 h      | 8 h        |
                | major    | 4 h      | -          |
                | minor    | 8 h      | -          |
              }
            }
            """);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_plan_with_no_targets_at_all_is_PD0841_and_a_child_that_inherits_that_is_not_reported_again()
    {
        var result = Compile(Header + """
            plan standard { hours: office }
            plan bronze extends standard { }
            """);

        Assert.Equal(new[]
        {
            "x.plan(8,6): warning PD0841: plan 'standard' commits to no response for any severity: write its targets, 'best effort' if that is the offer, or '-' for none",
        }, result.Lines());
    }

    [Fact]
    public void Severity_times_kind_cells_are_required_and_a_child_that_fills_the_hole_is_clean()
    {
        var result = Compile(Header + """
            kinds {
              incident "Incident"
              request "Request"
            }
            plan silver {
              hours: office
              targets {
                | severity | kind     | response |
                | all      | incident | 4 h      |
                | minor    | request  | -        |
              }
            }
            plan gold extends silver {
              targets {
                | severity | kind     | response |
                | critical | incident | 2 h      |
              }
            }
            plan platinum extends silver {
              targets {
                | severity        | kind    | response    |
                | critical, major | request | best effort |
              }
            }
            """);

        // Gold inherits silver's hole unchanged: reported once, at silver.
        Assert.Equal(new[]
        {
            "x.plan(12,6): warning PD0840: plan 'silver' has no response target for critical/request, major/request (it states one for critical/incident): a critical/request ticket gets no committed response; write a time, 'best effort', 'when done', or '-' for none",
        }, result.Lines());
    }

    [Fact]
    public void A_version_with_a_hole_is_named_by_its_date_and_a_later_version_inherits_rows_so_restating_one_opens_none()
    {
        var result = Compile(Header + """
            plan silver {
              effective: 2026-01-01
              hours: office
              targets {
                | severity | response |
                | critical | 4 h      |
              }
            }
            plan silver {
              effective: 2027-01-01
              targets {
                | severity | response |
                | all      | 2 h      |
              }
            }
            plan silver {
              effective: 2028-01-01
              targets {
                | severity | response |
                | critical | 1 h      |
              }
            }
            """);

        Assert.Equal(new[]
        {
            "x.plan(8,6): warning PD0840: plan 'silver' from 2026-01-01 has no response target for major, minor (it states one for critical): a major ticket gets no committed response; write a time, 'best effort', 'when done', or '-' for none",
        }, result.Lines());
    }

    [Fact]
    public void A_catalog_with_kinds_only_needs_each_kind_and_a_catalog_with_neither_needs_nothing()
    {
        var kindsOnly = Compile("""
            catalog c "C" { }
            kinds {
              deployment "Deployment"
              failure "Failure"
            }
            plan silver {
              hours: always
              targets {
                | kind    | response |
                | failure | 2 h      |
              }
            }
            """);
        kindsOnly.Finding("PD0840", 6, 6,
            "plan 'silver' has no response target for deployment (it states one for failure): a deployment ticket gets no committed response; write a time, 'best effort', 'when done', or '-' for none");

        Assert.Empty(Compile("catalog c \"C\" { }\nplan basic { }\n").Diagnostics);
    }
}
