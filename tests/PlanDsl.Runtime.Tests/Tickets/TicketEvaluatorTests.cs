using NodaTime;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;
using PlanDsl.Runtime.Tickets;
using static PlanDsl.Runtime.Tests.Tickets.TicketTestSupport;

namespace PlanDsl.Runtime.Tests.Tickets;

/// <summary>The SLA clock's rules on a small catalog: UTC, Mon-Fri 09:00-17:00. 5 Oct 2026 is a Monday.</summary>
public class TicketEvaluatorTests
{
    private static readonly ResolvedCatalog Catalog = Seeds.Compile("""
        catalog t { timezone: "UTC"; outside hours: tickets wait }
        calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
        severities most urgent first {
          high = 1 "High" { aliases: "Sev 1" }
          low = 2 "Low"
        }
        plan p "P" {
          hours: office
          targets {
            | severity | response | status update | resolution      |
            | high     | 2 h      | every 4 h     | 16 h            |
            | low      | 8 h      | when done     | 5 business days |
          }
        }
        plan v "V" {
          effective: 2026-01-01
          hours: office
          targets {
            | severity | response |
            | all      | 4 h      |
          }
        }
        plan v "V" {
          effective: 2026-11-01
          targets {
            | severity | response |
            | all      | 2 h      |
          }
        }
        """);

    private static TicketEvaluation Eval(string severity, string opened, params TicketEvent[] events) =>
        Evaluate(Catalog, "p", new Ticket(severity, At(opened), Events: events));

    [Fact]
    public void Response_and_resolution_are_due_after_that_much_open_time()
    {
        var e = Eval("high", "2026-10-05T10:00:00Z");

        Assert.Equal("2026-10-05T12:00:00+00:00", In(e.Response.Due, "UTC"));
        Assert.Equal("2026-10-07T10:00:00+00:00", In(e.Resolution.Due, "UTC")); // 7 h Mon + 8 h Tue + 1 h Wed
        Assert.Null(e.Response.Met);
    }

    [Fact]
    public void A_ticket_opened_outside_hours_starts_its_clock_at_the_next_opening()
    {
        var e = Eval("Sev 1", "2026-10-03T12:00:00Z"); // Saturday

        Assert.Equal("2026-10-05T09:00:00+00:00", In(e.ClockStart, "UTC"));
        Assert.Equal("2026-10-05T11:00:00+00:00", In(e.Response.Due, "UTC"));
    }

    [Fact]
    public void A_response_in_time_is_met_and_a_late_one_breached_at_the_due_instant()
    {
        var inTime = Eval("high", "2026-10-05T10:00:00Z", E("2026-10-05T11:00:00Z", TicketEventType.Responded));
        var late = Eval("high", "2026-10-05T10:00:00Z", E("2026-10-05T12:30:00Z", TicketEventType.Responded));

        Assert.True(inTime.Response.Met);
        Assert.Null(inTime.Response.BreachedAt);
        Assert.Equal(Duration.FromHours(1), inTime.Response.ClockTimeUsed);
        Assert.False(late.Response.Met);
        Assert.Equal("2026-10-05T12:00:00+00:00", In(late.Response.BreachedAt, "UTC"));
    }

    [Fact]
    public void Without_a_response_the_metric_is_open_until_as_of_passes_the_due_instant()
    {
        var before = Evaluate(Catalog, "p", new Ticket("high", At("2026-10-05T10:00:00Z"), AsOf: At("2026-10-05T11:59:00Z")));
        var after = Evaluate(Catalog, "p", new Ticket("high", At("2026-10-05T10:00:00Z"), AsOf: At("2026-10-05T12:01:00Z")));

        Assert.Null(before.Response.Met);
        Assert.False(after.Response.Met);
        Assert.Equal("2026-10-05T12:00:00+00:00", In(after.Response.BreachedAt, "UTC"));
    }

    [Fact]
    public void Status_updates_repeat_after_the_response_and_each_update_until_resolved()
    {
        var e = Evaluate(Catalog, "p", new Ticket("high", At("2026-10-05T10:00:00Z"), AsOf: At("2026-10-06T12:00:00Z"), Events: new[]
        {
            E("2026-10-05T11:00:00Z", TicketEventType.Responded),
            E("2026-10-05T14:30:00Z", TicketEventType.Updated),
        }));

        Assert.Equal(2, e.StatusUpdates.Count);
        Assert.Equal("2026-10-05T15:00:00+00:00", In(e.StatusUpdates[0].Due, "UTC"));
        Assert.True(e.StatusUpdates[0].Met);
        // 2.5 h left on Monday after 14:30, 1.5 h on Tuesday.
        Assert.Equal("2026-10-06T10:30:00+00:00", In(e.StatusUpdates[1].Due, "UTC"));
        Assert.False(e.StatusUpdates[1].Met);
        Assert.Equal("2026-10-06T10:30:00+00:00", In(e.StatusUpdates[1].BreachedAt, "UTC"));
    }

