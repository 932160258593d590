using System.Text.Json.Nodes;
using PlanDsl.Cli.Commands;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Tickets.Explain;

/// <summary><c>plandsl explain</c> on the seeds, in-process: the exact text a product manager reads, JSON, and bad input.</summary>
public class ExplainCommandTests
{
    private static (int Exit, string Output, string Error) Explain(string catalog, string plan, string ticketJson, string? format = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ExplainCommand.Run(catalog, plan, "-", format, output, error, Seeds.Root, new StringReader(ticketJson), root: "plans");
        return (exit, output.ToString().Replace("\r\n", "\n"), error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Domo_gold_severity_2_opened_friday_evening_is_explained_step_by_step_to_monday_16_00()
    {
        var (exit, output, error) = Explain("plans/domo", "gold", """{"severity": "Severity 2", "opened": "2026-10-02T18:30:00-06:00"}""");

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal("""
            Ticket (severity 'Severity 2') opened Fri 2026-10-02 18:30 America/Denver: plan 'gold' of catalog 'domo'.

            1. Version: plan 'gold' ("Gold") has one version, with no effective date, so it applies to every ticket.
            2. Severity: the ticket says 'Severity 2', which is sev2 ("Severity 2"). It was not changed.
            3. Targets: plan 'gold' gives severity sev2: response 8 h on business_hours; status update none; follow-up 72 h on business_hours; resolution none. The row is written in the plan itself.
            4. Response: 8 h on 'business_hours' ("Regular business hours": Mon-Fri 08:00-17:00, America/Denver).
               - Counted from the opening, Fri 2026-10-02 18:30. That is outside the hours, so the clock starts at the next opening, Mon 2026-10-05 08:00.
               - Skipped Sat 2026-10-03 - Sun 2026-10-04: no hours.
               - Counted Mon 2026-10-05 08:00-16:00: 8 h (8 h of 8 h).
               - Due Mon 2026-10-05 16:00 America/Denver.
               - No response yet: still open.
            5. Status update: no target, so there is no due time.
            6. Follow-up: 72 h on 'business_hours' ("Regular business hours": Mon-Fri 08:00-17:00, America/Denver).
               - Counted from the response due time (no response yet), Mon 2026-10-05 16:00. The calendar is open then: the clock starts at once.
               - Counted Mon 2026-10-05 16:00-17:00: 1 h (1 h of 72 h).
               - Counted Tue 2026-10-06 08:00-17:00: 9 h (10 h of 72 h).
               - Counted Wed 2026-10-07 08:00-17:00: 9 h (19 h of 72 h).
               - Counted Thu 2026-10-08 08:00-17:00: 9 h (28 h of 72 h).
               - Counted Fri 2026-10-09 08:00-17:00: 9 h (37 h of 72 h).
               - Skipped Sat 2026-10-10 - Sun 2026-10-11: no hours.
               - Counted Mon 2026-10-12 08:00-17:00: 9 h (46 h of 72 h).
               - Counted Tue 2026-10-13 08:00-17:00: 9 h (55 h of 72 h).
               - Counted Wed 2026-10-14 08:00-17:00: 9 h (64 h of 72 h).
               - Counted Thu 2026-10-15 08:00-16:00: 8 h (72 h of 72 h).
               - Due Thu 2026-10-15 16:00 America/Denver.
               - No follow-up update yet: still open.
            7. Resolution: no target, so there is no due time.
            8. Coverage: 2 rules, tried in order (the plan's work lists, its own rules, inherited rules, the catalog's rules), on these facts: severity = sev2.
               - Rule 1 (when not (from_authorized_contact) -> refused authorized_support_contacts; from the catalog's rules) needs from_authorized_contact, which the ticket does not give: passed over.
               - Rule 2 (when not (obligations_current) -> refused good_standing; from the catalog's rules) needs obligations_current, which the ticket does not give: passed over.
               - No rule matched, so coverage is undecided.

            """, output);
    }

    [Fact]
    public void The_example_in_docs_explain_md_is_what_the_command_prints()
    {
        var (_, output, _) = Explain("plans/domo", "gold", """{"severity": "Severity 2", "opened": "2026-10-02T18:30:00-06:00"}""");
        var doc = File.ReadAllText(Path.Combine(Seeds.Root, "docs", "explain.md")).Replace("\r\n", "\n");

        Assert.Contains("$ plandsl explain plans/domo --plan gold --ticket ticket.json\n" + output + "```", doc);
    }

    [Fact]
    public void Oktawave_gold_deployment_opened_on_independence_day_waits_for_thursday_and_names_the_holiday()
    {
        var (exit, output, _) = Explain("plans/oktawave", "gold", """{"kind": "deployment", "opened": "2026-11-11T03:00:00+01:00"}""");

        Assert.Equal(0, exit);
        Assert.Equal("""
            Ticket (kind 'deployment') opened Wed 2026-11-11 03:00 Europe/Warsaw: plan 'gold' of catalog 'oktawave'.

            1. Version: plan 'gold' ("Gold") has one version, with no effective date, so it applies to every ticket.
            2. Severity: catalog 'oktawave' has no severities. Request kind: deployment ("Deployment/reconfiguration").
            3. Targets: plan 'gold' gives request kind deployment: response 4 h on dni_robocze_8_20; status update none; follow-up none; resolution none. The row is written in the plan itself.
            4. Response: 4 h on 'dni_robocze_8_20' ("Working days, 8:00 - 20:00": Mon-Fri 08:00-20:00, Europe/Warsaw, closed on Polish statutory public holidays).
               - Counted from the opening, Wed 2026-11-11 03:00. That is a holiday (National Independence Day), so the clock starts at the next opening, Thu 2026-11-12 08:00.
               - Skipped Wed 2026-11-11: a holiday (National Independence Day).
               - Counted Thu 2026-11-12 08:00-12:00: 4 h (4 h of 4 h).
               - Due Thu 2026-11-12 12:00 Europe/Warsaw.
               - No response yet: still open.
            5. Status update: no target, so there is no due time.
            6. Follow-up: no target, so there is no due time.
            7. Resolution: no target, so there is no due time.
            8. Coverage: the version has no coverage rules, so coverage is undecided.

            """, output);
    }

    [Fact]
    public void A_holiday_between_two_counted_intervals_is_named_where_it_is_skipped()
    {
        var (exit, output, _) = Explain("plans/oktawave", "gold", """
            {"kind": "deployment", "opened": "2026-11-10T18:00:00+01:00", "events": [{"at": "2026-11-12T09:00:00+01:00", "type": "responded"}]}
            """);

        Assert.Equal(0, exit);
        Assert.Contains("""
            4. Response: 4 h on 'dni_robocze_8_20' ("Working days, 8:00 - 20:00": Mon-Fri 08:00-20:00, Europe/Warsaw, closed on Polish statutory public holidays).
               - Counted from the opening, Tue 2026-11-10 18:00. The calendar is open then: the clock starts at once.
               - Counted Tue 2026-11-10 18:00-20:00: 2 h (2 h of 4 h).
               - Skipped Wed 2026-11-11: a holiday (National Independence Day).
               - Counted Thu 2026-11-12 08:00-10:00: 2 h (4 h of 4 h).
               - Due Thu 2026-11-12 10:00 Europe/Warsaw.
               - Responded Thu 2026-11-12 09:00, by the due time: met.
            5. Status update: no target
            """, output);
    }

    [Fact]
    public void Coverage_names_the_rule_that_decides_its_origin_the_reason_and_the_rules_passed_over()
    {
        var (exit, output, _) = Explain("plans/kolmisoft", "premium", """
            {"severity": "blocker", "opened": "2026-10-05T10:00:00+03:00", "attributes": {"cause": "bug", "latest_version": true}}
            """);

        Assert.Equal(0, exit);
        Assert.EndsWith("""
            8. Coverage: 6 rules, tried in order (the plan's work lists, its own rules, inherited rules, the catalog's rules), on these facts: cause = bug, latest_version = yes, severity = blocker.
               - Rule 1 (when work in [helping, license_after_crash, license_after_migration, checking_configurations] -> included; from the work lists of plan premium) needs work, which the ticket does not give: passed over.
               - Rule 2 (when work in [testing_settings, custom_development, server_migration, additional_server_configuration, mysql_replication, redundancy, personal_training, custom_firewall, server_reinstallation, linux_support, custom_database, custom_asterisk, personalized_configurations, personalized_sessions] -> excluded; from the work lists of plan premium) needs work, which the ticket does not give: passed over.
               - Rule 3 (when work in [snmp, tdm_pstn_cards, zaptel_dahdi, vpn, firewall_network, partitions_storage] -> refused en "Jobs NOT done by Kolmisoft"; from the catalog's rules) needs work, which the ticket does not give: passed over.
               - Rule 4 matches and decides: when (cause = bug and latest_version) -> included en "If the problem is caused by a bug (and you have one of two latest MOR versions) - it is fixed for free." (from the catalog's rules).
               - Decision: included. Reason: If the problem is caused by a bug (and you have one of two latest MOR versions) - it is fixed for free.
               - Provisional: knowing work could change it.

            """, output);
    }

    [Fact]
    public void Coverage_refused_by_an_obligation_gives_the_obligations_title_and_text()
    {
        var (exit, output, _) = Explain("plans/domo", "gold", """
            {"severity": "Severity 1", "opened": "2026-10-02T18:30:00-06:00", "attributes": {"from_authorized_contact": false}}
            """);

        Assert.Equal(0, exit);
        Assert.Contains("""
            8. Coverage: 2 rules, tried in order (the plan's work lists, its own rules, inherited rules, the catalog's rules), on these facts: from_authorized_contact = no, severity = sev1.
               - Rule 1 matches and decides: when not (from_authorized_contact) -> refused authorized_support_contacts (from the catalog's rules).
               - Decision: refused. Reason: Authorized support contacts. The Subscriber will designate
            """, output);
    }

    [Fact]
    public void Json_carries_evals_answers_every_interval_counted_and_the_steps()
    {
        const string ticket = """{"severity": "critical", "opened": "2026-10-03T20:45:00+02:00"}""";
        var (exit, output, _) = Explain("plans/ombori", "production", ticket, "json");
        var evalOutput = new StringWriter();
        EvalCommand.Run("plans/ombori", "production", "-", evalOutput, new StringWriter(), Seeds.Root, new StringReader(ticket));

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(evalOutput.ToString()), json["answers"]));
        var response = json["metrics"]![0]!;
        Assert.Equal("response", (string?)response["metric"]);
        Assert.Equal("2026-10-04T08:15:00+02:00", (string?)response["due"]);
        var counted = response["counted"]!.AsArray();
        Assert.Equal(2, counted.Count);
        Assert.Equal("2026-10-03T20:45:00+02:00", (string?)counted[0]!["start"]);
        Assert.Equal("2026-10-03T21:00:00+02:00", (string?)counted[0]!["end"]);
        Assert.Equal("PT15M", (string?)counted[0]!["length"]);
        Assert.Equal("2026-10-04T08:00:00+02:00", (string?)counted[1]!["start"]);
        Assert.Equal("PT30M", (string?)response["countedTotal"]);
        Assert.Equal("Response: 30 min on 'production_hours' (\"Opening/working hours 8-21, in one time zone (you can register 24/7)\": Mon-Sun 08:00-21:00, CET).",
            (string?)json["steps"]![3]!["text"]);
        Assert.Equal(output, Explain("plans/ombori", "production", ticket, "json").Output); // deterministic
    }

