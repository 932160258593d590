using System.Globalization;
using System.Text;

namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// Writes a small random catalog as .plan text: a zone (DST in both hemispheres, 30-minute shifts, changes at
/// midnight, fixed offsets), holiday sets of every kind, calendars with spans on a 15-minute grid (past
/// midnight, to 24:00, 24/7, inherited), severities with numbers and aliases, kinds, channels, typed
/// attributes, work items, obligations, plans with versions and inheritance, target tables (durations,
/// business days, every, best effort, when done, per-row calendars), credit ladders with caps, and coverage
/// rules of random shape. Names and texts include ones that would be code if they were spliced into C#.
/// </summary>
internal sealed class RandomCatalogText
{
    private static readonly string[] Zones =
    {
        "Europe/Warsaw", "America/New_York", "Australia/Lord_Howe", "Australia/Sydney", "UTC", "America/Santiago",
        "America/Havana", "Asia/Kolkata", "Europe/London", "UTC+02:00", "CET", "America/Denver", "Pacific/Chatham", "Asia/Tehran",
    };

    private static readonly string[] DayRanges = { "Mon-Fri", "Mon-Sun", "Sat", "Sun", "Fri-Mon", "Tue-Thu", "Mon", "Wed", "Sat-Sun" };

    /// <summary>
    /// Texts as written in the file. Without backslashes (their escapes are being redefined, issue 11 item 6):
    /// quotes come in triple-quoted texts. The count and order stay, so a seed still writes the same catalog.
    /// </summary>
    private static readonly string[] Titles =
    {
        "\"Plain\"", "\"\"\"With \"quotes\" inside\"\"\"", "\"\"\"\"); System.IO.File.Delete(\"x\"); //\"\"\"", "\"Zażółć gęślą jaźń\"",
        "\"{ } /* */ // #\"", "\"\"\"$\"{x}\" @\"y\" {{z}}\"\"\"", "\"Line one / two\"",
    };

    private readonly Random _r;
    private readonly StringBuilder _s = new();
    private readonly List<string> _calendars = new() { "always" };
    private readonly List<string> _severities = new();
    private readonly List<string> _kinds = new();
    private readonly List<string> _channels = new();
    private readonly List<string> _workItems = new();
    private readonly List<string> _workGroups = new();
    private readonly List<string> _obligations = new();
    private readonly List<(string Name, string Type)> _attributes = new();

    private RandomCatalogText(int seed) => _r = new Random(seed);

    public static string Write(int seed) => new RandomCatalogText(seed).Catalog();

    private string Catalog()
    {
        var zone = Pick(Zones);
        Line($"catalog c{_r.Next(1000)} {Title()} {{");
        Line("  currency: EUR");
        Line($"  timezone: \"{zone}\"");
        if (Chance(0.3)) Line("  languages: en, pl");
        Line("}");
        var sets = HolidaySets();
        Calendars(sets);
        Severities();
        Kinds();
        Channels();
        Attributes();
        Work();
        Obligations();
        if (Chance(0.5))
        {
            Line("coverage {");
            for (var i = _r.Next(1, 4); i > 0; i--) Line("  " + Rule());
            Line("}");
        }
        Plans();
        return _s.ToString();
    }

    // ---------------------------------------------------------------- calendars

