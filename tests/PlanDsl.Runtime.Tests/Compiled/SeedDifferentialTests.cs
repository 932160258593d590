using PlanDsl.Runtime.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Each seed catalog built to an assembly, loaded, and asked the same random questions as the interpreter:
/// whole tickets, response due instants, calendar arithmetic on every calendar, credits and coverage.
/// </summary>
public sealed class SeedDifferentialTests
{
    private readonly ITestOutputHelper _output;

    public SeedDifferentialTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> SeedNames => CompiledKit.SeedNames.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Compiled_seed_answers_every_question_as_the_interpreter(string seed)
    {
        var differential = new Differential(Seeds.Catalog(seed), CompiledKit.Seed(seed));
        var scale = CompiledKit.Scale;
        differential.Tickets(8000 * scale);
        differential.ResponseDue(2000 * scale);
        differential.Calendars(10000 * scale);
        differential.Credits(1500 * scale);
        differential.Coverage(1500 * scale);
        _output.WriteLine($"{seed}: {differential.Cases} cases compared, {differential.Refusals}");
        Assert.True(differential.Cases >= 20_000, $"only {differential.Cases} cases");
    }
}
