using PlanDsl.Runtime.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Each seed catalog built to an assembly, loaded, and asked the same random questions as the interpreter:
/// whole tickets, response due instants, calendar arithmetic on every calendar, credits and coverage. Each
/// catalog has its committed seed (<see cref="Randomized"/>; PLANDSL_FRESH_RANDOM=1 for fresh ones).
/// </summary>
public sealed class SeedDifferentialTests
{
    private readonly ITestOutputHelper _output;

    public SeedDifferentialTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("domo", "77OVhO7uIU1Bxz061")]
    [InlineData("kolmisoft", "3LySkZRdaOUegpoZ1")]
    [InlineData("oktawave", "4ngeHhQqdaX5p6y4")]
    [InlineData("ombori", "0wtaIzrVO2SkJCmP")]
    [InlineData("otrs", "5e0mvbQtBX8pcpAO1")]
    public void Compiled_seed_answers_every_question_as_the_interpreter(string seed, string randomSeed)
    {
        var differential = new Differential(Seeds.Catalog(seed), CompiledKit.Seed(seed), Randomized.Seed(randomSeed, _output.WriteLine));
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
