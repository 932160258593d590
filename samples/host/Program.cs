using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Samples.Host;

/// <summary>
/// A host of compiled catalogs: loads every <c>&lt;CatalogId&gt;.Plans.dll</c> next to itself (put
/// there by the PlanDsl.Build targets), asks a few questions, unloads, reloads one catalog (a hot
/// swap) and asks again. Each answer is checked against the worked examples of docs/semantics.md
/// (values computed by hand), so that CI notices a wrong one.
/// Exit codes: 0 all answers as expected, 1 a wrong answer, 2 a catalog missing or refused.
/// Usage: <c>dotnet run --project samples/host [-- &lt;folder with catalog dlls&gt;]</c>.
/// </summary>
public static class Program
{
    private static readonly OffsetDateTimePattern Iso =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    private static readonly string[] ExpectedCatalogs = { "domo", "kolmisoft", "oktawave", "ombori", "otrs" };

    private static int _failures;

    public static int Main(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : AppContext.BaseDirectory;
        var dlls = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.Plans.dll").OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
        if (dlls.Length == 0)
        {
            Console.Error.WriteLine($"host: no *.Plans.dll in {folder} (are the catalogs built? see PlanDslCatalog in the csproj)");
            return 2;
        }

        var loaded = new Dictionary<string, LoadedCatalog>(StringComparer.Ordinal);
        try
        {
            foreach (var dll in dlls)
            {
                var catalog = PlanCatalog.Load(dll);
                loaded[catalog.Catalog.CatalogId] = catalog;
                Console.WriteLine($"loaded {Path.GetFileName(dll)}: catalog '{catalog.Catalog.CatalogId}', {catalog.Catalog.Model.Plans.Length} plan(s)");
            }
            var missing = ExpectedCatalogs.Where(id => !loaded.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"host: catalog(s) not found: {string.Join(", ", missing)}");
                return 2;
            }

            Ask(loaded["ombori"].Catalog, loaded["oktawave"].Catalog);
        }
        catch (PlanCatalogLoadException e)
        {
            Console.Error.WriteLine($"host: {e.Message}");
            return 2;
        }
        finally
        {
            foreach (var catalog in loaded.Values) catalog.Dispose();
        }
        Console.WriteLine($"unloaded {loaded.Count} catalog(s)");

        // Hot swap: load the Ombori assembly again after unloading it; the new copy answers the same.
        var omboriDll = dlls.First(d => Path.GetFileName(d).StartsWith("ombori.", StringComparison.Ordinal));
        try
        {
            using (var reloaded = PlanCatalog.Load(omboriDll))
            {
                Check("reloaded: Ombori Production, critical, opened Sat 2026-10-03 20:45+02:00 -> response due",
                    Format(reloaded.Catalog.ResponseDue("production", "critical", null, At("2026-10-03T20:45:00+02:00")), 2),
                    "2026-10-04T08:15:00+02:00");
            }
            Console.WriteLine("unloaded the reloaded catalog");
        }
        catch (PlanCatalogLoadException e)
        {
            Console.Error.WriteLine($"host: {e.Message}");
            return 2;
        }

        Console.WriteLine(_failures == 0 ? "host: all answers as expected" : $"host: {_failures} answer(s) not as expected");
        return _failures == 0 ? 0 : 1;
    }

    private static void Ask(CompiledCatalog ombori, CompiledCatalog oktawave)
    {
        // Ombori Production is open Mon-Sun 08:00-21:00 CET; 30 min for a critical ticket: 15 min on
        // Saturday evening, 15 min from Sunday 08:00 (docs/semantics.md, "Worked examples").
        var opened = At("2026-10-03T20:45:00+02:00");
        Check("Ombori Production, critical, opened Sat 2026-10-03 20:45+02:00 -> response due",
            Format(ombori.ResponseDue("production", "critical", null, opened), 2), "2026-10-04T08:15:00+02:00");

        var evaluation = ombori.Evaluate("production", new Ticket("critical", opened));
        Check("  the same ticket evaluated whole -> response due",
            Format(evaluation.Response.Due, 2), "2026-10-04T08:15:00+02:00");
        Check("  unanswered -> first status update due",
            Format(evaluation.NextStatusUpdate?.Due, 2), "2026-10-04T09:15:00+02:00");

        // Phone runs on the plan's hours (production_hours); a stretch includes its start, excludes its end.
        var phoneCalendar = PhoneCalendar(ombori, "production");
        var calendar = ombori.CalendarIndex(phoneCalendar);
        Check($"Ombori Production phone ({phoneCalendar}) open at Sat 2026-10-03 20:45+02:00",
            ombori.IsOpen(calendar, opened), true);
        Check($"Ombori Production phone ({phoneCalendar}) open at Sat 2026-10-03 21:00+02:00",
            ombori.IsOpen(calendar, At("2026-10-03T21:00:00+02:00")), false);

        // Oktawave's ladders (docs/semantics.md, "Credits"): 99.41 % is below 99.6 but not below 99.4.
        Check("Oktawave Gold credit at 99.41 % uptime", oktawave.CreditPercent(oktawave.PlanIndex("gold"), 99.41m), 10m);
        Check("Oktawave Silver credit at 99.41 % uptime", oktawave.CreditPercent(oktawave.PlanIndex("silver"), 99.41m), 0m);
        Check("Oktawave Platinum credit at 98.7 % uptime", oktawave.CreditPercent(oktawave.PlanIndex("platinum"), 98.7m), 300m);

        // Oktawave Gold on Independence Day: a failure runs 24/7 (1 h), a deployment on working days
        // 08:00-20:00 (4 h from Thursday 08:00).
        var holiday = At("2026-11-11T03:00:00+01:00");
        Check("Oktawave Gold failure opened Wed 2026-11-11 03:00+01:00 -> response due",
            Format(oktawave.ResponseDue("gold", null, "failure", holiday), 1), "2026-11-11T04:00:00+01:00");
        Check("Oktawave Gold deployment opened Wed 2026-11-11 03:00+01:00 -> response due",
            Format(oktawave.ResponseDue("gold", null, "deployment", holiday), 1), "2026-11-12T12:00:00+01:00");
    }

    /// <summary>The calendar of a plan's phone channel, from the catalog model the assembly carries.</summary>
    private static string PhoneCalendar(CompiledCatalog catalog, string plan)
    {
        var version = catalog.Model.FindPlan(plan)?.Current
            ?? throw new InvalidOperationException($"no plan '{plan}' in catalog '{catalog.CatalogId}'");
        var phone = version.Channels.FirstOrDefault(c => c.Channel == "phone");
        return phone?.Calendar ?? version.Hours
            ?? throw new InvalidOperationException($"plan '{plan}' has no phone calendar");
    }

    private static Instant At(string text) => Iso.Parse(text).GetValueOrThrow().ToInstant();

    private static string Format(Instant? instant, int offsetHours) =>
        instant is null ? "none" : Iso.Format(instant.Value.WithOffset(Offset.FromHours(offsetHours)));

    private static void Check<T>(string question, T actual, T expected)
    {
        var ok = EqualityComparer<T>.Default.Equals(actual, expected);
        if (!ok) _failures++;
        Console.WriteLine(ok
            ? $"  ok    {question}: {actual}"
            : $"  WRONG {question}: {actual} (expected {expected})");
    }
}
