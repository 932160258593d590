using PlanDsl.Cli.Commands;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Tickets;
using PlanDsl.Runtime.Tickets.Explanation;
using static PlanDsl.Runtime.Tests.Tickets.TicketTestSupport;

namespace PlanDsl.Runtime.Tests.Tickets.Explain;

/// <summary>Explanations of pauses, severity changes, versions, business days and a clock stopped for good, on a small UTC catalog.</summary>
public class TicketExplanationTextTests
{
    private static TicketExplanation Explain(string plan, Ticket ticket) =>
        new TicketExplainer(ExplainTestCatalogs.Office, new CalendarSet(ExplainTestCatalogs.Office)).Explain(plan, ticket);

    private static string Text(string plan, Ticket ticket) => ExplanationText.Write(Explain(plan, ticket)).Replace("\r\n", "\n");

    [Fact]
    public void A_pause_and_a_severity_change_are_applied_and_said()
    {
        var ticket = new Ticket("low", At("2026-10-05T10:00:00Z"), Events: new[]
        {
            E("2026-10-05T10:30:00Z", TicketEventType.Paused),
            E("2026-10-05T11:30:00Z", TicketEventType.Resumed),
            E("2026-10-05T12:00:00Z", TicketEventType.SeverityChanged, "Sev 1"),
            E("2026-10-05T13:30:00Z", TicketEventType.Responded),
            E("2026-10-05T16:00:00Z", TicketEventType.Updated),
            E("2026-10-06T12:00:00Z", TicketEventType.Resolved),
        }, AsOf: At("2026-10-07T09:00:00Z"));

        Assert.Equal("""
            Ticket (severity 'low') opened Mon 2026-10-05 10:00 UTC, judged as of Wed 2026-10-07 09:00: plan 'p' of catalog 't'.

            1. Version: plan 'p' ("P") has one version, with no effective date, so it applies to every ticket.
            2. Severity: low ("Low"), as the ticket states it. At Mon 2026-10-05 12:00 it was changed to 'Sev 1' (high). The last severity, high ("High"), sets every target, still measured from the opening: the time already used counts.
            3. Targets: plan 'p' gives severity high: response 2 h on office; status update every 4 h on office; follow-up none; resolution 16 h on office. The row is written in the plan itself.
            4. Pauses: the ticket waited on the customer Mon 2026-10-05 10:30-11:30. While it waits, every clock stands still.
            5. Response: 2 h on 'office' ("Office": Mon-Fri 09:00-17:00, UTC, closed on Local holidays).
               - Counted from the opening, Mon 2026-10-05 10:00. The calendar is open then: the clock starts at once.
               - Counted Mon 2026-10-05 10:00-10:30: 30 min (30 min of 2 h).
               - Paused Mon 2026-10-05 10:30-11:30: 1 h of open time not counted.
               - Counted Mon 2026-10-05 11:30-13:00: 1 h 30 min (2 h of 2 h).
               - Due Mon 2026-10-05 13:00 UTC.
               - Responded Mon 2026-10-05 13:30, after the due time: breached at Mon 2026-10-05 13:00.
            6. Status update 1: every 4 h on 'office' ("Office": Mon-Fri 09:00-17:00, UTC, closed on Local holidays).
               - Counted from the response, Mon 2026-10-05 13:30. The calendar is open then: the clock starts at once.
               - Counted Mon 2026-10-05 13:30-17:00: 3 h 30 min (3 h 30 min of 4 h).
               - Counted Tue 2026-10-06 09:00-09:30: 30 min (4 h of 4 h).
               - Due Tue 2026-10-06 09:30 UTC.
               - Update given Mon 2026-10-05 16:00, by the due time: met.
            7. Status update 2: every 4 h on 'office', counted from the previous status update, Mon 2026-10-05 16:00, would be due Tue 2026-10-06 12:00. The ticket was resolved Tue 2026-10-06 12:00, no later than that, so no further update is owed.
            8. Follow-up: no target, so there is no due time.
            9. Resolution: 16 h on 'office' ("Office": Mon-Fri 09:00-17:00, UTC, closed on Local holidays).
               - Counted from the opening, Mon 2026-10-05 10:00. The calendar is open then: the clock starts at once.
               - Counted Mon 2026-10-05 10:00-10:30: 30 min (30 min of 16 h).
               - Paused Mon 2026-10-05 10:30-11:30: 1 h of open time not counted.
               - Counted Mon 2026-10-05 11:30-17:00: 5 h 30 min (6 h of 16 h).
               - Counted Tue 2026-10-06 09:00-17:00: 8 h (14 h of 16 h).
               - Counted Wed 2026-10-07 09:00-11:00: 2 h (16 h of 16 h).
               - Due Wed 2026-10-07 11:00 UTC.
               - Resolved Tue 2026-10-06 12:00, by the due time: met.
            10. Coverage: the version has no coverage rules, so coverage is undecided.

            """, Text("p", ticket));
    }

