using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Calendars;

/// <summary>The business calendars of a catalog by id, each built once on first use. Thread-safe.</summary>
public sealed class CalendarSet
{
    private readonly ImmutableDictionary<string, CalendarModel> _models;
    private readonly ConcurrentDictionary<string, Lazy<BusinessCalendar>> _calendars = new(StringComparer.Ordinal);

    public CalendarSet(ResolvedCatalog catalog)
    {
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        var models = ImmutableDictionary.CreateBuilder<string, CalendarModel>(StringComparer.Ordinal);
        foreach (var model in catalog.Calendars) models[model.Id] = model;
        _models = models.ToImmutable();
    }

    public static CalendarSet From(ResolvedCatalog catalog) => new(catalog);

    public ResolvedCatalog Catalog { get; }

    /// <summary>The calendar ids, in declaration order (the built-in <c>always</c> first).</summary>
    public IEnumerable<string> Ids => Catalog.Calendars.Select(c => c.Id);

    public bool Contains(string id) => id is not null && _models.ContainsKey(id);

    /// <summary>The calendar with the id.</summary>
    /// <exception cref="UnknownCalendarException">The catalog has no such calendar.</exception>
    public BusinessCalendar this[string id] => Get(id);

    /// <inheritdoc cref="this[string]"/>
    public BusinessCalendar Get(string id) =>
        TryGet(id, out var calendar) ? calendar : throw new UnknownCalendarException(id, Catalog.Id, Ids);

    public bool TryGet(string id, [NotNullWhen(true)] out BusinessCalendar? calendar)
    {
        calendar = null;
        if (id is null || !_models.TryGetValue(id, out var model)) return false;
        calendar = _calendars.GetOrAdd(id, _ => new Lazy<BusinessCalendar>(() => BusinessCalendar.From(model), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return true;
    }
}

/// <summary>A calendar id that the catalog does not declare.</summary>
public sealed class UnknownCalendarException : KeyNotFoundException
{
    public UnknownCalendarException(string? calendarId, string catalogId, IEnumerable<string> known)
        : base($"unknown calendar '{calendarId}' in catalog '{catalogId}'; calendars: {string.Join(", ", known)}")
    {
        CalendarId = calendarId;
        CatalogId = catalogId;
    }

    public string? CalendarId { get; }

    public string CatalogId { get; }
}
