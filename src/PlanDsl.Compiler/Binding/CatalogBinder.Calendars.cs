using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Holiday sets and calendars: weekly hours, zones, holidays, calendars built from others.</summary>
internal sealed partial class CatalogBinder
{
    public const string AlwaysCalendar = "always";

    private static readonly string[] CalendarProperties = { "timezone", "hours", "holidays", "closed", "assumption", "note" };
    private static readonly string[] DayNames = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

    private readonly SymbolTable<HolidaySetSyntax> _holidaySets = new("holiday set");
    private readonly Dictionary<string, HolidaySetModel> _holidayModels = new(StringComparer.Ordinal);
    private readonly SymbolTable<CalendarSyntax?> _calendars = new("calendar");
    private readonly Dictionary<string, CalendarModel> _calendarModels = new(StringComparer.Ordinal);

    /// <summary>Where each holiday rule and closed date is written (by instance: a rule shared through 'include' or 'from' is one).</summary>
    private readonly Dictionary<HolidayRule, SourceSpan> _holidaySpans = new(ReferenceEqualityComparer.Instance);

    private void BindHolidaySets()
    {
        foreach (var set in All<HolidaySetSyntax>()) _holidaySets.Declare(set.Name, set, _diagnostics);
        foreach (var name in _holidaySets.Names.ToList()) HolidaySet(name, new List<string>());
    }

