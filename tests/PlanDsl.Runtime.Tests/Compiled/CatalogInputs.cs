using System.Globalization;
using CsCheck;
using NodaTime;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Random questions for one catalog: tickets of every plan, severity (by name, number, alias or title) and
/// kind, opened 2015-2045 (often on a DST change, a holiday, a quarter hour or near the 2015/2040 edges of
/// the precomputed horizon) with histories of responses, updates, pauses, severity changes and resolution;
/// attribute sets for coverage rules (mostly valid, some not); uptimes around the credit thresholds.
/// </summary>
internal sealed class CatalogInputs
{
    private static readonly LocalDate First = new(2015, 1, 1);
    private static readonly LocalDate Last = new(2045, 12, 31);

    private readonly ResolvedCatalog _catalog;
    private readonly DateTimeZone[] _zones;
    private readonly LocalDate[] _interesting;
    private readonly Dictionary<string, List<RuleLiteral>> _ruleLiterals = new(StringComparer.Ordinal);

    public CatalogInputs(ResolvedCatalog catalog)
    {
        _catalog = catalog;
        _zones = catalog.Calendars.Select(c => c.TimeZone.Resolve()).Append(catalog.TimeZone.Resolve()).Append(DateTimeZone.Utc).Distinct().ToArray();
        var interesting = new SortedSet<LocalDate>();
        foreach (var zone in _zones)
            foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(2014, 6, 1, 0, 0), Instant.FromUtc(2046, 1, 1, 0, 0)))
                if (interval.HasStart && interval.Start > Instant.FromUtc(2014, 6, 1, 0, 0))
                {
                    var day = interval.Start.InZone(zone).Date;
                    interesting.Add(day.PlusDays(-1));
                    interesting.Add(day);
                }
        foreach (var calendar in catalog.Calendars)
            foreach (var rule in calendar.Holidays)
                for (var year = 2015; year <= 2045; year++)
                    if (rule.In(year) is { } date)
                    {
                        interesting.Add(date.PlusDays(-1));
                        interesting.Add(date);
                        interesting.Add(date.PlusDays(1));
                    }
        foreach (var plan in catalog.Plans)
            foreach (var version in plan.Versions)
                if (version.EffectiveFrom is { } from)
                {
                    interesting.Add(from.PlusDays(-1));
                    interesting.Add(from);
                }
        interesting.UnionWith(new[] { new LocalDate(2014, 12, 31), First, new LocalDate(2039, 12, 31), new LocalDate(2040, 1, 1) });
        _interesting = interesting.ToArray();
        foreach (var rule in catalog.Plans.SelectMany(p => p.Versions).SelectMany(v => v.Coverage).Concat(catalog.CatalogRules))
            Collect(rule.Condition);
    }

    private void Collect(ConditionNode? node)
    {
        switch (node)
        {
            case NotCondition n: Collect(n.Operand); break;
            case AndCondition a: Collect(a.Left); Collect(a.Right); break;
            case OrCondition o: Collect(o.Left); Collect(o.Right); break;
            case CompareCondition c: Literals(c.Attribute).Add(c.Value); break;
            case InCondition i: Literals(i.Attribute).AddRange(i.Values); break;
        }
    }

    private List<RuleLiteral> Literals(string attribute) =>
        _ruleLiterals.TryGetValue(attribute, out var list) ? list : _ruleLiterals[attribute] = new List<RuleLiteral>();

    // ---------------------------------------------------------------- instants

    private Gen<LocalDate> Dates => Gen.Frequency(
        (3, Gen.Int[0, Period.DaysBetween(First, Last)].Select(d => First.PlusDays(d))),
        (4, Gen.Int[0, _interesting.Length - 1].Select(i => _interesting[i])));

    private static readonly Gen<LocalTime> Times = Gen.Frequency(
        (5, Gen.Int[0, 95].Select(q => LocalTime.Midnight.PlusMinutes(q * 15))),
        (2, Gen.Int[0, 1439].Select(m => LocalTime.Midnight.PlusMinutes(m))),
        (1, Gen.Long[0, NodaConstants.NanosecondsPerDay - 1].Select(LocalTime.FromNanosecondsSinceMidnight)));

    /// <summary>An instant, read as a local time in one of the catalog's zones (lenient, as calendars read them), sometimes a tick off.</summary>
    public Gen<Instant> Instants => Gen.Select(Dates, Times, Gen.Int[0, _zones.Length - 1], Gen.Frequency((6, Gen.Const(0L)), (1, Gen.Long[-2, 2])),
        (date, time, zone, nudge) => (date + time).InZoneLeniently(_zones[zone]).ToInstant() + Duration.FromNanoseconds(nudge));

    public static readonly Gen<Duration> Durations = Gen.Frequency(
        (2, Gen.Const(Duration.Zero)),
        (4, Gen.Int[1, 48 * 4].Select(q => Duration.FromMinutes(q * 15))),
        (3, Gen.Long[1, 3_000_000].Select(Duration.FromSeconds)),
        (1, Gen.Long[1, 400L * 3600 * 1_000_000_000].Select(Duration.FromNanoseconds)),
        (1, Gen.Int[1, 9000].Select(h => Duration.FromHours(h))));

    // ---------------------------------------------------------------- tickets

    public Gen<string> Plans => Gen.Frequency(
        (40, Gen.OneOf(_catalog.Plans.Select(p => p.Id).ToArray())),
        (1, Gen.Const("no_such_plan")));

    private string[] SeverityNames() => _catalog.Severities.SelectMany(s =>
            new[] { s.Id, s.Number?.ToString(CultureInfo.InvariantCulture) }
                .Concat(s.Aliases).Concat(s.Aliases.Select(a => a.ToUpperInvariant()))
                .Concat(s.Title.Translations.Values.Select(t => t.ToLowerInvariant())))
        .Where(n => n is not null).Select(n => n!).Distinct().ToArray();

    public Gen<string?> Severities => _catalog.Severities.IsEmpty
        ? Gen.Frequency((30, Gen.Const<string?>((string?)null)), (1, Gen.Const<string?>("critical")))
        : Gen.Frequency((30, Gen.OneOf(SeverityNames()).Select(s => (string?)s)), (1, Gen.OneOf<string?>(null, "", "no such severity")));

    private Gen<string?> Kinds => _catalog.Kinds.IsEmpty
        ? Gen.Frequency((30, Gen.Const<string?>((string?)null)), (1, Gen.Const<string?>("deployment")))
        : Gen.Frequency((30, Gen.OneOf(_catalog.Kinds.Select(k => (string?)k.Id).ToArray())), (1, Gen.OneOf<string?>(null, "no_such_kind")));

    private Gen<string?> Channels => Some(
        (4, Gen.Const<string?>((string?)null)),
        (_catalog.Channels.IsEmpty ? 0 : 4, _catalog.Channels.IsEmpty ? Gen.Const<string?>((string?)null) : Gen.OneOf(_catalog.Channels.Select(c => (string?)c.Id).ToArray())),
        (1, Gen.Const<string?>("carrier_pigeon")));

    private static readonly Gen<Duration> EventOffsets = Gen.Frequency(
        (1, Gen.Const(Duration.Zero)),
        (4, Gen.Int[1, 600].Select(m => Duration.FromMinutes(m))),
        (3, Gen.Int[1, 300].Select(h => Duration.FromHours(h))),
        (2, Gen.Int[1, 90].Select(d => Duration.FromDays(d))),
        (1, Gen.Long[1, 30L * 24 * 3600].Select(Duration.FromSeconds)));

    private Gen<TicketEvent> Event(Instant opened) => Gen.Select(
        Gen.Frequency((60, EventOffsets), (1, Gen.Int[1, 120].Select(m => -Duration.FromMinutes(m)))),
        Gen.Frequency(
            (3, Gen.Const(TicketEventType.Responded)), (4, Gen.Const(TicketEventType.Updated)), (3, Gen.Const(TicketEventType.Paused)),
            (3, Gen.Const(TicketEventType.Resumed)), (1, Gen.Const(TicketEventType.SeverityChanged)), (1, Gen.Const(TicketEventType.Resolved))),
        Severities,
        (offset, type, severity) => new TicketEvent(opened + offset, type, type == TicketEventType.SeverityChanged ? severity : null));

    public Gen<Ticket> Tickets =>
        from opened in Instants
        from severity in Severities
        from kind in Kinds
        from channel in Channels
        from events in Gen.Frequency((3, Gen.Const(Array.Empty<TicketEvent>())), (5, Event(opened).Array[1, 7]))
        from asOf in Gen.Frequency((2, Gen.Const<Instant?>((Instant?)null)), (3, EventOffsets.Select(d => (Instant?)(opened + d))))
        from attributes in Gen.Frequency((6, Gen.Const<IReadOnlyDictionary<string, object?>?>((IReadOnlyDictionary<string, object?>?)null)), (2, Attributes))
        select new Ticket(severity, opened, kind, channel, attributes, events, asOf);

    // ---------------------------------------------------------------- attributes

    /// <summary>A few declared attributes with values of their type (now and then a wrong or undeclared one).</summary>
    public Gen<IReadOnlyDictionary<string, object?>?> Attributes
    {
        get
        {
            var entry = Gen.Frequency(
                (30, Gen.OneOf(_catalog.Attributes.ToArray()).SelectMany(a => Value(a).Select(v => (a.Id, v)))),
                (1, Gen.Const(("not_an_attribute", (object?)"x"))));
            return entry.Array[0, 5].Select(entries =>
            {
                var d = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (name, value) in entries) d[name] = value;
                return (IReadOnlyDictionary<string, object?>?)d;
            });
        }
    }

    private Gen<object?> Value(AttributeModel attribute)
    {
        var literals = _ruleLiterals.TryGetValue(attribute.Id, out var list) ? list : new List<RuleLiteral>();
        Gen<object?> FromLiterals(Func<RuleLiteral, object?> f, Gen<object?> otherwise) =>
            literals.Count == 0 ? otherwise : Gen.Frequency((3, Gen.OneOf(literals.Select(f).ToArray())), (2, otherwise));
        var valid = attribute.Type.Kind switch
        {
            ValueTypeKind.YesNo => Gen.OneOf<object?>(true, false, "yes", "no"),
            ValueTypeKind.Number => FromLiterals(l => l.Number + NudgeOf(l.GetHashCode()), Gen.Frequency(
                (2, Gen.Int[-5, 500].Select(i => (object?)i)), (2, Gen.Decimal[-10m, 1000m].Select(d => (object?)Math.Round(d, 2))), (1, Gen.Long[0, 100].Select(l => (object?)l)))),
            ValueTypeKind.Text => FromLiterals(l => l.Text, Gen.OneOf<object?>("", "a", "Linux", "linux", "x y")),
            ValueTypeKind.Choice => Some(
                (attribute.Type.Members.IsEmpty ? 0 : 8, attribute.Type.Members.IsEmpty ? Gen.Const<object?>((object?)null) : Gen.OneOf(attribute.Type.Members.Select(m => (object?)m.Id).ToArray())),
                (attribute.Id == "severity" && !_catalog.Severities.IsEmpty ? 2 : 0, _catalog.Severities.IsEmpty ? Gen.Const<object?>((object?)null) : Gen.OneOf(SeverityNames().Select(s => (object?)s).ToArray())),
                (attribute.Id == "severity" ? 1 : 0, Gen.Int[1, 4].Select(i => (object?)i))),
            ValueTypeKind.Duration => FromLiterals(l => (object?)(l.Duration + Duration.FromMinutes(NudgeOf(l.GetHashCode()))),
                Gen.Frequency((2, Gen.Int[0, 100].Select(h => (object?)Duration.FromHours(h))), (1, Gen.OneOf<object?>("PT4H", "PT30M", "P1D", "PT0S")))),
            ValueTypeKind.Date => FromLiterals(l => (object?)l.Date.PlusDays(NudgeOf(l.GetHashCode())),
                Gen.Frequency((2, Gen.Int[0, 4000].Select(d => (object?)new LocalDate(2020, 1, 1).PlusDays(d))), (1, Gen.OneOf<object?>("2026-10-05", "2020-01-01")))),
            ValueTypeKind.Money => FromLiterals(l => (object?)new Money(l.Money.Amount + NudgeOf(l.GetHashCode()), l.Money.Currency),
                Gen.Frequency((3, Gen.Decimal[0m, 1000m].Select(d => (object?)new Money(Math.Round(d, 2), "EUR"))), (1, Gen.OneOf<object?>("100.00 EUR", "5 PLN", new Money(10m, "USD"))))),
            _ => Gen.Const<object?>("?"),
        };
        return Gen.Frequency((40, valid), (2, Gen.Const<object?>((object?)null)), (1, Gen.OneOf<object?>(3.5, "not a value", 'c')));
    }

    /// <summary>Gen.Frequency over the alternatives that have a weight; null when none has.</summary>
    private static Gen<T?> Some<T>(params (int Weight, Gen<T?> Gen)[] alternatives)
    {
        var weighted = alternatives.Where(a => a.Weight > 0).ToArray();
        return weighted.Length == 0 ? Gen.Const<T?>(default(T)) : Gen.Frequency(weighted.Select(a => (a.Weight, (IGen<T?>)a.Gen)).ToArray());
    }

    /// <summary>-1, 0 or +1 picked from a hash: values at, just below and just above a rule's literal.</summary>
    private static int NudgeOf(int hash) => (hash & 3) switch { 0 => -1, 1 => 1, _ => 0 };

    // ---------------------------------------------------------------- uptimes

    public Gen<decimal> Uptimes
    {
        get
        {
            var thresholds = _catalog.Plans.SelectMany(p => p.Versions).Where(v => v.Credits is not null)
                .SelectMany(v => v.Credits!.Steps.Select(s => s.BelowPercent)).Distinct().ToArray();
            var near = thresholds.Length == 0 ? Gen.Const(99.9m) : Gen.Select(Gen.OneOf(thresholds), Gen.OneOf(0m, 0.001m, -0.001m, 0.0000001m, -0.0000001m, 0.5m, -0.5m), (t, d) => t + d);
            return Gen.Frequency(
                (4, near),
                (2, Gen.Int[0, 100_000].Select(i => i / 1000m)),
                (1, Gen.OneOf(0m, 100m, 100.000m, 99.999m, 50m, 0.0m)));
        }
    }
}
