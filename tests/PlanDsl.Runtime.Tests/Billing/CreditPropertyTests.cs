using System.Collections.Immutable;
using CsCheck;
using PlanDsl.Runtime.Billing;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Billing;

public class CreditPropertyTests
{
    /// <summary>Uptimes 0.0000 … 100.0000 with 4 decimals, denser near the thresholds (97–100).</summary>
    private static readonly Gen<decimal> Uptime = Gen.OneOf(
        Gen.Int[0, 1_000_000].Select(i => i / 10_000m),
        Gen.Int[970_000, 1_000_000].Select(i => i / 10_000m));

    /// <summary>
    /// A well-formed ladder: thresholds distinct, listed highest first, credits not decreasing as the
    /// threshold goes down (a lower uptime never earns less), a cap (none about one time in five: when negative).
    /// </summary>
    private static readonly Gen<CreditLadder> Ladder =
        Gen.Select(Gen.Int[9_000, 10_000].Array[1, 6], Gen.Int[0, 300].Array[6], Gen.Int[-100, 400])
            .Select((thresholds, credits, cap) =>
            {
                var below = thresholds.Distinct().OrderByDescending(t => t).Select(t => t / 100m).ToList();
                var rising = credits.Take(below.Count).OrderBy(c => c).Select(c => (decimal)c).ToList();
                return new CreditLadder(below.Zip(rising, (b, c) => new CreditStep(b, c)).ToImmutableArray(),
                    cap < 0 ? null : cap, LocalizedText.Empty, LocalizedText.Empty);
            });

    private static PlanVersion WithLadder(CreditLadder ladder) =>
        Seeds.Catalog("oktawave").FindPlan("gold")!.Current with { Credits = ladder };

    private static readonly Dictionary<string, decimal> ThreeOci = new() { ["OCI"] = 3 };

    [Fact]
    public void Credit_is_monotone_non_increasing_in_uptime_and_never_above_the_cap() =>
        Gen.Select(Ladder, Uptime, Uptime).Sample((ladder, a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var version = WithLadder(ladder);
            var atLow = CreditCalculator.Calculate(version, low, ThreeOci);
            var atHigh = CreditCalculator.Calculate(version, high, ThreeOci);
            Assert.True(atLow.Percent >= atHigh.Percent, $"{low} % earns {atLow.Percent} %, {high} % earns {atHigh.Percent} %");
            Assert.True(atLow.Amount >= atHigh.Amount);
            if (ladder.CapPercent is { } cap) Assert.True(atLow.Percent <= cap && atHigh.Percent <= cap);
            Assert.Equal(ladder.CreditFor(low), atLow.Percent);
        });

    [Fact]
    public void The_seed_ladders_are_monotone_and_never_above_their_top_step()
    {
        var catalog = Seeds.Catalog("oktawave");
        foreach (var plan in new[] { "silver", "gold", "platinum" })
        {
            var version = catalog.FindPlan(plan)!.Current;
            var top = version.Credits!.Steps.Max(s => s.CreditPercent);
            Gen.Select(Uptime, Uptime).Sample((a, b) =>
            {
                var (low, high) = a <= b ? (a, b) : (b, a);
                var atLow = CreditCalculator.Calculate(version, low, ThreeOci).Percent;
                var atHigh = CreditCalculator.Calculate(version, high, ThreeOci).Percent;
                Assert.True(atLow >= atHigh, $"{plan}: {low} % earns {atLow} %, {high} % earns {atHigh} %");
                Assert.True(atLow <= top);
            });
        }
    }

    [Fact]
    public void Any_ladder_even_an_odd_one_never_pays_above_its_cap() =>
        Gen.Select(Gen.Int[9_000, 10_000].Array[1, 6], Gen.Int[0, 300].Array[6], Gen.Int[0, 400], Uptime)
            .Sample((thresholds, credits, cap, uptime) =>
            {
                var steps = thresholds.Distinct().Zip(credits, (t, c) => new CreditStep(t / 100m, c)).ToImmutableArray();
                var ladder = new CreditLadder(steps, cap, LocalizedText.Empty, LocalizedText.Empty);
                Assert.True(CreditCalculator.Calculate(WithLadder(ladder), uptime, ThreeOci).Percent <= cap);
            });
}
