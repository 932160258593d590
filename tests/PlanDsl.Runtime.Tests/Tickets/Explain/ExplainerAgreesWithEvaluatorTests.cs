using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;
using PlanDsl.Runtime.Tickets;
using PlanDsl.Runtime.Tickets.Explanation;
using static PlanDsl.Runtime.Tests.Tickets.TicketTestSupport;

namespace PlanDsl.Runtime.Tests.Tickets.Explain;

/// <summary>
/// The explanation gives the evaluator's answers, and its steps add up to them: for every seed worked
/// example and a few hundred random tickets, each explained due instant equals what
/// <see cref="TicketEvaluator"/> (run on its own, without a trace) answers, and the intervals the
/// explanation lists are open, unpaused, in order, sum to the target and end at the due instant.
/// </summary>
public class ExplainerAgreesWithEvaluatorTests
{
    public static TheoryData<string, string, Ticket> SeedWorkedExamples() => new()
    {
        { "ombori", "production", new Ticket("critical", At("2026-10-03T20:45:00+02:00")) },
        { "ombori", "pilot", new Ticket("1", At("2026-10-03T20:45:00+02:00")) },
        { "ombori", "enterprise", new Ticket("Level 1", At("2026-10-03T20:45:00+02:00")) },
        { "ombori", "free", new Ticket("critical", At("2026-10-05T10:00:00+02:00")) },
        { "ombori", "pilot", new Ticket("cosmetic", At("2026-10-02T15:00:00+02:00")) },
        { "domo", "gold", new Ticket("Severity 2", At("2026-10-02T18:30:00-06:00")) },
        { "domo", "gold", new Ticket("Niveau 1", At("2026-10-02T18:30:00-06:00")) },
        { "domo", "gold", new Ticket("2", At("2026-10-02T18:30:00-06:00"), Events: new[] { E("2026-10-05T10:00:00-06:00", TicketEventType.Responded) }) },
        { "oktawave", "gold", new Ticket(null, At("2026-11-11T03:00:00+01:00"), Kind: "failure") },
        { "oktawave", "gold", new Ticket(null, At("2026-11-11T03:00:00+01:00"), Kind: "deployment") },
        { "kolmisoft", "premium", new Ticket("blocker", At("2026-10-02T16:00:00+03:00")) },
        { "otrs", "enterprise", new Ticket("3", At("2026-10-03T20:45:00+02:00")) },
    };

    [Theory]
    [MemberData(nameof(SeedWorkedExamples))]
    public void Seed_worked_examples_are_explained_with_the_evaluators_answers(string catalog, string plan, Ticket ticket) =>
        Assert.NotNull(AssertAgrees(Seeds.Catalog(catalog), plan, ticket));

    [Fact]
    public void The_semantics_examples_for_pauses_versions_and_business_days_are_explained_with_the_evaluators_answers()
    {
        var office = ExplainTestCatalogs.Office;
        var paused = AssertAgrees(office, "p", new Ticket("high", At("2026-10-05T10:00:00Z"), Events: new[]
        {
            E("2026-10-05T10:30:00Z", TicketEventType.Paused), E("2026-10-05T11:30:00Z", TicketEventType.Resumed),
        }));
        var versioned = AssertAgrees(office, "v", new Ticket("low", At("2026-10-30T10:00:00Z"), AsOf: At("2026-11-20T10:00:00Z")));
        var businessDays = AssertAgrees(office, "p", new Ticket("low", At("2026-12-18T16:00:00Z"), Events: new[]
        {
            E("2026-12-21T10:00:00Z", TicketEventType.Paused), E("2026-12-21T12:00:00Z", TicketEventType.Resumed),
        }));
        var stopped = AssertAgrees(office, "p", new Ticket("high", At("2026-10-05T10:00:00Z"), Events: new[] { E("2026-10-05T10:30:00Z", TicketEventType.Paused) }));

        Assert.Equal("2026-10-05T13:00:00+00:00", In(paused!.Metrics[0].ReachedAt, "UTC"));            // docs/semantics.md: due 13:00
        Assert.Equal("2026-10-30T14:00:00+00:00", In(versioned!.Metrics[0].ReachedAt, "UTC"));         // the 4 h of the version in force
        Assert.Equal(Duration.FromHours(2), businessDays!.Metrics.Last().BusinessDays!.PausedOpenTime); // Christmas Eve skipped, 2 h paused
        Assert.Null(stopped!.Metrics[0].ReachedAt);
    }

    [Theory]
    [InlineData("ombori", 1)]
    [InlineData("domo", 2)]
    [InlineData("oktawave", 3)]
    [InlineData("kolmisoft", 4)]
    [InlineData("otrs", 5)]
    [InlineData(null, 6)]
    public void Random_tickets_are_explained_with_the_evaluators_answers(string? seed, int randomSeed)
    {
        var catalog = seed is null ? ExplainTestCatalogs.Office : Seeds.Catalog(seed);
        var random = new Random(Randomized.Seed(randomSeed));
        var explained = 0;
        for (var i = 0; i < 80; i++)
        {
            var plan = catalog.Plans[random.Next(catalog.Plans.Length)].Id;
            if (AssertAgrees(catalog, plan, RandomTickets.Next(catalog, random)) is not null) explained++;
        }
        Assert.True(explained >= 60, $"only {explained} of 80 random tickets could be judged");
    }

