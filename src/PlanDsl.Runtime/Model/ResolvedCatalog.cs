using System.Collections.Immutable;
using NodaTime;

namespace PlanDsl.Runtime.Model;

/// <summary>
/// A catalog with every name resolved, inheritance flattened and units normalized: what the
/// interpreter, the code generator, the documents and the analyses consume.
/// </summary>
public sealed record ResolvedCatalog(
    string Id,
    LocalizedText Title,
    LocalizedText Vendor,
    string? Currency,
    string DefaultLanguage,
    ImmutableArray<string> Languages,
    TimeZoneSpec TimeZone,
    ImmutableArray<string> Tiers,
    LocalDate? Effective,
    ImmutableArray<LocalizedText> Notes,
    ImmutableArray<LocalizedText> Assumptions,
    LocalizedText Source,
    ImmutableArray<CalendarModel> Calendars,
    ImmutableArray<HolidaySetModel> HolidaySets,
    ImmutableArray<SeverityModel> Severities,
    ImmutableArray<KindModel> Kinds,
    ImmutableArray<ChannelModel> Channels,
    ImmutableArray<AttributeModel> Attributes,
    ImmutableArray<EntitlementModel> Entitlements,
    ImmutableArray<WorkItemModel> WorkItems,
    ImmutableArray<ObligationModel> Obligations,
    ImmutableArray<GlossaryEntry> Glossary,
    ImmutableArray<PlanModel> Plans,
    ImmutableArray<CoverageRule> CatalogRules,
    ImmutableArray<string> SourceFiles)
{
    public CalendarModel? FindCalendar(string id) => Calendars.FirstOrDefault(c => c.Id == id);

    public PlanModel? FindPlan(string id) => Plans.FirstOrDefault(p => p.Id == id);

    /// <summary>A severity by name, number or alias (aliases compare ignoring case).</summary>
    public SeverityModel? FindSeverity(string nameNumberOrAlias) =>
        Severities.FirstOrDefault(s => s.Id == nameNumberOrAlias)
        ?? Severities.FirstOrDefault(s => s.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) == nameNumberOrAlias)
        ?? Severities.FirstOrDefault(s => s.Aliases.Any(a => string.Equals(a, nameNumberOrAlias, StringComparison.OrdinalIgnoreCase))
            || s.Title.Translations.Values.Any(t => string.Equals(t, nameNumberOrAlias, StringComparison.OrdinalIgnoreCase)));
}