    [Fact]
    public void No_status_update_is_owed_once_the_ticket_is_resolved_before_it_is_due()
    {
        var e = Eval("high", "2026-10-05T10:00:00Z",
            E("2026-10-05T11:00:00Z", TicketEventType.Responded),
            E("2026-10-05T13:00:00Z", TicketEventType.Resolved));

        Assert.Equal(Commitment.None, Assert.Single(e.StatusUpdates).Commitment);
        Assert.True(e.Resolution.Met);
    }

    [Fact]
    public void Time_waiting_on_the_customer_does_not_count()
    {
        var e = Eval("high", "2026-10-05T10:00:00Z",
            E("2026-10-05T10:30:00Z", TicketEventType.Paused),
            E("2026-10-05T11:30:00Z", TicketEventType.Resumed));

        Assert.Equal("2026-10-05T13:00:00+00:00", In(e.Response.Due, "UTC"));
    }

    [Fact]
    public void A_pause_that_is_never_resumed_stops_the_clock_for_good()
    {
        var e = Evaluate(Catalog, "p", new Ticket("high", At("2026-10-05T10:00:00Z"), AsOf: At("2026-12-01T10:00:00Z"),
            Events: new[] { E("2026-10-05T10:30:00Z", TicketEventType.Paused) }));

        Assert.Null(e.Response.Due);
        Assert.Null(e.Response.Met);
        Assert.Equal(Duration.FromMinutes(30), e.Response.ClockTimeUsed);
    }

    [Fact]
    public void A_severity_change_applies_the_new_targets_measured_from_the_opening()
    {
        var e = Eval("low", "2026-10-05T10:00:00Z", E("2026-10-05T10:30:00Z", TicketEventType.SeverityChanged, "high"));

        Assert.Equal("high", e.Severity);
        Assert.Equal("2026-10-05T12:00:00+00:00", In(e.Response.Due, "UTC"));
    }

    [Fact]
    public void Business_days_land_on_the_same_local_time_of_the_nth_open_day()
    {
        var e = Eval("low", "2026-10-05T10:00:00Z"); // Monday: Tue, Wed, Thu, Fri, Mon

        Assert.Equal("2026-10-12T10:00:00+00:00", In(e.Resolution.Due, "UTC"));
        Assert.Equal(Commitment.WhenDone, e.NextStatusUpdate!.Commitment);
    }

    [Fact]
    public void The_plan_version_in_force_when_the_ticket_was_opened_applies()
    {
        var before = Evaluate(Catalog, "v", new Ticket("high", At("2026-10-30T10:00:00Z"), AsOf: At("2026-11-20T10:00:00Z")));
        var after = Evaluate(Catalog, "v", new Ticket("high", At("2026-11-02T10:00:00Z")));

        Assert.Equal(new LocalDate(2026, 1, 1), before.VersionEffective);
        Assert.Equal("2026-10-30T14:00:00+00:00", In(before.Response.Due, "UTC"));
        Assert.Equal(new LocalDate(2026, 11, 1), after.VersionEffective);
        Assert.Equal("2026-11-02T12:00:00+00:00", In(after.Response.Due, "UTC"));
    }

    [Fact]
    public void A_ticket_before_the_first_version_is_refused_naming_the_field()
    {
        var error = Assert.Throws<TicketException>(() => Evaluate(Catalog, "v", new Ticket("high", At("2025-06-01T10:00:00Z"))));

        Assert.Equal("opened", error.Field);
        Assert.Contains("no version of plan 'v' is in force on 2025-06-01", error.Message);
    }

    [Theory]
    [InlineData("critical", "severity", "unknown severity 'critical'")]
    [InlineData("", "severity", "a severity is required")]
    public void Bad_severities_name_the_field(string severity, string field, string message)
    {
        var error = Assert.Throws<TicketException>(() => Eval(severity, "2026-10-05T10:00:00Z"));

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_event_before_the_opening_is_refused()
    {
        var error = Assert.Throws<TicketException>(() => Eval("high", "2026-10-05T10:00:00Z", E("2026-10-05T09:00:00Z", TicketEventType.Responded)));

        Assert.Equal("events", error.Field);
    }
}