    private HolidaySetModel HolidaySet(string name, List<string> chain)
    {
        if (_holidayModels.TryGetValue(name, out var done)) return done;
        _holidaySets.TryGet(name, out var set);
        var rules = new List<HolidayRule>();
        chain.Add(name);
        foreach (var entry in set.Entries)
        {
            var title = _text.Bind(entry.Name);
            switch (entry.Kind)
            {
                case HolidayDayKind.Fixed when _values.Date(entry.DayText, entry.Span) is { } date:
                    rules.Add(Written(HolidayRule.FixedDate(date, title) with { FromYear = entry.FromYear }, entry.Span));
                    break;
                case HolidayDayKind.Yearly:
                    var parts = entry.DayText.Split('-');
                    var month = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                    var day = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                    if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2024, month))
                        _diagnostics.Report(DiagnosticCodes.BadDate, entry.Span, entry.DayText);
                    else rules.Add(Written(HolidayRule.EveryYear(month, day, title) with { FromYear = entry.FromYear }, entry.Span));
                    break;
                case HolidayDayKind.Easter:
                    if (Math.Abs(entry.EasterOffset) > 365) _diagnostics.Report(DiagnosticCodes.BadDate, entry.Span, "easter " + entry.EasterOffset);
                    else rules.Add(Written(HolidayRule.Easter(entry.EasterOffset, title) with { FromYear = entry.FromYear }, entry.Span));
                    break;
            }
        }
        var props = BlockReader.Read(new BlockSyntax(set.Properties.CastArray<MemberSyntax>(), set.Span), $"holidays '{name}'", _diagnostics, new[] { "include" }, repeatable: new[] { "include" });
        foreach (var include in props.All("include"))
        foreach (var value in include.Values)
        {
            if (NameOf(value, "include", "a holiday set name") is not { } other) continue;
            if (chain.Contains(other.Text))
            {
                _diagnostics.Report(DiagnosticCodes.InheritanceCycle, other.Span, "holiday set", other.Text, string.Join(" -> ", chain.Append(other.Text)));
                continue;
            }
            if (_holidaySets.Resolve(other, _diagnostics, out _)) rules.AddRange(HolidaySet(other.Text, chain).Rules);
        }
        chain.RemoveAt(chain.Count - 1);
        var model = new HolidaySetModel(name, _text.Bind(set.Title), rules.ToImmutableArray());
        _holidayModels[name] = model;
        return model;
    }

    private void BindCalendars()
    {
        _calendars.Declare(new NameSyntax(AlwaysCalendar, SourceSpan.None), null, _diagnostics);
        _calendarModels[AlwaysCalendar] = new CalendarModel(AlwaysCalendar, LocalizedText.Of("en", "24/7"), _timeZone, true,
            ImmutableArray<WeeklySpan>.Empty, ImmutableArray<HolidayRule>.Empty, ImmutableArray<LocalizedText>.Empty, null);
        foreach (var calendar in All<CalendarSyntax>()) _calendars.Declare(calendar.Name, calendar, _diagnostics);
        foreach (var name in _calendars.Names.ToList()) Calendar(name, new List<string>());
    }

    private CalendarModel? Calendar(string name, List<string> chain)
    {
        if (_calendarModels.TryGetValue(name, out var done)) return done;
        _calendars.TryGet(name, out var syntax);
        if (syntax is null) return null;
        CalendarModel? basis = null;
        if (syntax.From is { } from)
        {
            if (chain.Contains(from.Text) || from.Text == name)
                _diagnostics.Report(DiagnosticCodes.InheritanceCycle, from.Span, "calendar", name, string.Join(" -> ", chain.Append(name).Append(from.Text)));
            else if (_calendars.Resolve(from, _diagnostics, out _))
            {
                chain.Add(name);
                basis = Calendar(from.Text, chain);
                chain.RemoveAt(chain.Count - 1);
            }
        }
        var owner = $"calendar '{name}'";
        var props = BlockReader.Read(syntax.Body, owner, _diagnostics, CalendarProperties, repeatable: new[] { "hours", "holidays", "closed", "assumption", "note" });
        var zone = props.Get("timezone") is { } tz ? BindTimeZone(tz) ?? _timeZone : basis?.TimeZone ?? _timeZone;

        var alwaysOpen = basis?.AlwaysOpen ?? false;
        var hours = basis?.Hours ?? ImmutableArray<WeeklySpan>.Empty;
        if (props.All("hours").Count > 0)
        {
            (alwaysOpen, hours) = ReadHours(props.All("hours"));
            if (!alwaysOpen && hours.IsEmpty && props.All("hours").All(h => h.Values.Length > 0))
                _diagnostics.Report(DiagnosticCodes.NoOpenTime, syntax.Name.Span, name);
        }
        else if (basis is null)
            _diagnostics.Report(DiagnosticCodes.MissingProperty, syntax.Name.Span, owner, "hours");

        // 'holidays:' and 'closed:' are inherited separately: giving one replaces only that one.
        static bool IsClosedDate(HolidayRule h) => h.Kind == HolidayRuleKind.Fixed && h.Name.IsEmpty;
        var inherited = basis?.Holidays ?? ImmutableArray<HolidayRule>.Empty;
        var fromSets = inherited.Where(h => !IsClosedDate(h)).ToList();
        var closedDates = inherited.Where(IsClosedDate).ToList();
        if (props.All("holidays").Count > 0)
        {
            fromSets.Clear();
            foreach (var value in props.All("holidays").SelectMany(p => p.Values))
            {
                if (NameOf(value, "holidays", "a holiday set name") is { } set && _holidaySets.Resolve(set, _diagnostics, out _))
                    fromSets.AddRange(_holidayModels[set.Text].Rules);
            }
        }
        if (props.All("closed").Count > 0)
        {
            closedDates.Clear();
            foreach (var value in props.All("closed").SelectMany(p => p.Values))
            {
                if (ReadDate(value, "closed") is { } date) closedDates.Add(Written(HolidayRule.FixedDate(date, LocalizedText.Empty), value.Span));
            }
        }
        var holidays = fromSets.Concat(closedDates).ToImmutableArray();
        var assumptions = (basis?.Assumptions ?? ImmutableArray<LocalizedText>.Empty).AddRange(Texts(props.All("assumption")));
        var model = new CalendarModel(name, _text.Bind(syntax.Title), zone, alwaysOpen, hours, holidays, assumptions, basis?.Id);
        _calendarModels[name] = model;
        return model;
    }

    private HolidayRule Written(HolidayRule rule, SourceSpan span)
    {
        _holidaySpans[rule] = span;
        return rule;
    }

    private (bool AlwaysOpen, ImmutableArray<WeeklySpan> Hours) ReadHours(IEnumerable<PropertySyntax> properties)
    {
        var spans = new List<WeeklySpan>();
        var always = false;
        foreach (var value in properties.SelectMany(p => p.Values))
        {
            switch (value)
            {
                case AlwaysOpenValueSyntax:
                    always = true;
                    break;
                case WeeklyHoursValueSyntax w:
                    AddWeeklyHours(w, spans);
                    break;
                default:
                    _diagnostics.Report(DiagnosticCodes.BadHours, value.Span, ValueReader.Describe(value));
                    break;
            }
        }
        return always ? (true, ImmutableArray<WeeklySpan>.Empty) : (false, spans.OrderBy(s => s.Day).ThenBy(s => s.Start).ToImmutableArray());
    }

    private void AddWeeklyHours(WeeklyHoursValueSyntax w, List<WeeklySpan> spans)
    {
        if (Day(w.FirstDay) is not { } first) return;
        var last = w.LastDay is null ? first : Day(w.LastDay);
        if (last is null) return;
        var days = new List<IsoDayOfWeek>();
        for (var d = (int)first; ; d = d % 7 + 1)
        {
            days.Add((IsoDayOfWeek)d);
            if (d == (int)last.Value) break;
        }
        foreach (var range in w.Times)
        {
            if (!_values.Time(range.Start, range.Span, out var start, out var startIsEnd) | !_values.Time(range.End, range.Span, out var end, out var endIsMidnight)) continue;
            if (startIsEnd)
            {
                _diagnostics.Report(DiagnosticCodes.BadTime, range.Span, range.Start);
                continue;
            }
            foreach (var day in days)
            {
                var added = new List<WeeklySpan>();
                if (endIsMidnight) added.Add(WeeklySpan.Create(day, start, null));
                else if (end > start) added.Add(WeeklySpan.Create(day, start, end));
                else if (end == start && start == LocalTime.Midnight) added.Add(WeeklySpan.Create(day, start, null));
                else if (end == start)
                {
                    _diagnostics.Report(DiagnosticCodes.EmptySpan, range.Span, $"{range.Start}-{range.End}");
                    break;
                }
                else
                {
                    // Past midnight: the rest of this day, then the next morning.
                    added.Add(WeeklySpan.Create(day, start, null));
                    if (end > LocalTime.Midnight) added.Add(WeeklySpan.Create((IsoDayOfWeek)((int)day % 7 + 1), LocalTime.Midnight, end));
                }
                foreach (var span in added)
                {
                    if (spans.Any(s => Overlaps(s, span)))
                        _diagnostics.Report(DiagnosticCodes.OverlappingHours, range.Span, span.Day.ToString()[..3], $"{range.Start}-{range.End}");
                    spans.Add(span);
                }
            }
        }
    }

    private static bool Overlaps(WeeklySpan a, WeeklySpan b)
    {
        if (a.Day != b.Day) return false;
        var aEnd = a.EndsAtMidnight ? 24 * 60 : a.End.Hour * 60 + a.End.Minute;
        var bEnd = b.EndsAtMidnight ? 24 * 60 : b.End.Hour * 60 + b.End.Minute;
        var aStart = a.Start.Hour * 60 + a.Start.Minute;
        var bStart = b.Start.Hour * 60 + b.Start.Minute;
        return aStart < bEnd && bStart < aEnd;
    }

    private IsoDayOfWeek? Day(NameSyntax name)
    {
        var index = Array.FindIndex(DayNames, d => string.Equals(d, name.Text, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            var longNames = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
            index = Array.FindIndex(longNames, d => string.Equals(d, name.Text, StringComparison.OrdinalIgnoreCase));
        }
        if (index >= 0) return (IsoDayOfWeek)(index + 1);
        _diagnostics.Report(DiagnosticCodes.BadDay, name.Span, name.Text, NameSuggester.DidYouMean(name.Text, DayNames));
        return null;
    }

    /// <summary>Resolves a calendar reference; <c>always</c> is built in.</summary>
    private string? ResolveCalendar(NameSyntax name) =>
        _calendars.Resolve(name, _diagnostics, out _) ? name.Text : null;
}
