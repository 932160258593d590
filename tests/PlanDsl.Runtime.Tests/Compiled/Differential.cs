using CsCheck;
using NodaTime;
using PlanDsl.Runtime.Billing;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Compiled;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// The interpreter and a compiled catalog asked the same random questions side by side; every answer (or
/// refusal) must be the same to the nanosecond and to the decimal scale. Returns how many cases were compared.
/// The questions come from a committed seed (<see cref="Randomized"/>), the same on every run.
/// </summary>
internal sealed class Differential
{
    private readonly ResolvedCatalog _catalog;
    private readonly CompiledCatalog _compiled;
    private readonly CalendarSet _calendars;
    private readonly TicketEvaluator _interpreter;
    private readonly CatalogInputs _inputs;
    private readonly string _seed;
    private long _cases, _refusals;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _refusalKinds = new();

    public Differential(ResolvedCatalog catalog, CompiledCatalog compiled, string seed)
    {
        _seed = seed;
        _catalog = catalog;
        _compiled = compiled;
        _calendars = new CalendarSet(catalog);
        _interpreter = new TicketEvaluator(catalog, _calendars);
        _inputs = new CatalogInputs(catalog);
    }

    public long Cases => Interlocked.Read(ref _cases);

    /// <summary>How many of the compared answers were refusals (the same exception on both sides), by message start.</summary>
    public string Refusals => $"{Interlocked.Read(ref _refusals)} refusals ({string.Join("; ", _refusalKinds.OrderByDescending(k => k.Value).Take(6).Select(k => $"{k.Value}x {k.Key}"))})";

    private void Same(string expected, string actual, Func<string> input)
    {
        Interlocked.Increment(ref _cases);
        if (expected.StartsWith('!'))
        {
            Interlocked.Increment(ref _refusals);
            _refusalKinds.AddOrUpdate(expected[..Math.Min(60, expected.Length)], 1, (_, n) => n + 1);
        }
        if (expected != actual)
            throw new Xunit.Sdk.XunitException($"catalog {_catalog.Id}: compiled answer differs for {input()}\ninterpreter: {expected}\ncompiled:    {actual}");
    }

    public void Tickets(int iterations) =>
        Gen.Select(_inputs.Plans, _inputs.Tickets).Run(_seed, iterations, (plan, ticket) =>
        {
            Same(Canonical.Of(() => Canonical.Of(_interpreter.Evaluate(plan, ticket))),
                Canonical.Of(() => Canonical.Of(_compiled.Evaluate(plan, ticket))),
                () => Describe(plan, ticket));
        }, print: t => Describe(t.Item1, t.Item2));

    public void ResponseDue(int iterations) =>
        Gen.Select(_inputs.Plans, _inputs.Severities, _inputs.Instants, Gen.Int[0, Math.Max(0, _catalog.Kinds.Length - 1)]).Run(_seed, iterations, (plan, severity, opened, k) =>
        {
            var kind = _catalog.Kinds.IsEmpty ? null : _catalog.Kinds[k].Id;
            Same(Canonical.Of(() => Canonical.Of(_interpreter.Evaluate(plan, new Ticket(severity, opened, kind)).Response.Due)),
                Canonical.Of(() => Canonical.Of(_compiled.ResponseDue(plan, severity, kind, opened))),
                () => $"ResponseDue({plan}, {severity}, {kind}, {Canonical.Of(opened)})");
        });

