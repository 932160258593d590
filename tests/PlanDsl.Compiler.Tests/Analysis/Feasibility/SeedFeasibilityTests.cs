using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Tests.Infrastructure;
using static PlanDsl.Compiler.Tests.Analysis.AnalysisTestKit;

namespace PlanDsl.Compiler.Tests.Analysis.Feasibility;

/// <summary>What the seeds state and suppress for the feasibility rule is load-bearing: without it, the findings are real.</summary>
public class SeedFeasibilityTests
{
    private static SourceFile Seed(string path, Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Plans, path));
        return new SourceFile(path, edit is null ? text : edit(text));
    }

    private static string WithoutLines(string text, string containing) =>
        string.Join("\n", text.Split('\n').Where(line => !line.Contains(containing, StringComparison.Ordinal)));

    [Fact]
    public void Without_the_suppressions_Easter_and_Pentecost_Sunday_close_nothing_on_Oktawaves_weekday_calendars()
    {
        var result = Compile(
            Seed("oktawave/catalog.plan"),
            Seed("shared/polish-holidays.plan", text => WithoutLines(text, "plandsl-disable-next-line")));

        Assert.Equal(new[]
        {
            "shared/polish-holidays.plan(12,3): warning PD0833: holiday 'Easter Sunday' (easter) closes nothing: from 2026 to 2045 it falls only on Sundays, when calendars 'dni_robocze_8_20' and 'godziny_bok' are closed",
            "shared/polish-holidays.plan(16,3): warning PD0833: holiday 'Pentecost Sunday' (easter +49) closes nothing: from 2026 to 2045 it falls only on Sundays, when calendars 'dni_robocze_8_20' and 'godziny_bok' are closed",
        }, result.Diagnostics.Select(d => d.ToMsBuildString()));
    }

    [Fact]
    public void The_seeds_as_written_have_no_feasibility_or_entitlement_finding()
    {
        var result = Compile(Seed("oktawave/catalog.plan"), Seed("shared/polish-holidays.plan"));
        result.None("PD0830", "PD0831", "PD0832", "PD0833", "PD0834", "PD0804");
        foreach (var seed in new[] { "domo/catalog.plan", "kolmisoft/catalog.plan", "ombori/catalog.plan", "otrs/catalog.plan" })
            Assert.Empty(Compile(Seed(seed)).Diagnostics);
    }

    [Fact]
    public void Without_its_statement_Omboris_production_response_waits_overnight()
    {
        var result = Compile(Seed("ombori/catalog.plan", text => WithoutLines(text, "outside hours: tickets wait")));

        var production = result.Findings("PD0830").Single(d => d.Message.StartsWith("Critical response 30 min", StringComparison.Ordinal));
        Assert.Equal("Critical response 30 min on 'production_hours' (Mon-Sun 08:00-21:00): a ticket opened Mon 21:00 waits until Tue 08:00 and is due Tue 08:30; say 'outside hours: tickets wait' if that is the promise",
            production.Message);
    }
}
