using CsCheck;
using Xunit.Abstractions;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Random catalogs (<see cref="RandomCatalogText"/>) compiled in memory, built to assemblies, loaded and asked
/// the same random questions as the interpreter.
/// </summary>
public sealed class RandomCatalogDifferentialTests
{
    /// <summary>100 catalogs; PLANDSL_DIFFERENTIAL_SCALE=n runs n times as many (a longer soak).</summary>
    private static readonly int Catalogs = 100 * CompiledKit.Scale;

    private readonly ITestOutputHelper _output;

    public RandomCatalogDifferentialTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Compiled_random_catalogs_answer_every_question_as_the_interpreter()
    {
        long cases = 0, invalid = 0, built = 0;
        var firstError = "";
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        Gen.Int.Sample(seed =>
        {
            var text = RandomCatalogText.Write(seed);
            var catalog = CompiledKit.CompileOrNull(text, out var diagnostics);
            if (catalog is null)
            {
                if (Interlocked.Increment(ref invalid) == 1) firstError = diagnostics + "\n" + text;
                var error = diagnostics.Split('\n').First(l => l.Contains(": error ", StringComparison.Ordinal));
                var line = int.Parse(error[(error.IndexOf('(') + 1)..error.IndexOf(',')], System.Globalization.CultureInfo.InvariantCulture);
                errors.Add(error + "\n" + string.Join("\n", text.Split('\n').Skip(Math.Max(0, line - 6)).Take(7)));
                return;
            }
            using var loaded = CompiledKit.BuildAndLoad(catalog);
            var differential = new Differential(catalog, loaded.Catalog);
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
                throw new Xunit.Sdk.XunitException($"random catalog (seed {seed}):\n{text}\n{e.Message}");
            }
            Interlocked.Add(ref cases, differential.Cases);
            Interlocked.Increment(ref built);
        }, iter: Catalogs, threads: 1);
        _output.WriteLine($"{built} random catalogs, {cases} cases compared; {invalid} generated catalogs had errors");
        foreach (var error in errors) _output.WriteLine("  " + error);
        Assert.True(invalid * 5 <= Catalogs, $"{invalid} of {Catalogs} random catalogs do not compile; the first:\n{firstError}");
        Assert.True(cases >= 70_000, $"only {cases} cases");
    }
}
