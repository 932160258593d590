using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Compiler.Analysis.Versions;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>
/// Binds one catalog — its entry file and imports — into a resolved model: declares every name,
/// resolves references, checks types and units, and flattens plans. Reports every error it finds.
/// The parts are in the other CatalogBinder.*.cs files, one concern each.
/// </summary>
internal sealed partial class CatalogBinder
{
    private static readonly string[] CatalogProperties =
        { "vendor", "currency", "language", "languages", "timezone", "tiers", "effective", "source", "note", "assumption", "notice period", OutsideHours };

    private readonly IReadOnlyList<CompilationUnitSyntax> _units;
    private readonly DiagnosticBag _diagnostics;
    private readonly CatalogSyntax _catalog;
    private TextBinder _text = null!;
    private ValueReader _values = null!;

    private string _language = "en";
    private ImmutableArray<string> _declaredLanguages = ImmutableArray<string>.Empty;
    private TimeZoneSpec _timeZone = TimeZoneSpec.Utc;
    private string? _currency;
    private LocalDate? _effective;
    private ImmutableArray<string> _tiers = ImmutableArray<string>.Empty;
    private NoticePeriod? _noticePeriod;

    public CatalogBinder(IReadOnlyList<CompilationUnitSyntax> units, DiagnosticBag diagnostics)
    {
        _units = units;
        _diagnostics = diagnostics;
        _catalog = units[0].Declarations.OfType<CatalogSyntax>().First();
    }

    private IEnumerable<T> All<T>() where T : DeclarationSyntax => _units.SelectMany(u => u.Declarations.OfType<T>());

    public ResolvedCatalog? Bind()
    {
        var idBytes = CatalogLimits.Utf8Length(_catalog.Name.Text);
        if (idBytes > CatalogLimits.MaxCatalogIdBytes)
            _diagnostics.Report(DiagnosticCodes.CatalogIdTooLong, _catalog.Name.Span, idBytes, CatalogLimits.MaxCatalogIdBytes);
        var props = BlockReader.Read(_catalog.Body, $"catalog '{_catalog.Name.Text}'", _diagnostics, CatalogProperties, repeatable: new[] { "note", "assumption" }, sections: new[] { "lint" });
        LintSection = props.Sections.FirstOrDefault(s => s.NameText == "lint");
        BindLanguage(props);
        _text = new TextBinder(_language, _diagnostics) { DeclaredLanguages = _declaredLanguages };
        _values = new ValueReader(_diagnostics, null);
        BindCurrency(props);
        _values.CatalogCurrency = _currency;
        if (props.Get("timezone") is { } tz) _timeZone = BindTimeZone(tz) ?? _timeZone;
        if (props.Single("effective", _diagnostics) is { } eff) _effective = ReadDate(eff, "effective");
        if (props.Single("notice period", _diagnostics) is { } notice) _noticePeriod = ReadNoticePeriod(notice);
        if (props.Single(OutsideHours, _diagnostics) is { } outside) _catalogTicketsWait = ReadOutsideHours(outside);

        BindHolidaySets();
        BindCalendars();
        BindSeverities();
        BindNamedLists();
        BindWork();
        BindAttributes();
        BindEntitlements();
        var glossary = BindGlossary();
        DeclarePlans();
        _tiers = BindTiers(props.Get("tiers"));
        BindPlanBodies();
        BindMatrices();
        BindCatalogCredits();
        var catalogRules = BindCatalogCoverage();
        var plans = FlattenPlans(catalogRules);

        var title = _text.Bind(_catalog.Title);
        var vendorText = props.Single("vendor", _diagnostics) is { } vendor ? TextOf(vendor, "vendor") : title;
        var notes = Texts(props.All("note"));
        var assumptions = Texts(props.All("assumption"));
        var sourceText = props.Single("source", _diagnostics) is { } source ? TextOf(source, "source") : LocalizedText.Empty;
        // Without 'languages:', a catalog provides every language its texts use.
        var languages = _declaredLanguages.IsEmpty
            ? _text.LanguagesSeen.Append(_language).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToImmutableArray()
            : _declaredLanguages;
        return new ResolvedCatalog(
            _catalog.Name.Text,
            title,
            vendorText,
            _currency,
            _language,
            languages,
            _timeZone,
            _tiers,
            _effective,
            notes,
            assumptions,
            sourceText,
            _calendarModels.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToImmutableArray(),
            _holidayModels.Values.OrderBy(h => h.Id, StringComparer.Ordinal).ToImmutableArray(),
            _severityList.ToImmutableArray(),
            _kinds.Values.ToImmutableArray(),
            _channels.Values.ToImmutableArray(),
            _attributes.Values.ToImmutableArray(),
            _entitlements.Values.ToImmutableArray(),
            _workItems.Values.ToImmutableArray(),
            _obligations.Values.ToImmutableArray(),
            glossary,
            plans,
            catalogRules,
            _units.Select(u => u.File.DisplayPath).ToImmutableArray());
    }

