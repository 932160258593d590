using NodaTime;
using PlanDsl.Cli.Commands;
using PlanDsl.Compiler;
using PlanDsl.Compiler.Emit;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Fuzzing;

/// <summary>
/// Target <c>build</c>: the bytes as plan files written to a fresh folder and checked as <c>plandsl check</c>
/// does; what checks clean must <c>plandsl build</c> (exit 0), load, and answer fixed sample tickets and
/// uptimes exactly as the interpreter does. An internal error, a failed build or load, or a differing
/// answer is a finding.
/// </summary>
public sealed class BuildTarget : IFuzzTarget
{
    /// <summary>Sample openings: a Monday morning, a Saturday night, New Year, the EU spring-forward hour, a leap day.</summary>
    private static readonly Instant[] Openings =
    {
        Instant.FromUtc(2026, 10, 5, 8, 0),
        Instant.FromUtc(2026, 10, 10, 23, 59, 30),
        Instant.FromUtc(2027, 1, 1, 0, 0),
        Instant.FromUtc(2026, 3, 29, 1, 30),
        Instant.FromUtc(2028, 2, 29, 16, 45),
    };

    private static readonly decimal[] Uptimes = { 100m, 99.95m, 99.5m, 99.0m, 95m, 0m, -1m, 101m };

    /// <summary>At most this many plans, severities and kinds are sampled per catalog (each exec must stay fast).</summary>
    private const int SampleLimit = 4;

    private static readonly Lazy<string> Folder = ProcessTempFolder.Create("plandsl-fuzz-build-");

    public string Name => "build";

    public void Run(byte[] input)
    {
        var work = Path.Combine(Folder.Value, Guid.NewGuid().ToString("N"));
        var sources = Path.Combine(work, "plans");
        var output = Path.Combine(work, "out");
        try
        {
            foreach (var file in PlanInput.Files(input))
            {
                var path = Path.Combine(sources, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }
            var check = Workspace.CompileAll(new[] { "plans" }, work);
            FrontEndTarget.ThrowOnInternalError(check, "check");
            if (check.HasErrors || check.Catalogs.Count == 0) return;

            var printed = new StringWriter();
            var errors = new StringWriter();
            var exit = BuildCommand.Run(new[] { "plans" }, "out", false, printed, errors, work);
            if (exit != 0)
            {
                var problems = printed.ToString().Split('\n').Concat(errors.ToString().Split('\n')).Where(l => l.Contains("error", StringComparison.Ordinal)).Select(l => l.Trim());
                throw new FuzzFinding($"check is clean but build exits {exit}: {string.Join(" | ", problems)}");
            }
            foreach (var catalog in check.Catalogs)
            {
                var dll = Path.Combine(output, CatalogEmitter.AssemblyNameOf(catalog.Id) + ".dll");
                using var loaded = PlanCatalog.Load(dll);
                Compare(catalog, loaded.Catalog);
            }
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static void Compare(ResolvedCatalog catalog, CompiledCatalog compiled)
    {
        var interpreter = new TicketEvaluator(catalog, new CalendarSet(catalog));
        var severities = catalog.Severities.Take(SampleLimit).Select(s => (string?)s.Id).Append(null).ToArray();
        var kinds = catalog.Kinds.Take(SampleLimit).Select(k => (string?)k.Id).Prepend(null).ToArray();
        foreach (var plan in catalog.Plans.Take(SampleLimit))
        {
            foreach (var severity in severities)
                foreach (var kind in kinds)
                    foreach (var opened in Openings)
                    {
                        var events = new[]
                        {
                            new TicketEvent(opened + Duration.FromMinutes(90), TicketEventType.Responded),
                            new TicketEvent(opened + Duration.FromDays(3), TicketEventType.Resolved),
                        };
                        foreach (var ticket in new[] { new Ticket(severity, opened, kind), new Ticket(severity, opened, kind, Events: events) })
                            Same(catalog, $"plan {plan.Id}, severity {severity ?? "-"}, kind {kind ?? "-"}, opened {AnswerText.Of(opened)}, {ticket.History.Count} events",
                                AnswerText.Of(() => AnswerText.Of(catalog, interpreter.Evaluate(plan.Id, ticket))),
                                AnswerText.Of(() => AnswerText.Of(catalog, compiled.Evaluate(plan.Id, ticket))));
                    }
            var index = compiled.PlanIndex(plan.Id);
            foreach (var uptime in Uptimes)
                Same(catalog, $"plan {plan.Id}, credit at {uptime} %",
                    AnswerText.Of(() => AnswerText.Of(plan.Current.Credits?.CreditFor(uptime) ?? 0m)),
                    AnswerText.Of(() => AnswerText.Of(compiled.CreditPercent(index, uptime))));
        }
    }

    private static void Same(ResolvedCatalog catalog, string question, string interpreted, string compiled)
    {
        if (interpreted != compiled)
            throw new FuzzFinding($"catalog {catalog.Id}, {question}: the compiled answer differs\ninterpreter: {interpreted}\ncompiled:    {compiled}");
    }
}