    [Fact]
    public void The_random_tickets_reach_every_kind_of_step()
    {
        var explanations = new List<TicketExplanation>();
        foreach (var (catalog, randomSeed) in new[] { (ExplainTestCatalogs.Office, 6), (Seeds.Catalog("oktawave"), 3), (Seeds.Catalog("ombori"), 1) })
        {
            var random = new Random(randomSeed);
            for (var i = 0; i < 80; i++)
            {
                var plan = catalog.Plans[random.Next(catalog.Plans.Length)].Id;
                if (AssertAgrees(catalog, plan, RandomTickets.Next(catalog, random)) is { } explanation) explanations.Add(explanation);
            }
        }
        var derivations = explanations.SelectMany(e => e.Metrics).ToList();

        Assert.Contains(derivations, d => d.Pauses.Count > 0 && d.StoppedAt is null);
        Assert.Contains(derivations, d => d.StoppedAt is not null);
        Assert.Contains(derivations, d => d.BusinessDays is not null);
        Assert.Contains(derivations, d => d.BusinessDays is { PausedOpenTime: var paused } && paused > Duration.Zero);
        Assert.Contains(derivations, d => d.ClosedDays.Any(c => c.IsHoliday));
        Assert.Contains(derivations, d => d.ClosedAtStart);
        Assert.Contains(derivations, d => d.Metric == Metric.StatusUpdate && d.Occurrence > 1);
        Assert.Contains(derivations, d => d.Result.Met == false);
        Assert.Contains(derivations, d => d.Result.Met == true);
        Assert.Contains(explanations, e => e.Severity.Changes.Count > 0);
        Assert.Contains(explanations, e => e.StatusUpdateNotOwed is not null);
        Assert.Contains(explanations, e => e.Version.Number == 2);
    }

    /// <returns>The explanation when the ticket was judged; null when both refused it, with the same message.</returns>
    private static TicketExplanation? AssertAgrees(ResolvedCatalog catalog, string plan, Ticket ticket)
    {
        var calendars = new CalendarSet(catalog);
        TicketEvaluation expected;
        try
        {
            expected = new TicketEvaluator(catalog, calendars).Evaluate(plan, ticket);
        }
        catch (TicketException refused)
        {
            var same = Assert.Throws<TicketException>(() => new TicketExplainer(catalog, calendars).Explain(plan, ticket));
            Assert.Equal(refused.Message, same.Message);
            return null;
        }
        var explanation = new TicketExplainer(catalog, calendars).Explain(plan, ticket);

        var expectedMetrics = new[] { expected.Response }
            .Concat(expected.StatusUpdates).Append(expected.FollowUp).Append(expected.Resolution).ToList();
        Assert.Equal(expectedMetrics.Count, explanation.Metrics.Count);
        for (var i = 0; i < expectedMetrics.Count; i++)
        {
            var want = expectedMetrics[i];
            var derivation = explanation.Metrics[i];
            var got = derivation.Result;
            Assert.Equal(want.Metric, got.Metric);
            Assert.Equal(want.Commitment, got.Commitment);
            Assert.Equal(want.Due, got.Due);
            Assert.Equal(want.Actual, got.Actual);
            Assert.Equal(want.Met, got.Met);
            Assert.Equal(want.BreachedAt, got.BreachedAt);
            Assert.Equal(want.ClockTimeUsed, got.ClockTimeUsed);
            AssertStepsAddUp(calendars, explanation, derivation);
        }
        Assert.Equal(expected.ClockStart, explanation.Evaluation.ClockStart);
        Assert.Equal(expected.VersionEffective, explanation.Version.Effective);
        Assert.Equal(expected.Severity, explanation.Severity.Final);
        Assert.Equal(expected.Kind, explanation.Severity.Kind);
        Assert.Equal(expected.Coverage.Verdict, explanation.Coverage.Result.Verdict);
        Assert.Equal(expected.Coverage.RuleIndex, explanation.Coverage.Result.RuleIndex);
        Assert.Equal(expected.Coverage.Rate, explanation.Coverage.Result.Rate);
        return explanation;
    }

    /// <summary>The listed intervals are the clock's own count: they reach the due instant, sum to the target, lie in open time and outside pauses.</summary>
    private static void AssertStepsAddUp(CalendarSet calendars, TicketExplanation explanation, MetricDerivation derivation)
    {
        if (derivation.Target is not { } target)
        {
            Assert.Empty(derivation.Counted);
            return;
        }
        Assert.Equal(derivation.Result.Due, derivation.ReachedAt);
        var calendar = calendars.Get(target.Calendar!);
        if (derivation.StoppedAt is null)
            Assert.Equal(derivation.BusinessDays?.PausedOpenTime ?? target.Duration.Elapsed, derivation.CountedTime);
        Instant? previousEnd = null;
        foreach (var interval in derivation.Counted)
        {
            Assert.True(interval.End >= interval.Start);
            Assert.True(previousEnd is null || interval.Start > previousEnd, "intervals are in order and do not touch (touching ones are merged)");
            Assert.Equal(interval.Length, calendar.OpenTimeBetween(interval.Start, interval.End));
            Assert.DoesNotContain(explanation.Pauses, p => p.Start < interval.End && (p.End ?? Instant.MaxValue) > interval.Start);
            previousEnd = interval.End;
        }
        if (derivation.Counted.Count > 0 && derivation.BusinessDays is null)
            Assert.Equal(derivation.ClockStart, derivation.Counted[0].Start);
        foreach (var day in derivation.ClosedDays) Assert.False(calendar.IsOpenDay(day.Date));
    }
}