    public void Calendars(int iterations)
    {
        if (_catalog.Calendars.IsEmpty) return;
        Gen.Select(Gen.Int[0, _catalog.Calendars.Length - 1], _inputs.Instants, CatalogInputs.Durations, Gen.Int[0, 12], Gen.Int[0, 5]).Run(_seed, iterations, (index, t, d, days, op) =>
        {
            var reference = _calendars.Get(_catalog.Calendars[index].Id);
            var compiled = _compiled.Calendar(index);
            Assert.Equal(index, _compiled.CalendarIndex(reference.Id));
            string Input() => $"calendar {reference.Id} op {op} at {Canonical.Of(t)} duration {Canonical.Of(d)} days {days}";
            switch (op)
            {
                case 0:
                    Same(Canonical.Of(() => reference.IsOpen(t).ToString()), Canonical.Of(() => _compiled.IsOpen(index, t).ToString()), Input);
                    break;
                case 1:
                    Same(Canonical.Of(() => Canonical.Of(reference.NextOpening(t))), Canonical.Of(() => Canonical.Of(compiled.NextOpening(t))), Input);
                    break;
                case 2:
                    Same(Canonical.Of(() => Canonical.Of(reference.Add(t, d))), Canonical.Of(() => Canonical.Of(compiled.Add(t, d))), Input);
                    break;
                case 3:
                    Same(Canonical.Of(() => Canonical.Of(reference.OpenTimeBetween(t, t + d))), Canonical.Of(() => Canonical.Of(compiled.OpenTimeBetween(t, t + d))), Input);
                    Same(Canonical.Of(() => Canonical.Of(reference.OpenTimeBetween(t + d, t))), Canonical.Of(() => Canonical.Of(compiled.OpenTimeBetween(t + d, t))), Input);
                    break;
                case 4:
                    Same(Canonical.Of(() => Canonical.Of(reference.AddBusinessDays(t, days))), Canonical.Of(() => Canonical.Of(compiled.AddBusinessDays(t, days))), Input);
                    break;
                default:
                    Same(Canonical.Of(() => Canonical.Of(reference.Add(t, new DurationSpec(d, days % 3)))), Canonical.Of(() => Canonical.Of(compiled.Add(t, new DurationSpec(d, days % 3)))), Input);
                    break;
            }
        });
    }

    public void Credits(int iterations)
    {
        var plans = _catalog.Plans.Select((p, i) => (p, i)).ToArray();
        Gen.Select(Gen.OneOf(plans), _inputs.Uptimes, Gen.Int[0, 10]).Run(_seed, iterations, (plan, uptime, v) =>
        {
            var (model, index) = plan;
            var version = model.Versions[v % model.Versions.Length];
            Same(Canonical.Of(model.Current.Credits?.CreditFor(uptime) ?? 0m), Canonical.Of(_compiled.CreditPercent(index, uptime)), () => $"credit {model.Id} {uptime}");
            if (version.EffectiveFrom is { } day)
            {
                Same(Canonical.Of(version.Credits?.CreditFor(uptime) ?? 0m), Canonical.Of(_compiled.CreditPercent(index, day, uptime)), () => $"credit {model.Id} on {day} {uptime}");
                // The calculator's own step choice and cap agree with the ladder.
                // (Given the units and the month its per-unit and per-day prices need: the credit's amount is of the fee.)
                if (version.Credits is { } ladder && uptime is >= 0 and <= 100)
                    Same(Canonical.Of(CreditCalculator.Calculate(version, uptime, UnitsOf(version), month: new YearMonth(2026, 10)).Percent), Canonical.Of(_compiled.CreditPercent(index, day, uptime)), () => $"calculator {model.Id} {uptime}");
            }
        });
    }

    public void Coverage(int iterations)
    {
        var languages = _catalog.Languages.Append("xx").Append(_catalog.DefaultLanguage).ToArray();
        Gen.Select(Gen.OneOf(_catalog.Plans.ToArray()), _inputs.Attributes, Gen.Frequency((3, Gen.Const<string?>((string?)null)), (1, Gen.OneOf<string?>(languages)))).Run(_seed, iterations, (plan, attributes, language) =>
        {
            Same(Canonical.Of(() => Canonical.Of(CoverageEvaluator.Evaluate(_catalog, plan.Current, attributes, language))),
                Canonical.Of(() => Canonical.Of(_compiled.Coverage(plan.Id, attributes, null, language))),
                () => $"coverage {plan.Id} [{Describe(attributes)}] in {language ?? "-"}");
        });
    }

    private static Dictionary<string, decimal> UnitsOf(PlanVersion version) =>
        version.Prices.Where(p => p.Kind == PriceKind.PerUnitRecurring).Select(p => p.Unit!).Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(u => u, _ => 3m);

    private static string Describe(IReadOnlyDictionary<string, object?>? attributes) =>
        attributes is null ? "-" : string.Join(", ", attributes.Select(kv => $"{kv.Key}={kv.Value ?? "null"} ({kv.Value?.GetType().Name})"));

    public static string Describe(string plan, Ticket t) =>
        $"plan {plan}, ticket sev {t.Severity ?? "null"} kind {t.Kind ?? "null"} channel {t.Channel ?? "null"} opened {Canonical.Of(t.Opened)} asOf {Canonical.Of(t.AsOf)} " +
        $"attributes [{Describe(t.Attributes)}] events [{string.Join("; ", t.History.Select(e => $"{e.Type} {Canonical.Of(e.At)} {e.Severity}"))}]";
}