    [Fact]
    public void The_version_in_force_on_the_opening_day_is_named_and_the_later_one_set_aside()
    {
        var text = Text("v", new Ticket("low", At("2026-10-30T10:00:00Z"), AsOf: At("2026-11-20T10:00:00Z")));

        Assert.Contains("""
            1. Version: the ticket was opened on Fri 2026-10-30 (UTC, the catalog's time zone); plan 'v' ("V") has 2 versions (effective 2026-01-01, effective 2026-11-01); the one in force is the latest that took effect on or before that day: the one effective 2026-01-01 (version 1 of 2). It applies for the ticket's whole life. The version effective 2026-11-01 takes effect later and does not apply.
            """, text);
        Assert.Contains("3. Targets: plan 'v' gives severity low: response 4 h on office; status update none; follow-up none; resolution none. The row is written in this version.", text);
        Assert.Contains("   - No response as of Fri 2026-11-20 10:00 (asOf): breached at Fri 2026-10-30 14:00.", text);
    }

    [Fact]
    public void A_later_version_that_writes_its_row_says_so()
    {
        var text = Text("v", new Ticket("high", At("2026-11-02T10:00:00Z")));

        Assert.Contains("(version 2 of 2)", text);
        Assert.Contains("3. Targets: plan 'v' gives severity high: response 2 h on office; status update none; follow-up none; resolution none. The row is written in this version.", text);
    }

    [Fact]
    public void A_plan_that_extends_another_says_its_row_is_inherited()
    {
        var text = Text("q", new Ticket("high", At("2026-10-05T10:00:00Z")));

        Assert.Contains("1. Version: plan 'q' (\"Q\") has one version, with no effective date, so it applies to every ticket. This version extends plan 'p'.", text);
        Assert.Contains("3. Targets: plan 'q' gives severity high: response 2 h on office; status update every 4 h on office; follow-up none; resolution 16 h on office. The plan writes no row for it: the row is inherited from plan 'p'.", text);
    }

    [Fact]
    public void Business_days_name_the_open_days_counted_skip_the_holiday_and_add_the_paused_time_after()
    {
        // Friday 18 Dec 16:00 + 5 business days: Mon 21, Tue 22, Wed 23, (Thu 24 Christmas Eve closed) Fri 25, Mon 28 at 16:00;
        // the 2 h paused on Monday 21 are counted on after that: Mon 28 16:00-17:00, Tue 29 09:00-10:00.
        var ticket = new Ticket("low", At("2026-12-18T16:00:00Z"), Events: new[]
        {
            E("2026-12-21T10:00:00Z", TicketEventType.Paused), E("2026-12-21T12:00:00Z", TicketEventType.Resumed),
        });

        var text = Text("p", ticket);

        Assert.Contains("""
            8. Resolution: 5 business days on 'office' ("Office": Mon-Fri 09:00-17:00, UTC, closed on Local holidays).
               - Counted from the opening, Fri 2026-12-18 16:00. The calendar is open then: the clock starts at once.
               - 5 business days from the clock start, Fri 2026-12-18 16:00: the 5th following day with open time is Mon 2026-12-28 (Mon 2026-12-21, Tue 2026-12-22, Wed 2026-12-23, Fri 2026-12-25, Mon 2026-12-28); the same local time of day, kept within that day's hours, is Mon 2026-12-28 16:00. Pauses on the way kept 2 h of open time from counting; that is counted on after it.
               - Skipped Sat 2026-12-19 - Sun 2026-12-20: no hours.
               - Paused Mon 2026-12-21 10:00-12:00: 2 h of open time not counted.
               - Skipped Thu 2026-12-24: a holiday (Christmas Eve).
               - Skipped Sat 2026-12-26 - Sun 2026-12-27: no hours.
               - Counted Mon 2026-12-28 16:00-17:00: 1 h (1 h of 2 h).
               - Counted Tue 2026-12-29 09:00-10:00: 1 h (2 h of 2 h).
               - Due Tue 2026-12-29 10:00 UTC.
               - Not resolved yet: still open.
            """, text);
    }

    [Fact]
    public void A_pause_never_resumed_stops_the_clock_and_leaves_no_due_time()
    {
        var text = Text("p", new Ticket("high", At("2026-10-05T10:00:00Z"), Events: new[] { E("2026-10-05T10:30:00Z", TicketEventType.Paused) }));

        Assert.Contains("""
            5. Response: 2 h on 'office' ("Office": Mon-Fri 09:00-17:00, UTC, closed on Local holidays).
               - Counted from the opening, Mon 2026-10-05 10:00. The calendar is open then: the clock starts at once.
               - Counted Mon 2026-10-05 10:00-10:30: 30 min (30 min of 2 h).
               - Paused from Mon 2026-10-05 10:30, never resumed: the clock stops for good.
               - Only 30 min of 2 h had been counted by then, so there is no due time.
               - No response yet: still open.
            """, text);
    }

    [Fact]
    public void A_ticket_opened_on_a_weekend_starts_its_clock_at_monday_morning()
    {
        var explanation = Explain("p", new Ticket("Sev 1", At("2026-10-03T12:00:00Z")));
        var response = explanation.Metrics[0];

        Assert.True(response.ClosedAtStart);
        Assert.Equal(At("2026-10-05T09:00:00Z"), response.ClockStart);
        Assert.Equal(explanation.Evaluation.ClockStart, response.ClockStart);
        Assert.Contains("That is outside the hours, so the clock starts at the next opening, Mon 2026-10-05 09:00.", ExplanationText.Write(explanation));
    }
}
