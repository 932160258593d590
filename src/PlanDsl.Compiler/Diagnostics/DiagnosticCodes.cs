namespace PlanDsl.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic PlanDsl reports. Codes are stable: PD00xx files and syntax, PD01xx names,
/// PD02xx catalogs, plans and versions, PD03xx time, PD04xx values and units, PD05xx tables,
/// PD06xx coverage rules, PD07xx documents and translations, PD08xx analyses (one file per analysis:
/// DiagnosticCodes.Analysis*.cs).
/// </summary>
public static partial class DiagnosticCodes
{
    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, DiagnosticSeverity.Error, format, title);
    private static DiagnosticDescriptor Warning(string code, string title, string format) => new(code, DiagnosticSeverity.Warning, format, title);

    // ---- files and syntax
    public static readonly DiagnosticDescriptor SyntaxError = Error("PD0001", "Syntax error", "{0}");
    public static readonly DiagnosticDescriptor BadCharacter = Error("PD0002", "Unexpected character", "unexpected character '{0}'");
    public static readonly DiagnosticDescriptor FileNotFound = Error("PD0003", "File not found", "cannot find '{0}'");
    public static readonly DiagnosticDescriptor FileUnreadable = Error("PD0004", "File cannot be read", "cannot read '{0}': {1}");
    public static readonly DiagnosticDescriptor NoCatalog = Error("PD0005", "No catalog", "no catalog found: a catalog is a file with a 'catalog' declaration");
    public static readonly DiagnosticDescriptor SecondCatalog = Error("PD0006", "Second catalog declaration", "this file already declares catalog '{0}'; a file declares at most one catalog");
    public static readonly DiagnosticDescriptor ImportedCatalog = Error("PD0007", "Imported file declares a catalog", "'{0}' declares a catalog of its own and cannot be imported");
    public static readonly DiagnosticDescriptor InternalError = Error("PD0009", "Internal compiler error", "internal error, please report it: {0}");
    public static readonly DiagnosticDescriptor TooComplex = Error("PD0010", "Input too complex", "{0}; the file is not compiled");
    public static readonly DiagnosticDescriptor UnterminatedText = Error("PD0008", "Unterminated text", "text is not closed with '\"'");

    // ---- names
    public static readonly DiagnosticDescriptor UnknownName = Error("PD0101", "Unknown name", "unknown {0} '{1}'{2}");
    public static readonly DiagnosticDescriptor DuplicateName = Error("PD0102", "Duplicate name", "{0} '{1}' is already declared");
    public static readonly DiagnosticDescriptor UnknownProperty = Error("PD0103", "Unknown property", "'{0}' is not a property of {1}{2}");
    public static readonly DiagnosticDescriptor DuplicateProperty = Error("PD0104", "Property given twice", "'{0}' is already given in this {1}");
    public static readonly DiagnosticDescriptor UnknownSection = Error("PD0105", "Unknown section", "'{0}' is not a section of {1}{2}");
    public static readonly DiagnosticDescriptor NameClash = Error("PD0106", "Name clashes with a property", "entitlement '{0}' has the name of a plan property; rename it");
    public static readonly DiagnosticDescriptor AmbiguousSeverity = Error("PD0107", "Ambiguous severity name", "'{0}' names two severities: '{1}' and '{2}'");
    public static readonly DiagnosticDescriptor UnknownLanguage = Error("PD0108", "Unknown language", "'{0}' is not a language tag (two lowercase letters, e.g. en, pl, fr)");

    // ---- catalogs, plans, versions
    public static readonly DiagnosticDescriptor MissingProperty = Error("PD0201", "Missing property", "{0} needs '{1}'");
    public static readonly DiagnosticDescriptor TierUnknownPlan = Error("PD0202", "Tier names no plan", "tier '{0}' is not a plan{1}");
    public static readonly DiagnosticDescriptor TierRepeated = Error("PD0203", "Tier given twice", "plan '{0}' appears twice in the tier order");
    public static readonly DiagnosticDescriptor NoPlanHours = Error("PD0204", "No calendar for targets", "no calendar measures the targets of plan '{0}': give the plan 'hours:', the section 'on <calendar>' or an 'on' column");
    public static readonly DiagnosticDescriptor DuplicateVersion = Error("PD0205", "Two versions in force from the same date", "plan '{0}' has two versions in force from {1}");
    public static readonly DiagnosticDescriptor VersionExtendsChanged = Error("PD0206", "Version changes its parent", "a later version of plan '{0}' extends '{1}' but the earlier one extends '{2}'");
    public static readonly DiagnosticDescriptor InheritanceCycle = Error("PD0207", "Inheritance cycle", "{0} '{1}' inherits from itself: {2}");
    public static readonly DiagnosticDescriptor SeverityOrderMissing = Error("PD0208", "Severity order not stated", "state the order of urgency: write 'severities most urgent first'");
    public static readonly DiagnosticDescriptor SeverityNumberRepeated = Error("PD0209", "Severity number repeated", "severity number {0} is already used by '{1}'");
    public static readonly DiagnosticDescriptor KindsNotDeclared = Error("PD0210", "Kind column without kinds", "the catalog declares no request kinds; declare them in 'kinds {{ … }}'");
    public static readonly DiagnosticDescriptor NoSeverities = Error("PD0211", "No severities", "the catalog declares no severities; use the 'kind' column or declare 'severities most urgent first {{ … }}'");
    public static readonly DiagnosticDescriptor EmptyDeclaration = Warning("PD0212", "Empty declaration", "{0} '{1}' is empty");
    public static readonly DiagnosticDescriptor CatalogIdClash = Error("PD0213", "Catalog id used twice",
        "catalog '{0}' is already declared as '{1}': catalog ids must differ in more than letter case, since the files built from a catalog are named after its id");
    public static readonly DiagnosticDescriptor CatalogIdTooLong = Error("PD0214", "Catalog id too long",
        "the catalog id is {0} bytes long in UTF-8; at most {1} are allowed, since the files built from a catalog are named after its id");

    // ---- time
    public static readonly DiagnosticDescriptor UnknownTimeZone = Error("PD0301", "Unknown time zone", "unknown time zone '{0}'{1}");
    public static readonly DiagnosticDescriptor BadDay = Error("PD0302", "Unknown day", "'{0}' is not a day: use Mon, Tue, Wed, Thu, Fri, Sat, Sun{1}");
    public static readonly DiagnosticDescriptor BadTime = Error("PD0303", "Bad time of day", "'{0}' is not a time of day here (00:00 to 23:59, or 24:00 as the end of a span)");
    public static readonly DiagnosticDescriptor BadDate = Error("PD0304", "Bad date", "'{0}' is not a date");
    public static readonly DiagnosticDescriptor EmptySpan = Error("PD0305", "Empty span", "the span {0} is empty");
    public static readonly DiagnosticDescriptor OverlappingHours = Warning("PD0306", "Overlapping hours", "{0} {1} overlaps hours given before");
    public static readonly DiagnosticDescriptor NoOpenTime = Error("PD0307", "Calendar never open", "calendar '{0}' has no opening hours");
    public static readonly DiagnosticDescriptor BadHours = Error("PD0308", "Bad hours", "'{0}' is not opening hours: write e.g. 'Mon-Fri 08:00-17:00' or '24/7'");
    public static readonly DiagnosticDescriptor DurationTooLong = Error("PD0310", "Duration too long",
        "'{0}' is longer than {1} days, the longest duration a compiled catalog can count");

    // ---- values and units
    public static readonly DiagnosticDescriptor WrongValue = Error("PD0401", "Wrong kind of value", "{0} expects {1}, not '{2}'");
    public static readonly DiagnosticDescriptor UnknownUnit = Error("PD0402", "Unknown unit", "unknown unit '{0}'{1}");
    public static readonly DiagnosticDescriptor UnknownCurrency = Error("PD0403", "Unknown currency", "'{0}' is not an ISO 4217 currency code{1}");
    public static readonly DiagnosticDescriptor BadPercent = Error("PD0404", "Percentage out of range", "{0} is out of range ({1})");
    public static readonly DiagnosticDescriptor CurrencyMismatch = Warning("PD0405", "Currency differs from the catalog's", "price in {0} while the catalog's currency is {1}");
    public static readonly DiagnosticDescriptor NoCurrency = Error("PD0406", "No currency", "'{0}' has no currency and the catalog declares none");
    public static readonly DiagnosticDescriptor TooManyValues = Error("PD0407", "Too many values", "{0} takes one value");
    public static readonly DiagnosticDescriptor MissingTranslation = Warning("PD0408", "Missing default-language text", "text has no version in the catalog's language '{0}'; documents in '{0}' will show another language");
    public static readonly DiagnosticDescriptor DuplicateTranslation = Error("PD0409", "Translation given twice", "text in '{0}' is given twice");

    // ---- tables
    public static readonly DiagnosticDescriptor UnknownColumn = Error("PD0501", "Unknown column", "'{0}' is not a column of {1}{2}");
    public static readonly DiagnosticDescriptor CellCount = Error("PD0502", "Wrong number of cells", "the row has {0} cells; the header has {1}");
    public static readonly DiagnosticDescriptor DuplicateRow = Error("PD0503", "Row given twice", "{0} is already given on line {1}");
    public static readonly DiagnosticDescriptor MissingColumn = Error("PD0504", "Missing column", "{0} needs a '{1}' column");
    public static readonly DiagnosticDescriptor EmptyCell = Error("PD0505", "Empty cell", "empty cell: write '-' for none");
    public static readonly DiagnosticDescriptor DuplicateColumn = Error("PD0506", "Column given twice", "column '{0}' is given twice");
    public static readonly DiagnosticDescriptor LadderOrder = Error("PD0507", "Ladder out of order", "thresholds must fall from row to row: {0} follows {1}");
    public static readonly DiagnosticDescriptor TableNotAllowed = Error("PD0508", "Table not allowed here", "a table is not allowed in {0}");

    // ---- coverage rules
    public static readonly DiagnosticDescriptor TypeMismatch = Error("PD0601", "Type mismatch", "'{0}' is {1} and cannot be compared with '{2}'");
    public static readonly DiagnosticDescriptor BadOperator = Error("PD0602", "Operator not allowed", "'{0}' cannot be used on {1}");
    public static readonly DiagnosticDescriptor NotAFlag = Error("PD0603", "Not a yes/no attribute", "'{0}' is {1}; compare it with a value");
    public static readonly DiagnosticDescriptor UnreachableRule = Warning("PD0604", "Rule after 'otherwise'", "this rule can never apply: 'otherwise' comes before it");
    public static readonly DiagnosticDescriptor BadReason = Error("PD0605", "Unknown reason", "unknown work item or obligation '{0}'{1}");
    public static readonly DiagnosticDescriptor ConditionTooDeep = Error("PD0607", "Condition nested too deeply", "this condition is nested more than {0} levels deep; split it into several rules");
    public static readonly DiagnosticDescriptor RateNeeded = Error("PD0606", "Rate is not a rate", "'{0}' is not a rate: write e.g. '100 EUR/h'");

    // ---- documents and translations
    public static readonly DiagnosticDescriptor DocumentTranslationMissing = Warning("PD0701", "Missing translation", "{0} has no '{1}' translation; documents in '{1}' show it in '{2}'");

    private static IReadOnlyList<DiagnosticDescriptor>? _all;

    /// <summary>
    /// All descriptors, by code. Built on first use, not by a field initializer: the class is partial,
    /// and the order in which the initializers of its files run is not defined, so an initializer
    /// could see the fields of another file still null.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => _all ??= typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToList();
}
