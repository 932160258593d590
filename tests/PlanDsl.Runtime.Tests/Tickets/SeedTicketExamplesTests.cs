using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;
using PlanDsl.Runtime.Tickets;
using static PlanDsl.Runtime.Tests.Tickets.TicketTestSupport;

namespace PlanDsl.Runtime.Tests.Tickets;

/// <summary>Worked examples from the seed catalogs, computed by hand (see docs/semantics.md).</summary>
public class SeedTicketExamplesTests
{
    [Fact]
    public void Ombori_production_critical_opened_saturday_2045_stockholm_is_due_sunday_0815()
    {
        // Production runs Mon-Sun 08:00-21:00 CET. Opened Sat 3 Oct 2026 20:45 (CEST, +02:00):
        // 15 min left on Saturday, the other 15 min from Sunday 08:00.
        var e = Evaluate(Seeds.Catalog("ombori"), "production", new Ticket("critical", At("2026-10-03T20:45:00+02:00")));

        Assert.Equal("2026-10-04T08:15:00+02:00", In(e.Response.Due, "Europe/Stockholm"));
        Assert.Equal(Commitment.Due, e.Response.Commitment);
        // Not yet responded: the first status update is due 1 h (open time) after the response due.
        Assert.Equal("2026-10-04T09:15:00+02:00", In(e.NextStatusUpdate!.Due, "Europe/Stockholm"));
        Assert.Equal(Commitment.None, e.Resolution.Commitment);
    }

    [Fact]
    public void Ombori_same_ticket_on_pilot_waits_for_monday_and_on_enterprise_runs_through_the_night()
    {
        var opened = At("2026-10-03T20:45:00+02:00");
        var pilot = Evaluate(Seeds.Catalog("ombori"), "pilot", new Ticket("1", opened));
        var enterprise = Evaluate(Seeds.Catalog("ombori"), "enterprise", new Ticket("Level 1", opened));

        Assert.Equal("2026-10-05T12:00:00+02:00", In(pilot.Response.Due, "Europe/Stockholm"));       // Mon 08:00 + 4 h
        Assert.Equal("2026-10-03T21:15:00+02:00", In(enterprise.Response.Due, "Europe/Stockholm"));  // 24/7 + 30 min
    }

    [Fact]
    public void Ombori_free_is_best_effort_with_no_due_instant()
    {
        var e = Evaluate(Seeds.Catalog("ombori"), "free", new Ticket("critical", At("2026-10-05T10:00:00+02:00")));

        Assert.Equal(Commitment.BestEffort, e.Response.Commitment);
        Assert.Null(e.Response.Due);
        Assert.Equal(Commitment.WhenDone, e.NextStatusUpdate!.Commitment);
    }

    [Fact]
    public void Domo_gold_severity_2_opened_friday_evening_is_due_monday_afternoon()
    {
        // Severity 2 runs on business hours (Mon-Fri 08:00-17:00 America/Denver, an assumption the
        // catalog states). Friday 2 Oct 2026 18:30 MDT is after hours: the 8 h start Monday 08:00.
        var e = Evaluate(Seeds.Catalog("domo"), "gold", new Ticket("Severity 2", At("2026-10-02T18:30:00-06:00")));

        Assert.Equal("sev2", e.Severity);
        Assert.Equal("2026-10-05T16:00:00-06:00", In(e.Response.Due, "America/Denver"));
    }

    [Fact]
    public void Domo_gold_severity_1_runs_on_a_24_7_clock()
    {
        var e = Evaluate(Seeds.Catalog("domo"), "gold", new Ticket("Niveau 1", At("2026-10-02T18:30:00-06:00")));

        Assert.Equal("2026-10-02T22:30:00-06:00", In(e.Response.Due, "America/Denver"));
    }

    [Fact]
    public void Domo_gold_severity_2_follow_up_is_72_business_hours_after_the_response()
    {
        // Responded Monday 10:00: 7 h that Monday, then 9 h a day Tue 6 .. Wed 14 (7 days, 63 h),
        // and the last 72 - 7 - 63 = 2 h on Thursday 15 Oct: due 10:00.
        var ticket = new Ticket("2", At("2026-10-02T18:30:00-06:00"), Events: new[] { E("2026-10-05T10:00:00-06:00", TicketEventType.Responded) });

        var e = Evaluate(Seeds.Catalog("domo"), "gold", ticket);

        Assert.True(e.Response.Met);
        Assert.Equal("2026-10-15T10:00:00-06:00", In(e.FollowUp.Due, "America/Denver"));
    }

    [Fact]
    public void Oktawave_gold_failure_at_0300_on_a_public_holiday_runs_24_7_but_a_deployment_waits_for_the_next_working_day()
    {
        // 11 November 2026 (Wednesday) is National Independence Day. Failures: 1 h, 24/7/365.
        // Deployments: 4 h on working days 08:00-20:00 → Thursday 12 Nov 08:00 + 4 h.
        var opened = At("2026-11-11T03:00:00+01:00");
        var failure = Evaluate(Seeds.Catalog("oktawave"), "gold", new Ticket(null, opened, Kind: "failure"));
        var deployment = Evaluate(Seeds.Catalog("oktawave"), "gold", new Ticket(null, opened, Kind: "deployment"));

        Assert.Equal("2026-11-11T04:00:00+01:00", In(failure.Response.Due, "Europe/Warsaw"));
        Assert.Equal("2026-11-12T12:00:00+01:00", In(deployment.Response.Due, "Europe/Warsaw"));
    }

    [Fact]
    public void Kolmisoft_premium_reaction_is_measured_in_working_hours()
    {
        // Premium: 0-3 h during working hours (Mon-Fri 08:00-17:00 Europe/Vilnius, assumed by the catalog).
        var e = Evaluate(Seeds.Catalog("kolmisoft"), "premium", new Ticket("blocker", At("2026-10-02T16:00:00+03:00")));

        Assert.Equal("2026-10-05T10:00:00+03:00", In(e.Response.Due, "Europe/Vilnius")); // 1 h Friday, 2 h Monday
    }

    [Fact]
    public void Otrs_states_no_times_so_a_critical_ticket_has_no_due_instant_but_its_portal_is_open_24_7()
    {
        // The OTRS seed is cut off before its response and resolution times: the catalog states none,
        // and the evaluation says so rather than inventing one.
        var catalog = Seeds.Catalog("otrs");
        var e = Evaluate(catalog, "enterprise", new Ticket("3", At("2026-10-03T20:45:00+02:00")));

        Assert.Equal("critical", e.Severity);
        Assert.Equal(Commitment.None, e.Response.Commitment);
        Assert.Null(e.Response.Due);
        var portal = new PlanDsl.Runtime.Channels.ChannelAvailability(catalog, new PlanDsl.Runtime.Calendars.CalendarSet(catalog))
            .At(catalog.FindPlan("enterprise")!, "support_portal", At("2026-10-03T20:45:00+02:00"));
        Assert.True(portal.Open);
        Assert.Null(portal.NextChange);
    }
}