    private List<string> HolidaySets()
    {
        var sets = new List<string>();
        for (var i = _r.Next(0, 3); i > 0; i--)
        {
            var name = "hs" + sets.Count;
            sets.Add(name);
            Line($"holidays {name} {Title()} {{");
            for (var j = _r.Next(1, 7); j > 0; j--)
            {
                var day = _r.Next(4) switch
                {
                    0 => $"{_r.Next(1, 13):00}-{_r.Next(1, 29):00}",
                    1 => "easter" + (_r.Next(3) == 0 ? "" : (_r.Next(2) == 0 ? " +" : " -") + _r.Next(1, 70)),
                    2 => new DateTime(2015, 1, 1).AddDays(_r.Next(0, 11000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => $"{_r.Next(1, 13):00}-{_r.Next(1, 29):00} from {_r.Next(2015, 2041)}",
                };
                Line($"  {day}: \"h{j}\"");
            }
            Line("}");
        }
        return sets;
    }

    private void Calendars(List<string> sets)
    {
        for (var i = _r.Next(1, 5); i > 0; i--)
        {
            var name = "cal" + (_calendars.Count - 1);
            var basedOn = _calendars.Count > 1 && Chance(0.2) ? " from " + Pick(_calendars.Skip(1).ToList()) : "";
            Line($"calendar {name} {Title()}{basedOn} {{");
            if (Chance(0.6)) Line($"  timezone: \"{Pick(Zones)}\"");
            if (basedOn.Length == 0 || Chance(0.5))
            {
                if (Chance(0.12)) Line("  hours: 24/7");
                else
                    for (var j = _r.Next(1, 4); j > 0; j--)
                        Line($"  hours: {Pick(DayRanges)} {Span()}{(Chance(0.25) ? " " + Span() : "")}");
            }
            if (sets.Count > 0 && Chance(0.6)) Line($"  holidays: {Pick(sets)}");
            if (Chance(0.3))
                Line("  closed: " + string.Join(", ", Enumerable.Range(0, _r.Next(1, 4)).Select(_ => new DateTime(2015, 1, 1).AddDays(_r.Next(0, 11000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            Line("}");
            _calendars.Add(name);
        }
    }

    /// <summary>A span on the 15-minute grid; its end may be 24:00 or past midnight, never equal to its start.</summary>
    private string Span()
    {
        var start = _r.Next(0, 96);
        int end;
        do end = _r.Next(0, 97); while (end == start || (end == 96 && start == 0 && Chance(0.5)) || (start == 0 && end == 0));
        return $"{Time(start)}-{Time(end)}";
    }

    private static string Time(int quarter) => $"{quarter / 4:00}:{quarter % 4 * 15:00}";

    // ---------------------------------------------------------------- declarations

    private void Severities()
    {
        var count = _r.Next(0, 5);
        if (count == 0) return;
        Line("severities most urgent first {");
        var numbers = Enumerable.Range(1, 9).OrderBy(_ => _r.Next()).ToList();
        for (var i = 0; i < count; i++)
        {
            var name = "s" + i;
            _severities.Add(name);
            var number = Chance(0.7) ? $" = {numbers[i]}" : "";
            var aliases = Chance(0.5) ? $" {{ aliases: \"Sev {name}\", \"P{i}x\" }}" : "";
            Line($"  {name}{number} \"Severity {i}\"{aliases}");
        }
        Line("}");
    }

    private void Kinds()
    {
        var count = _r.Next(0, 3);
        if (count == 0) return;
        Line("kinds {");
        for (var i = 0; i < count; i++)
        {
            _kinds.Add("k" + i);
            Line($"  k{i} {Title()}");
        }
        Line("}");
    }

    private void Channels()
    {
        var count = _r.Next(0, 4);
        if (count == 0) return;
        Line("channels {");
        foreach (var name in new[] { "phone", "email", "chat" }.Take(count))
        {
            _channels.Add(name);
            Line($"  {name} {Title()}");
        }
        Line("}");
    }

    private void Attributes()
    {
        var all = new (string Name, string Type, string Decl)[]
        {
            ("cause", "choice", "one of bug \"Bug\", misconfiguration \"Misconfiguration\", other \"Other\""),
            ("vip", "flag", "yes/no"), ("users", "number", "number"), ("effort", "duration", "duration"),
            ("reported", "date", "date"), ("budget", "money", "money"), ("product", "text", "text"),
        };
        var chosen = all.Where(_ => Chance(0.6)).ToList();
        if (chosen.Count == 0) return;
        Line("attributes {");
        foreach (var a in chosen)
        {
            _attributes.Add((a.Name, a.Type));
            Line($"  {a.Name} {Title()}: {a.Decl}");
        }
        Line("}");
    }

    private void Work()
    {
        for (var g = _r.Next(0, 3); g > 0; g--)
        {
            var group = "wg" + _workGroups.Count;
            _workGroups.Add(group);
            Line($"work {group} {Title()} {{");
            for (var i = _r.Next(1, 4); i > 0; i--)
            {
                var item = "wi" + _workItems.Count;
                _workItems.Add(item);
                Line($"  {item} {Title()}{(Chance(0.3) ? " { note: \"a note\" }" : "")}");
            }
            Line("}");
        }
    }

    private void Obligations()
    {
        var count = _r.Next(0, 3);
        if (count == 0) return;
        Line("obligations {");
        for (var i = 0; i < count; i++)
        {
            _obligations.Add("ob" + i);
            Line($"  ob{i} {Title()}{(Chance(0.5) ? " { text: \"You must.\" }" : "")}");
        }
        Line("}");
    }

    // ---------------------------------------------------------------- plans

    private void Plans()
    {
        var plans = new List<string>();
        for (var p = _r.Next(1, 4); p > 0; p--)
        {
            var name = "p" + plans.Count;
            var parent = plans.Count > 0 && Chance(0.35) ? " extends " + Pick(plans) : "";
            var versions = Chance(0.35) ? 2 : 1;
            var dates = Enumerable.Range(0, versions).Select(_ => new DateTime(2015, 1, 1).AddDays(_r.Next(0, 11000))).Distinct().OrderBy(d => d).ToList();
            for (var v = 0; v < dates.Count; v++)
            {
                Line($"plan {name} {Title()}{(v == 0 ? parent : "")} {{");
                if (v > 0 || Chance(0.4)) Line($"  effective: {dates[v]:yyyy-MM-dd}");
                if (v == 0 || Chance(0.3)) Line($"  hours: {Pick(_calendars.Skip(1).Append("always").ToList())}");
                if (_workItems.Count > 0 && Chance(0.4)) Line($"  {Pick(new[] { "included", "excluded", "billable" })}: {Pick(_workItems.Concat(_workGroups).ToList())}");
                if (v == 0 || Chance(0.5)) Targets();
                if (Chance(0.5)) Credits();
                if (Chance(0.6))
                {
                    Line("  coverage {");
                    for (var i = _r.Next(1, 5); i > 0; i--) Line("    " + Rule());
                    Line("  }");
                }
                Line("}");
            }
            plans.Add(name);
        }
    }

    private void Targets()
    {
        var metrics = new[] { "response", "status update", "follow-up", "resolution" }.Where(_ => Chance(0.6)).ToList();
        if (!metrics.Contains("response")) metrics.Insert(0, "response");
        var onColumn = Chance(0.3);
        var header = new List<string>();
        if (_severities.Count > 0) header.Add("severity");
        if (_kinds.Count > 0) header.Add("kind");
        header.AddRange(metrics);
        if (onColumn) header.Add("on");
        var on = Chance(0.3) ? " on " + Pick(_calendars) : "";
        Line($"  targets{on} {{");
        Line("    | " + string.Join(" | ", header) + " |");
        var severityCells = _severities.Count == 0 ? new List<string?> { null } : Chance(0.3) ? new List<string?> { "all" } : _severities.Select(s => (string?)s).ToList();
        var kindCells = _kinds.Count == 0 ? new List<string?> { null } : Chance(0.4) ? new List<string?> { "all" } : _kinds.Select(k => (string?)k).ToList();
        foreach (var severity in severityCells)
        foreach (var kind in kindCells)
        {
            if (severity != "all" && Chance(0.15)) continue; // a severity without a row
            var cells = new List<string>();
            if (severity is not null) cells.Add(severity);
            if (kind is not null) cells.Add(kind);
            cells.AddRange(metrics.Select(Target));
            if (onColumn) cells.Add(Pick(_calendars));
            Line("    | " + string.Join(" | ", cells) + " |");
        }
        Line("  }");
    }

    private string Target(string metric)
    {
        var d = _r.Next(10) switch
        {
            0 => "-",
            1 => "best effort",
            2 => "when done",
            3 => Plural(_r.Next(1, 6), "business day"),
            4 => Plural(_r.Next(1, 4), "day"),
            5 => Plural(_r.Next(1, 3), "week"),
            6 => $"{_r.Next(1, 13) * 5} min",
            _ => $"{_r.Next(1, 49)} h",
        };
        if (d is "-" or "best effort" or "when done") return d;
        var every = metric == "status update" && Chance(0.6) ? "every " : "";
        var on = every.Length == 0 && Chance(0.15) ? " on " + Pick(_calendars) : "";
        return every + d + on;
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    private void Credits()
    {
        var thresholds = new[] { 99.99m, 99.9m, 99.8m, 99.5m, 99m, 98m, 95m, 90m }.Where(_ => Chance(0.4)).ToList();
        if (thresholds.Count == 0) thresholds.Add(99.5m);
        Line("  credits {");
        Line("    | uptime below | credit |");
        foreach (var t in thresholds)
            Line($"    | {t.ToString(CultureInfo.InvariantCulture)}% | {(Chance(0.1) ? "-" : _r.Next(0, 301) + (Chance(0.2) ? ".5" : "") + "%")} |");
        if (Chance(0.4)) Line($"    cap: {_r.Next(0, 301)}%");
        Line("  }");
    }

    // ---------------------------------------------------------------- rules

    private string Rule()
    {
        var testable = _severities.Count + _kinds.Count + _channels.Count + _workItems.Count + _attributes.Count > 0;
        var when = !testable || Chance(0.15) ? "otherwise" : "when " + Condition(_r.Next(0, 4));
        var outcome = _r.Next(4) switch
        {
            0 => "included",
            1 => "excluded",
            2 => "refused",
            _ => "billable" + (Chance(0.6) ? $" at {_r.Next(10, 200)} EUR/h" : ""),
        };
        var reasons = _workItems.Concat(_workGroups).Concat(_obligations).ToList();
        var reason = _r.Next(4) switch
        {
            0 when reasons.Count > 0 => " " + Pick(reasons),
            1 => " " + Title(),
            _ => "",
        };
        return $"{when} -> {outcome}{reason}";
    }

    private string Condition(int depth)
    {
        if (depth > 0 && Chance(0.6))
            return _r.Next(4) switch
            {
                0 => "not " + Wrap(Condition(depth - 1)),
                1 => $"{Condition(depth - 1)} and {Condition(depth - 1)}",
                2 => $"{Condition(depth - 1)} or {Condition(depth - 1)}",
                _ => $"({Condition(depth - 1)})",
            };
        return Test();
    }

    private static string Wrap(string condition) => "(" + condition + ")";

    private string Test()
    {
        var options = new List<Func<string>>();
        if (_severities.Count > 0) options.Add(() => Choice("severity", _severities));
        if (_kinds.Count > 0) options.Add(() => Choice("kind", _kinds));
        if (_channels.Count > 0) options.Add(() => Choice("channel", _channels));
        if (_workItems.Count > 0)
            options.Add(() => Chance(0.4) && _workGroups.Count > 0 ? $"work {(Chance(0.3) ? "not in" : "in")} {Pick(_workGroups)}" : Choice("work", _workItems));
        foreach (var (name, type) in _attributes)
            options.Add(type switch
            {
                "choice" => () => Choice(name, new List<string> { "bug", "misconfiguration", "other" }),
                "flag" => () => Chance(0.5) ? name : $"{name} {Pick(new[] { "=", "!=" })} {Pick(new[] { "yes", "no" })}",
                "number" => () => $"{name} {Order()} {Pick(new[] { "0", "10", "2.5", "100", "0.001" })}",
                "duration" => () => $"{name} {Order()} {Pick(new[] { "30 min", "4 h", "2 days", "90 minutes" })}",
                "date" => () => $"{name} {Order()} {Pick(new[] { "2026-01-01", "2020-06-15", "2030-12-31" })}",
                "money" => () => $"{name} {Order()} {Pick(new[] { "100 EUR", "0.50 EUR", "1000 EUR" })}",
                _ => () => Chance(0.7) ? $"{name} {Pick(new[] { "=", "!=" })} {Pick(new[] { "\"Linux\"", "\"a\"", "\"\"" })}" : $"{name} {(Chance(0.3) ? "not in" : "in")} [\"Linux\", \"a\"]",
            });
        return Pick(options)();
    }

    private string Choice(string attribute, List<string> members) => _r.Next(3) switch
    {
        0 => $"{attribute} {Pick(new[] { "=", "!=" })} {Pick(members)}",
        1 => $"{attribute} in [{string.Join(", ", members.Where(_ => Chance(0.5)).DefaultIfEmpty(members[0]))}]",
        _ => $"{attribute} not in [{Pick(members)}]",
    };

    private string Order() => Pick(new[] { "=", "!=", "<", "<=", ">", ">=" });

    // ---------------------------------------------------------------- helpers

    private string Title() => Pick(Titles) + (Chance(0.2) ? " pl \"Tytuł\"" : "");

    private bool Chance(double p) => _r.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    private void Line(string line) => _s.Append(line).Append('\n');
}
