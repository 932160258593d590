using System.Globalization;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets.Explanation;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// A ticket's explanation for a product manager: a heading, then numbered steps in plain sentences (version,
/// severity, targets, pauses, each metric, coverage), local times with weekday names. Deterministic.
/// </summary>
public static class ExplanationText
{
    public static string Write(TicketExplanation explanation)
    {
        var steps = Steps(explanation);
        var lines = new List<string> { Heading(explanation), "" };
        for (var i = 0; i < steps.Count; i++)
        {
            lines.Add($"{i + 1}. {steps[i].Text}");
            lines.AddRange(steps[i].Details.Select(detail => "   - " + detail));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    public static string Heading(TicketExplanation e)
    {
        var zone = e.CatalogZone;
        var what = new List<string>();
        if (e.Ticket.Severity is { } severity) what.Add($"severity '{severity}'");
        if (e.Ticket.Kind is { } kind) what.Add($"kind '{kind}'");
        if (e.Ticket.Channel is { } channel) what.Add($"channel '{channel}'");
        var asOf = e.Ticket.AsOf is { } a ? $", judged as of {LocalTimeText.At(a, zone)}" : "";
        return $"Ticket ({(what.Count == 0 ? "no severity" : string.Join(", ", what))}) opened {LocalTimeText.AtInZone(e.Ticket.Opened, zone)}{asOf}: "
            + $"plan '{e.Version.Plan}' of catalog '{e.Catalog}'.";
    }

    /// <summary>The steps, in order.</summary>
    public static IReadOnlyList<ExplanationStep> Steps(TicketExplanation e)
    {
        var steps = new List<ExplanationStep> { ExplanationStep.Of(Version(e)), ExplanationStep.Of(Severity(e)), ExplanationStep.Of(Targets(e)) };
        if (e.Pauses.Count > 0) steps.Add(ExplanationStep.Of(Pauses(e)));
        var updates = e.Metrics.Where(m => m.Metric == Metric.StatusUpdate && m.Target is not null).ToList();
        var numbered = updates.Count + (e.StatusUpdateNotOwed is null ? 0 : 1) > 1;
        foreach (var metric in e.Metrics)
        {
            var lastUpdate = metric.Metric == Metric.StatusUpdate && (updates.Count == 0 || ReferenceEquals(metric, updates[^1]));
            if (!(lastUpdate && metric.Target is null && e.StatusUpdateNotOwed is not null))
                steps.Add(MetricStepText.Write(e, metric, numbered && metric.Metric == Metric.StatusUpdate));
            if (lastUpdate && e.StatusUpdateNotOwed is { } skipped) steps.Add(ExplanationStep.Of(NotOwed(e, skipped, updates.Count, numbered)));
        }
        steps.Add(Coverage(e));
        return steps;
    }

    private static string Version(TicketExplanation e)
    {
        var v = e.Version;
        var plan = v.PlanTitle == v.Plan ? $"plan '{v.Plan}'" : $"plan '{v.Plan}' (\"{v.PlanTitle}\")";
        var extends = v.Extends is { } parent ? $" This version extends plan '{parent}'." : "";
        if (v.AllEffective.Count == 1 && v.Effective is null)
            return $"Version: {plan} has one version, with no effective date, so it applies to every ticket.{extends}";
        var day = $"{LocalTimeText.Day(v.OpenedDay)} ({e.CatalogZone.Id}, the catalog's time zone)";
        var versions = v.AllEffective.Count == 1 ? "one version" : $"{v.AllEffective.Count} versions";
        var list = string.Join(", ", v.AllEffective.Select(d => d is { } date ? "effective " + Date(date) : "without a date"));
        var chosen = v.Effective is { } effective ? $"the one effective {Date(effective)}" : "the one without a date";
        var later = v.LaterVersions.ToList();
        var laterText = later.Count == 0 ? "" : $" The version{(later.Count > 1 ? "s" : "")} effective {string.Join(", ", later.Select(Date))} take{(later.Count > 1 ? "" : "s")} effect later and do{(later.Count > 1 ? "" : "es")} not apply.";
        return $"Version: the ticket was opened on {day}; {plan} has {versions} ({list}); the one in force is the latest that took effect on or before that day: "
            + $"{chosen} (version {v.Number} of {v.AllEffective.Count}). It applies for the ticket's whole life.{laterText}{extends}";
    }

    private static string Severity(TicketExplanation e)
    {
        var s = e.Severity;
        var parts = new List<string>();
        if (s.Final is null) parts.Add($"Severity: catalog '{e.Catalog}' has no severities.");
        else
        {
            var initial = Named(s.Initial!, s.InitialTitle);
            parts.Add(s.Stated == s.Initial ? $"Severity: {initial}, as the ticket states it." : $"Severity: the ticket says '{s.Stated}', which is {initial}.");
            if (s.Changes.Count == 0) parts.Add("It was not changed.");
            else
            {
                foreach (var change in s.Changes)
                    parts.Add($"At {LocalTimeText.At(change.At, e.CatalogZone)} it was changed to '{change.Stated}'{(change.Stated == change.Severity ? "" : $" ({change.Severity})")}.");
                parts.Add($"The last severity, {Named(s.Final, s.FinalTitle)}, sets every target, still measured from the opening: the time already used counts.");
            }
        }
        if (s.Kind is { } kind) parts.Add($"Request kind: {Named(kind, s.KindTitle)}.");
        return string.Join(" ", parts);
    }

    private static string Targets(TicketExplanation e)
    {
        var t = e.Targets;
        var plan = e.Version.Plan;
        var key = Key(t);
        if (t.Row is not { } row) return $"Targets: plan '{plan}' has no targets row for {key}, so no metric has a committed time.";
        var metrics = new[] { Metric.Response, Metric.StatusUpdate, Metric.FollowUp, Metric.Resolution }
            .Select(m => MetricStepText.Title(m).ToLowerInvariant() + " " + Value(m, row.Get(m)));
        var source = t.Source switch
        {
            TargetRowSource.StatedInThisVersion => e.Version.AllEffective.Count == 1
                ? "The row is written in the plan itself."
                : "The row is written in this version.",
            _ => (e.Version.Extends is { } parent && e.Version.AllEffective.Count == 1 ? $"The plan writes no row for it: the row is inherited from plan '{parent}'."
                : e.Version.Extends is { } parentOfVersion ? $"This version writes no row for it: the row is inherited from plan '{parentOfVersion}' or the plan's previous version."
                : "This version writes no row for it: the row is inherited from the plan's previous version."),
        };
        return $"Targets: plan '{plan}' gives {key}: {string.Join("; ", metrics)}. {source}";
    }

    private static string Key(TargetRowChoice t) => (t.Severity, t.Kind) switch
    {
        ({ } s, { } k) => $"severity {s} and request kind {k}",
        ({ } s, null) => $"severity {s}",
        (null, { } k) => $"request kind {k}",
        _ => "every ticket",
    };

    private static string Value(Metric metric, TargetValue value) => value.Commitment switch
    {
        Commitment.Due => $"{MetricStepText.Target(metric, value.Duration)} on {value.Calendar}",
        Commitment.BestEffort => "best effort",
        Commitment.WhenDone => "when done",
        _ => "none",
    };

    private static string Pauses(TicketExplanation e) =>
        "Pauses: the ticket waited on the customer " + string.Join("; ", e.Pauses.Select(p => LocalTimeText.OpenSpan(p.Start, p.End, e.CatalogZone)))
        + ". While it waits, every clock stands still.";

    private static string NotOwed(TicketExplanation e, SkippedStatusUpdate skipped, int updatesBefore, bool numbered)
    {
        var metric = e.Targets.Row?.StatusUpdate;
        var zone = metric?.Calendar is { } id && e.Metrics.FirstOrDefault(m => m.Calendar?.Id == id)?.Calendar is { } calendar ? calendar.Zone : e.CatalogZone;
        var title = "Status update" + (numbered ? " " + (updatesBefore + 1) : "");
        var from = updatesBefore > 0 ? "the previous status update" : e.Evaluation.Response.Actual is null ? "the response due time" : "the response";
        var target = metric is { Commitment: Commitment.Due } t ? $"{MetricStepText.Target(Metric.StatusUpdate, t.Duration)} on '{t.Calendar}', " : "";
        var due = skipped.Due is { } d ? $"would be due {LocalTimeText.At(d, zone)}" : "would never come due (a pause stops the clock)";
        return $"{title}: {target}counted from {from}, {LocalTimeText.At(skipped.From, zone)}, {due}. The ticket was resolved {LocalTimeText.At(skipped.Resolved, zone)}, "
            + "no later than that, so no further update is owed.";
    }

    private static ExplanationStep Coverage(TicketExplanation e)
    {
        var c = e.Coverage;
        var result = c.Result;
        if (c.RuleCount == 0) return ExplanationStep.Of("Coverage: the version has no coverage rules, so coverage is undecided.");
        var facts = c.Facts.Count == 0 ? "no facts" : string.Join(", ", c.Facts.Select(f => $"{f.Key} = {f.Value}"));
        var lines = new List<string>
        {
            $"Coverage: {c.RuleCount} rule{(c.RuleCount == 1 ? "" : "s")}, tried in order (the plan's work lists, its own rules, inherited rules, the catalog's rules), on these facts: {facts}.",
        };
        var tried = result.RuleIndex ?? c.RuleCount;
        for (var i = 0; i < tried; i++)
        {
            var unknown = result.UnknownRules.FirstOrDefault(u => u.Index == i);
            var rule = unknown?.Rule ?? c.Rules[i];
            lines.Add(unknown is null
                ? $"Rule {i + 1} ({Rule(rule)}; from {Origin(rule)}) does not match."
                : $"Rule {i + 1} ({Rule(rule)}; from {Origin(rule)}) needs {string.Join(", ", unknown.Missing)}, which the ticket does not give: passed over.");
        }
        if (result.Rule is { } decided && result.RuleIndex is { } index)
        {
            lines.Add($"Rule {index + 1} matches and decides: {Rule(decided)} (from {Origin(decided)}).");
            var rate = result.Rate is { } r ? " at " + r.Describe() : "";
            var reason = result.Reason is { } why ? $" Reason: {Sentence(why.Title)}{(why.Text is { } text ? " " + Sentence(text) : "")}" : "";
            lines.Add($"Decision: {Verdict(result.Verdict)}{rate}.{reason}");
            if (result.Provisional) lines.Add($"Provisional: knowing {string.Join(", ", result.MissingAttributes)} could change it.");
        }
        else lines.Add("No rule matched, so coverage is undecided.");
        return new ExplanationStep(lines[0], lines.Skip(1).ToList());
    }

    private static string Rule(CoverageRule rule) => (rule.Condition is null ? "otherwise" : "when " + rule.Condition.Describe()) + " -> " + rule.Outcome.Describe();

    /// <summary>Where a rule was written: the catalog's rules, the rules of plan p, the work lists of plan p.</summary>
    private static string Origin(CoverageRule rule)
    {
        const string workLists = " work lists";
        if (rule.Origin == "catalog") return "the catalog's rules";
        return rule.Origin.EndsWith(workLists, StringComparison.Ordinal) ? "the work lists of " + rule.Origin[..^workLists.Length] : "the rules of " + rule.Origin;
    }

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    private static string Verdict(CoverageVerdict verdict) => verdict.ToString().ToLowerInvariant();

    private static string Named(string id, string? title) => title is null || title == id ? id : $"{id} (\"{title}\")";

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
