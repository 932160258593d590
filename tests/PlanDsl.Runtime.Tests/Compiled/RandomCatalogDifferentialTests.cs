using CsCheck;
using PlanDsl.Runtime.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Random catalogs (<see cref="RandomCatalogText"/>) compiled in memory, built to assemblies, loaded and asked
/// the same random questions as the interpreter. The catalogs come from a committed seed (<see cref="Randomized"/>);
/// every seed that ever failed is a committed case of its own.
/// </summary>
public sealed class RandomCatalogDifferentialTests
{
    /// <summary>100 catalogs; PLANDSL_DIFFERENTIAL_SCALE=n runs n times as many (a longer soak).</summary>
    private static readonly int Catalogs = 100 * CompiledKit.Scale;

    private const string CommittedSeed = "3IjbiIn7eLt4bHSg1";

    /// <summary>The skip reason of the cases that wait for another branch's fix.</summary>

    private readonly ITestOutputHelper _output;

    public RandomCatalogDifferentialTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Compiled_random_catalogs_answer_every_question_as_the_interpreter()
    {
        var run = new Tally();
        Gen.Int.Run(Randomized.Seed(CommittedSeed, _output.WriteLine), Catalogs, seed => Compare(seed, run), print: seed => $"RandomCatalogText.Write({seed})");
        _output.WriteLine($"{run.Built} random catalogs, {run.Cases} cases compared; {run.Invalid} generated catalogs had errors");
        foreach (var error in run.Errors) _output.WriteLine("  " + error);
        Assert.True(run.Invalid * 5 <= Catalogs, $"{run.Invalid} of {Catalogs} random catalogs do not compile; the first:\n{run.FirstError}");
        Assert.True(run.Cases >= 70_000, $"only {run.Cases} cases");
    }

    /// <summary>
    /// CI failed with CsCheck_Seed=8lMRTTstL9Q1 (issue 11, item 1): catalog -3518 has a plan whose versions have
    /// `response 1 week on always` and then `3 days` on a calendar open 15 minutes a day (Tue-Thu 00:00-00:15),
    /// effective 2026-10-13; the versions analysis (VersionChangesCheck -> CatalogDiff.ClassifyTarget ->
    /// ReferenceWeek.Measure) overflows Duration.ToInt64Nanoseconds and the compiler reports PD0009.
    /// </summary>
    [Fact]
    public void Seed_8lMRTTstL9Q1_a_week_on_always_then_3_days_on_a_quarter_hour_calendar_builds_and_answers_as_the_interpreter()
    {
        var run = new Tally();
        Gen.Int.Run("8lMRTTstL9Q1", 1, seed =>
        {
            Assert.Equal(-3518, seed);
            Compare(seed, run);
        });
        Assert.Equal(1, run.Built);
    }

    /// <summary>
    /// A fresh random run (before seeds were committed) failed with CsCheck_Seed=eZMYNAe-_go1, catalog -53927:
    /// PD0009 (OverflowException) in check, on the code before issue 11's overflow fixes.
    /// </summary>
    [Fact]
    public void Seed_eZMYNAe_go1_checks_without_an_internal_error_and_answers_as_the_interpreter()
    {
        var run = new Tally();
        Gen.Int.Run("eZMYNAe-_go1", 1, seed =>
        {
            Assert.Equal(-53927, seed);
            Compare(seed, run);
        });
        Assert.Equal(1, run.Built + run.Invalid);
    }

    /// <summary>The same catalog cut down to what makes it fail, so that the case stays when the generator changes.</summary>
    [Fact]
    public void Seed_8lMRTTstL9Q1_minimised_checks_without_an_internal_error()
    {
        const string text = """
            catalog c64 "Seed 8lMRTTstL9Q1" {
              currency: EUR
              timezone: "Europe/London"
            }
            calendar tiny "Tiny" {
              timezone: "Europe/Warsaw"
              hours: Tue-Thu 00:00-00:15
            }
            plan p0 "P" {
              hours: tiny
              targets {
                | response |
                | 1 week on always |
              }
            }
            plan p0 "P" {
              effective: 2026-10-13
              targets {
                | response |
                | 3 days |
              }
            }
            """;
        var catalog = CompiledKit.CompileOrNull(text, out var diagnostics);
        Assert.DoesNotContain("PD0009", diagnostics, StringComparison.Ordinal);
        Assert.NotNull(catalog);
        using var loaded = CompiledKit.BuildAndLoad(catalog);
        var differential = new Differential(catalog, loaded.Catalog, "8lMRTTstL9Q1");
        differential.Tickets(200);
        differential.ResponseDue(100);
    }

    private static void Compare(int seed, Tally run)
    {
        var text = RandomCatalogText.Write(seed);
        var catalog = CompiledKit.CompileOrNull(text, out var diagnostics);
        if (diagnostics.Contains("PD0009", StringComparison.Ordinal))
            throw new Xunit.Sdk.XunitException($"random catalog {seed}: internal compiler error\n{diagnostics}\n{text}");
        if (catalog is null)
        {
            run.AddInvalid(diagnostics, text);
            return;
        }
        using var loaded = CompiledKit.BuildAndLoad(catalog);
        var differential = new Differential(catalog, loaded.Catalog, Randomized.Derive(seed));
        try
        {
            differential.Tickets(200);
            differential.ResponseDue(100);
            differential.Calendars(400);
            differential.Credits(80);
            differential.Coverage(120);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"random catalog {seed}:\n{text}\n{e.Message}");
        }
        run.AddBuilt(differential.Cases);
    }

    /// <summary>What a run of random catalogs found.</summary>
    private sealed class Tally
    {
        public long Cases, Invalid, Built;
        public string FirstError = "";
        public readonly List<string> Errors = new();

        public void AddBuilt(long cases)
        {
            Cases += cases;
            Built++;
        }

        public void AddInvalid(string diagnostics, string text)
        {
            if (++Invalid == 1) FirstError = diagnostics + "\n" + text;
            var error = diagnostics.Split('\n').First(l => l.Contains(": error ", StringComparison.Ordinal));
            var open = error.IndexOf('(');
            var comma = open < 0 ? -1 : error.IndexOf(',', open);
            var line = comma > open && int.TryParse(error[(open + 1)..comma], System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : 1;
            Errors.Add(error + "\n" + string.Join("\n", text.Split('\n').Skip(Math.Max(0, line - 6)).Take(7)));
        }
    }
}
