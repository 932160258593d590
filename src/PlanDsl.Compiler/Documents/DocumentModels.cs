namespace PlanDsl.Compiler.Documents;

// The objects the templates see. Every text is final (translated, numbers formatted); templates only
// lay them out. Scriban exposes members in snake_case: PlanTitles -> plan_titles.

/// <summary>A row of a plan-by-plan table: a label and one cell per plan (or per column).</summary>
public sealed record Row(string Label, IReadOnlyList<string> Cells, string? Note = null);

/// <summary>Rows under a heading (an entitlement group, a work group); <see cref="Title"/> may be empty.</summary>
public sealed record RowGroup(string Title, IReadOnlyList<Row> Rows);

/// <summary>A table: a caption, the header of the first column, the other headers and the rows in groups.</summary>
public sealed record Table(string Id, string Caption, string Corner, IReadOnlyList<string> Columns, IReadOnlyList<RowGroup> Groups, IReadOnlyList<string> Notes)
{
    public bool IsEmpty => Groups.All(g => g.Rows.Count == 0);
}

public sealed record PlanSummary(string Id, string Title, string Description, IReadOnlyList<string> Notes, string Effective);

public sealed record CalendarSummary(string Id, string Title, string TimeZone, string Hours, string Holidays);

public sealed record Term(string Name, string Definition);

public sealed record TermGroup(string Title, IReadOnlyList<Term> Terms);

public sealed record Assumption(string Scope, string Text);

/// <summary>The document of one catalog in one language.</summary>
public sealed record CatalogDocument(
    string Lang,
    string Id,
    string Title,
    string Vendor,
    string Source,
    string Effective,
    string TimeZone,
    string Currency,
    string LanguageNote,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> PlanTitles,
    IReadOnlyList<PlanSummary> Plans,
    Table Overview,
    Table Features,
    Table Entitlements,
    Table Channels,
    IReadOnlyList<Table> Targets,
    IReadOnlyList<CalendarSummary> Calendars,
    Table Holidays,
    Table Prices,
    Table Work,
    Table Credits,
    IReadOnlyList<Term> Obligations,
    IReadOnlyList<TermGroup> Glossary,
    IReadOnlyList<Assumption> Assumptions);

/// <summary>The cross-catalog comparison in one language.</summary>
public sealed record ComparisonDocument(
    string Lang,
    string Title,
    string Method,
    string ReferenceWeek,
    IReadOnlyList<string> Catalogs,
    Table Vendors,
    Table Plans);