    [Theory]
    [InlineData("gld", """{"severity": "Severity 2", "opened": "2026-10-02T18:30:00-06:00"}""", null, "unknown plan 'gld' in catalog 'domo'; did you mean 'gold'?")]
    [InlineData("gold", """{"severity": "Severity 2", "opened": """, null, "ticket: not valid JSON")]
    [InlineData("gold", """{"severity": "Sev 9", "opened": "2026-10-02T18:30:00-06:00"}""", null, "severity: unknown severity 'Sev 9'")]
    [InlineData("gold", """{"severity": "Severity 2", "opened": "Friday evening"}""", null, "opened: 'Friday evening' is not an ISO-8601 instant")]
    [InlineData("gold", """{"severity": "Severity 2", "opened": "2026-10-02T18:30:00-06:00", "attributes": {"from_authorized_contact": "maybe"}}""", null, "attributes.from_authorized_contact")]
    [InlineData("gold", """{"severity": "Severity 2", "opened": "2026-10-02T18:30:00-06:00"}""", "yaml", "--format: 'yaml' is not one of text, json")]
    public void Bad_input_gives_one_line_naming_the_problem_and_exit_2(string plan, string ticket, string? format, string message)
    {
        var (exit, output, error) = Explain("plans/domo", plan, ticket, format);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("plandsl: error: ", error);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_ticket_file_names_the_option()
    {
        var error = new StringWriter();
        var exit = ExplainCommand.Run("plans/domo", "gold", "no-such-ticket.json", null, new StringWriter(), error, Seeds.Root);

        Assert.Equal(2, exit);
        Assert.Equal("plandsl: error: --ticket: cannot find 'no-such-ticket.json'", error.ToString().TrimEnd());
    }
}