    private void BindLanguage(BlockReader props)
    {
        if (props.Single("language", _diagnostics) is { } lang)
        {
            if (lang is WordsValueSyntax { IsSingleName: true } w && TextBinder.IsLanguageTag(w.Text)) _language = w.Text;
            else _diagnostics.Report(DiagnosticCodes.UnknownLanguage, lang.Span, ValueReader.Describe(lang));
        }
        if (props.Get("languages") is { } langs)
        {
            var list = new List<string>();
            foreach (var v in langs.Values)
            {
                if (v is WordsValueSyntax { IsSingleName: true } w && TextBinder.IsLanguageTag(w.Text)) list.Add(w.Text);
                else _diagnostics.Report(DiagnosticCodes.UnknownLanguage, v.Span, ValueReader.Describe(v));
            }
            if (!list.Contains(_language)) list.Insert(0, _language);
            _declaredLanguages = list.Distinct().ToImmutableArray();
        }
    }

    private void BindCurrency(BlockReader props)
    {
        if (props.Single("currency", _diagnostics) is not { } value) return;
        if (value is WordsValueSyntax { IsSingleName: true } w && CurrencyCodes.IsKnown(w.Text)) _currency = w.Text;
        else
        {
            var text = ValueReader.Describe(value);
            _diagnostics.Report(DiagnosticCodes.UnknownCurrency, value.Span, text, NameSuggester.DidYouMean(text, CurrencyCodes.All));
        }
    }

    private TimeZoneSpec? BindTimeZone(PropertySyntax property)
    {
        if (property.Values.Length != 1)
        {
            _diagnostics.Report(DiagnosticCodes.TooManyValues, property.KeySpan, "timezone");
            return null;
        }
        var value = property.Values[0];
        string id;
        if (value is TextValueSyntax t) id = t.Text.Parts[0].Text;
        else if (value is OffsetValueSyntax o && o.Base.Text is "UTC" or "GMT")
        {
            var offset = o.Offset.Contains(':') ? o.Offset : o.Offset.PadLeft(2, '0') + ":00";
            id = "UTC" + o.Sign + offset.PadLeft(5, '0');
        }
        else if (value is WordsValueSyntax { IsSingleName: true } w) id = w.Text;
        else
        {
            _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, "timezone", "an IANA time zone such as \"Europe/Warsaw\" or an offset such as UTC+02:00", ValueReader.Describe(value));
            return null;
        }
        if (id == "UTC+00:00") id = "UTC";
        if (!TimeZoneSpec.IsKnown(id))
        {
            _diagnostics.Report(DiagnosticCodes.UnknownTimeZone, value.Span, id, NameSuggester.DidYouMean(id, DateTimeZoneProviders.Tzdb.Ids));
            return null;
        }
        return new TimeZoneSpec(id);
    }

    private LocalizedText TextOf(ValueSyntax value, string what)
    {
        if (value is TextValueSyntax t) return _text.Bind(t.Text);
        _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, what, "a text in quotes", ValueReader.Describe(value));
        return LocalizedText.Empty;
    }

    private ImmutableArray<LocalizedText> Texts(IEnumerable<PropertySyntax> properties) =>
        properties.SelectMany(p => p.Values.Select(v => TextOf(v, p.KeyText))).Where(t => !t.IsEmpty).ToImmutableArray();

    private LocalDate? ReadDate(ValueSyntax value, string what)
    {
        if (value is DateValueSyntax d) return _values.Date(d.Text, d.Span);
        _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, what, "a date such as 2026-01-01", ValueReader.Describe(value));
        return null;
    }

    /// <summary>A single name value (<c>hours: office_hours</c>), or null with PD0401.</summary>
    private NameSyntax? NameOf(ValueSyntax value, string what, string expected)
    {
        switch (value)
        {
            case WordsValueSyntax { IsSingleName: true } w: return w.Words[0];
            case OnValueSyntax { Calendar: { } c }: return c;
            default:
                _diagnostics.Report(DiagnosticCodes.WrongValue, value.Span, what, expected, ValueReader.Describe(value));
                return null;
        }
    }
}
