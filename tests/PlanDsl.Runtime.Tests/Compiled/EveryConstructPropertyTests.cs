using CsCheck;
using PlanDsl.Compiler;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Formatting;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// The in-process property test of issue 11: catalogs that use every construct of docs/language.md with extreme
/// values (<see cref="RandomCatalogOptions.Everything"/>), from a committed seed. (a) The compiler never reports
/// PD0009 and never throws; (b) a catalog that checks clean builds, loads and answers as the interpreter;
/// (c) formatting is idempotent and keeps the catalog's meaning. PLANDSL_DIFFERENTIAL_SCALE=n runs n times as
/// many catalogs, PLANDSL_FRESH_RANDOM=1 fresh ones.
/// </summary>
public sealed class EveryConstructPropertyTests
{
    private static readonly int Catalogs = 30 * CompiledKit.Scale;

    private static readonly RandomCatalogOptions Options = RandomCatalogOptions.Everything;

    private readonly ITestOutputHelper _output;

    public EveryConstructPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Catalogs_of_every_construct_check_without_an_internal_error_build_and_answer_as_the_interpreter()
    {
        long built = 0, invalid = 0, cases = 0;
        var errors = new Dictionary<string, int>();
        Gen.Int.Run(Randomized.Seed("2yqF2o4ANZd1hGw61", _output.WriteLine), Catalogs, seed =>
        {
            var text = RandomCatalogText.Write(seed, Options);
            var catalog = CheckWithoutInternalError(seed, text, out var diagnostics);
            if (catalog is null)
            {
                invalid++;
                foreach (var code in diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct())
                    errors[code] = errors.GetValueOrDefault(code) + 1;
                return;
            }
            using var loaded = CompiledKit.BuildAndLoad(catalog);
            var differential = new Differential(catalog, loaded.Catalog, Randomized.Derive(seed));
            differential.Tickets(60);
            differential.ResponseDue(30);
            differential.Calendars(120);
            differential.Credits(30);
            differential.Coverage(40);
            cases += differential.Cases;
            built++;
        }, print: seed => $"RandomCatalogText.Write({seed}, RandomCatalogOptions.Everything):\n{RandomCatalogText.Write(seed, Options)}", log: _output.WriteLine);
        _output.WriteLine($"{built} catalogs built, {cases} cases compared; {invalid} had errors ({string.Join(", ", errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} x{e.Value}"))})");
        Assert.True(built * 2 >= Catalogs, $"only {built} of {Catalogs} generated catalogs check clean: the generator writes too many errors");
    }

    [Fact]
    public void Formatting_catalogs_of_every_construct_is_idempotent_and_keeps_their_meaning()
    {
        long changed = 0;
        Gen.Int.Run(Randomized.Seed("5iVG3lxgCTsru7Sf", _output.WriteLine), Catalogs * 2, seed =>
        {
            var text = Messy(RandomCatalogText.Write(seed, Options));
            var once = PlanFormatter.Format(text, "random.plan");
            Assert.DoesNotContain(once.SyntaxErrors, d => d.Code == DiagnosticCodes.InternalError.Code);
            var twice = PlanFormatter.Format(once.Text, "random.plan");
            Assert.False(twice.Changed, "formatting a formatted file changed it again");
            Assert.Equal(once.Text, twice.Text);
            if (!once.Changed) return;
            changed++;
            var before = Workspace.CompileSources(new SourceFile("random.plan", text));
            var after = Workspace.CompileSources(new SourceFile("random.plan", once.Text));
            Assert.Equal(Codes(before), Codes(after));
            Assert.Equal(before.Catalogs.Select(ModelDump.Write), after.Catalogs.Select(ModelDump.Write));
        }, print: seed => $"Messy(RandomCatalogText.Write({seed}, RandomCatalogOptions.Everything))", log: _output.WriteLine);
        Assert.True(changed * 2 >= Catalogs * 2, $"only {changed} generated files needed formatting");
    }

    /// <summary>
    /// Found by this property (seed dFqhdPxAWwV1hGw61, catalog 149084866 of the first generator): a ticket on a plan
    /// whose resolution is `36500 days` is refused whole by the interpreter, "calendar 'cal1' has no open time in
    /// the next 10 years" (untrue: it opens every Sunday), while the compiled catalog answers its response. Issue 11
    /// item 10 (the search horizon must follow the target) fixes it; then turn on RandomCatalogOptions.Item10TargetsBeyondHorizon.
    /// </summary>
    [Fact]
    public void Seed_dFqhdPxAWwV1hGw61_a_resolution_of_100_years_on_a_weekly_calendar_is_answered_by_both()
    {
        var catalog = CompiledKit.CompileOrNull("""
            catalog c663 "Horizon" {
              timezone: "America/New_York"
            }
            calendar cal1 "Sundays" {
              timezone: "Asia/Kolkata"
              hours: Sun 08:00-05:45
            }
            plan p0 "P" {
              hours: cal1
              targets {
                | response | resolution |
                | 7 h | 36500 days |
              }
            }
            """, out var diagnostics) ?? throw new InvalidOperationException(diagnostics);
        using var loaded = CompiledKit.BuildAndLoad(catalog);
        var opened = NodaTime.Instant.FromUtc(2040, 11, 4, 13, 0);
        var interpreter = new global::PlanDsl.Runtime.Tickets.TicketEvaluator(catalog, new global::PlanDsl.Runtime.Calendars.CalendarSet(catalog)).Evaluate("p0", new global::PlanDsl.Runtime.Tickets.Ticket(null, opened, null));
        Assert.Equal(loaded.Catalog.ResponseDue("p0", null, null, opened), interpreter.Response.Due);
        Assert.Equal(Canonical.Of(loaded.Catalog.Evaluate("p0", new global::PlanDsl.Runtime.Tickets.Ticket(null, opened, null))), Canonical.Of(interpreter));
    }

    /// <summary>The catalog compiled; PD0009 or an exception fails the property with the catalog's text. Null when it has errors.</summary>
    private static ResolvedCatalog? CheckWithoutInternalError(int seed, string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        CompilationResult result;
        try { result = Workspace.CompileSources(new SourceFile("random.plan", text)); }
        catch (Exception e) { throw new Xunit.Sdk.XunitException($"catalog {seed}: the compiler threw {e}\n{text}"); }
        diagnostics = result.Diagnostics;
        var internalErrors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InternalError.Code).ToList();
        Assert.True(internalErrors.Count == 0, $"catalog {seed}: {string.Join("\n", internalErrors)}\n{text}");
        return result.HasErrors || result.Catalogs.Count != 1 ? null : result.Catalogs[0];
    }

    private static IEnumerable<string> Codes(CompilationResult result) => result.Diagnostics.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal);

    /// <summary>The same statements laid out badly: indents lost or doubled, spaces around table bars, trailing blanks.</summary>
    private static string Messy(string text) => string.Join("\n", text.Split('\n').Select((line, i) => (i % 3) switch
    {
        0 => line.TrimStart(),
        1 => "    " + line.Replace(" | ", "|", StringComparison.Ordinal) + "   ",
        _ => line,
    }));
}
