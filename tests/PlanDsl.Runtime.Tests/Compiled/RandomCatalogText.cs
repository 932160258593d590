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
/// With <see cref="RandomCatalogOptions.EveryConstruct"/> it also writes what the rest of docs/language.md
/// has (entitlements, plan channels, prices, matrices, catalog-wide ladders, glossary, notice periods, texts
/// in three languages) and extreme values: zones with odd offsets and LMT-era dates, years 1-9999, huge and
/// tiny durations, 0 % and 100 %, decimals with many digits, long names. Without it a seed writes what it
/// always wrote (the extra draws happen only with the option), so committed seeds keep their catalogs.
/// </summary>
internal sealed class RandomCatalogText
{
    private static readonly string[] Zones =
    {
        "Europe/Warsaw", "America/New_York", "Australia/Lord_Howe", "Australia/Sydney", "UTC", "America/Santiago",
        "America/Havana", "Asia/Kolkata", "Europe/London", "UTC+02:00", "CET", "America/Denver", "Pacific/Chatham", "Asia/Tehran",
    };

    /// <summary>Zones with odd offsets: +05:45, a 30-minute DST, +12:45/+13:45, Monrovia's -00:44:30 until 1972, +14:00, -03:30.</summary>
    private static readonly string[] OddZones =
    {
        "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Monrovia", "Pacific/Kiritimati", "America/St_Johns",
        "Asia/Kolkata", "Australia/Eucla", "Pacific/Marquesas", "UTC-09:30", "UTC+05:45", "UTC+14:00", "UTC-12:00", "Europe/Dublin",
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

    private readonly RandomCatalogOptions _o;
    private readonly List<(string Name, string Type)> _entitlements = new();
    private readonly List<string> _plans = new();
    private bool _onAlwaysOnly;

    private RandomCatalogText(int seed, RandomCatalogOptions options)
    {
        _r = new Random(seed);
        _o = options;
    }

    public static string Write(int seed) => Write(seed, RandomCatalogOptions.Default);

    public static string Write(int seed, RandomCatalogOptions options) => new RandomCatalogText(seed, options).Catalog();

    /// <summary>The longest catalog id in UTF-8 bytes (PD0214); the ids written here are ASCII.</summary>
    private const int CatalogIdLimit = 128;

    private string Catalog()
    {
        var zone = Zone();
        var id = $"c{_r.Next(1000)}";
        if (_o.Item2LongCatalogIds && Chance(0.3)) id += new string('x', _r.Next(100, CatalogIdLimit - id.Length + 1)); // up to the PD0214 limit
        Line($"catalog {id} {Title()} {{");
        Line("  currency: EUR");
        Line($"  timezone: \"{zone}\"");
        if (_o.EveryConstruct)
        {
            Line("  languages: en, pl, fr");
            if (Chance(0.5)) Line($"  notice period: {Pick(new[] { "30 days", "1 month", "2 weeks", "0 days", "1000 days" })}");
            if (Chance(0.3)) Line("  outside hours: tickets wait");
            if (Chance(0.3)) Line($"  effective: {Date()}");
            if (Chance(0.3)) Line("  assumption: \"Assumed.\" fr \"Supposé.\"");
        }
        else if (Chance(0.3)) Line("  languages: en, pl");
        Line("}");
        var sets = HolidaySets();
        Calendars(sets);
        Severities();
        Kinds();
        Channels();
        Attributes();
        Work();
        Obligations();
        if (_o.EveryConstruct)
        {
            Entitlements();
            if (Chance(0.4)) Line("glossary {\n  \"Response time\": \"The time until we answer.\" pl \"Czas reakcji.\"\n}");
        }
        if (Chance(0.5))
        {
            Line("coverage {");
            for (var i = _r.Next(1, 4); i > 0; i--) Line("  " + Rule());
            Line("}");
        }
        Plans();
        if (_o.EveryConstruct) Matrices();
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
                    2 => Date(),
                    _ => $"{_r.Next(1, 13):00}-{_r.Next(1, 29):00} from {Year()}",
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
            var name = Name("cal" + (_calendars.Count - 1));
            var basedOn = _calendars.Count > 1 && Chance(0.2) ? " from " + Pick(_calendars.Skip(1).ToList()) : "";
            Line($"calendar {name} {Title()}{basedOn} {{");
            if (Chance(0.6)) Line($"  timezone: \"{Zone()}\"");
            if (basedOn.Length == 0 || Chance(0.5))
            {
                if (Chance(0.12)) Line("  hours: 24/7");
                else
                    for (var j = _r.Next(1, 4); j > 0; j--)
                        Line($"  hours: {Pick(DayRanges)} {Span()}{(Chance(0.25) ? " " + Span() : "")}");
            }
            if (sets.Count > 0 && Chance(0.6)) Line($"  holidays: {Pick(sets)}");
            if (Chance(0.3))
                Line("  closed: " + string.Join(", ", Enumerable.Range(0, _r.Next(1, 4)).Select(_ => Date())));
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
            var name = Name("p" + plans.Count);
            var parent = plans.Count > 0 && Chance(0.35) ? " extends " + Pick(plans) : "";
            var versions = Chance(0.35) ? 2 : 1;
            var dates = Enumerable.Range(0, versions).Select(_ => DateOf()).Distinct().OrderBy(d => d).ToList();
            for (var v = 0; v < dates.Count; v++)
            {
                Line($"plan {name} {Title()}{(v == 0 ? parent : "")} {{");
                if (v > 0 || Chance(0.4)) Line($"  effective: {Show(dates[v])}");
                if (_o.EveryConstruct) PlanExtras(v, dates[v]);
                // The versions analysis measures targets over a week (ReferenceWeek); on a calendar open a few
                // minutes a week it overflows (issue 11 item 2(a)/(b)): only with that knob on.
                _onAlwaysOnly = _o.EveryConstruct && dates.Count > 1 && !_o.Item2VersionsOverflow;
                if (_onAlwaysOnly) Line("  hours: always");
                else if (v == 0 || Chance(0.3)) Line($"  hours: {Pick(_calendars.Skip(1).Append("always").ToList())}");
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
            _plans.Add(name);
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
        if (_onAlwaysOnly) on = "";
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
            if (onColumn) cells.Add(_onAlwaysOnly ? "always" : Pick(_calendars));
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
        if (_o.EveryConstruct && Chance(0.3))
        {
            var (extreme, years) = ExtremeDuration();
            // The runtime looks 10 years ahead for open time (issue 11 item 10): longer waits only with that knob on.
            if (years && !_o.Item10TargetsBeyondHorizon) return extreme + " on always";
            d = extreme;
        }
        if (d is "-" or "best effort" or "when done") return d;
        var every = metric == "status update" && Chance(0.6) ? "every " : "";
        var on = every.Length == 0 && Chance(0.15) ? " on " + Pick(_calendars) : "";
        if (_onAlwaysOnly) on = "";
        return every + d + on;
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    private void Credits()
    {
        var thresholds = new[] { 99.99m, 99.9m, 99.8m, 99.5m, 99m, 98m, 95m, 90m }.Where(_ => Chance(0.4)).ToList();
        if (thresholds.Count == 0) thresholds.Add(99.5m);
        Line("  credits {");
        Line("    | uptime below | credit |");
        if (_o.EveryConstruct && Chance(0.5))
            thresholds = thresholds.Append(Pick(new[] { 100m, 99.99999999999999m, 0.0000000001m, 50.123456789012345678m, 0.5m })).Distinct().OrderByDescending(t => t).ToList();
        foreach (var t in thresholds)
            Line($"    | {t.ToString(CultureInfo.InvariantCulture)}% | {(Chance(0.1) ? "-" : _o.EveryConstruct && Chance(0.3) ? Pick(new[] { "0%", "100%", "12.3456789012345678%", "0.0000000001%", "1000%" }) : _r.Next(0, 301) + (Chance(0.2) ? ".5" : "") + "%")} |");
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

    // ---------------------------------------------------------------- every construct (RandomCatalogOptions.EveryConstruct)

    private void Entitlements()
    {
        var all = new (string Name, string Type, string Decl)[]
        {
            ("devices", "count", "count"), ("remote", "yesno", "yes/no { definition: \"We can support you remotely.\" }"),
            ("tickets", "quota", "count per month"), ("average", "duration", "duration"), ("backup", "money", "money"),
            ("discount", "percent", "percent"), ("motto", "text", "text"), ("updates", "list", "list"),
            ("priority", "oneof", "one of lowest \"Lowest\", normal \"Normal\", highest \"Highest\""),
        };
        var chosen = all.Where(_ => Chance(0.6)).ToList();
        if (chosen.Count == 0) return;
        Line("entitlements {");
        foreach (var e in chosen)
        {
            _entitlements.Add((e.Name, e.Type));
            Line($"  {e.Name} {Title()}: {e.Decl}");
        }
        if (Chance(0.4))
        {
            Line("  group education \"Education\" fr \"Formation\" {");
            Line("    training \"Training\": yes/no");
            Line("  }");
            _entitlements.Add(("training", "yesno"));
        }
        Line("}");
    }

    private string EntitlementValue(string type) => type switch
    {
        "count" => Pick(new[] { "0", "5", "unlimited", "3 included, additional billed", "3 included, additional not allowed", "60 included, additional at 5 EUR per device per month", "2147483647" }),
        "yesno" => Pick(new[] { "yes", "no" }),
        "quota" => Pick(new[] { "15", "15 per month", "unlimited", "0" }),
        "duration" => Pick(new[] { "1 h", "1 min", "8760 h", "30 days" }),
        "money" => Pick(new[] { "300.00 EUR", "0.0000001 EUR", "0 EUR", "999999999.99 EUR" }),
        "percent" => Pick(new[] { "0%", "100%", "12.3456789012345678%", "10%" }),
        "text" => Pick(Titles),
        "list" => Pick(new[] { "\"Active tickets\", \"Optimization metrics\"", "[\"a\", \"b\"]" }),
        _ => Pick(new[] { "lowest", "normal", "highest" }),
    };

    private void PlanExtras(int version, DateTime effective)
    {
        if (Chance(0.3)) Line($"  description: {Title()}");
        if (Chance(0.2)) Line($"  note: {Title()}");
        if (Chance(0.2)) Line("  outside hours: tickets wait");
        if (Chance(0.4)) Line($"  uptime target: {Pick(new[] { "99.999%", "100%", "0%", "99.99999999999%", "95%" })}");
        if (version > 0 && effective.Year > 1 && Chance(0.5)) Line($"  published: {Show(effective.AddDays(-_r.Next(0, 400)))}");
        if (_channels.Count > 0 && Chance(0.5))
        {
            Line("  channels {");
            foreach (var channel in _channels.Where(_ => Chance(0.7)))
            {
                var calendar = _onAlwaysOnly ? "always" : Pick(_calendars);
                Line($"    {channel}: {Pick(new[] { "yes", "no", calendar, "on " + calendar, "best effort", "best effort on " + calendar })}");
            }
            Line("  }");
        }
        var values = _entitlements.Where(_ => Chance(0.5)).ToList();
        if (values.Count > 0 && Chance(0.5))
        {
            Line("  entitlements {");
            foreach (var (name, type) in values) Line($"    {name}: {EntitlementValue(type)}");
            Line("  }");
        }
        else
            foreach (var (name, type) in values) Line($"  {name}: {EntitlementValue(type)}");
        if (version == 0 && _entitlements.Count > 0 && _plans.Count > 0 && Chance(0.3))
            Line($"  lowers: {string.Join(", ", _entitlements.Take(2).Select(e => e.Name))}");
        if (Chance(0.4))
        {
            Line("  prices {");
            Line($"    base_fee \"Base fee\": {Pick(new[] { "300.00 EUR", "0 EUR", "0.0000001 EUR", "99999999.99999999 EUR" })} per month");
            if (Chance(0.5)) Line("    per_instance \"Fee per OCI\": 150.00 EUR per instance per month");
            if (Chance(0.5)) Line($"    hourly \"Hourly rate\": {Pick(new[] { "100", "0.01", "12345.6789" })} EUR/h");
            if (Chance(0.5)) Line("    backup \"Backup\": 0.0002 EUR per GB per hour");
            if (Chance(0.3)) Line("    quota \"Quota\": 5 per month");
            Line("  }");
        }
    }

    private void Matrices()
    {
        if (_plans.Count == 0) return;
        if (_channels.Count > 0 && Chance(0.3))
        {
            // A matrix value is the plan's own; written also in the plan it is PD0104: these channels are new ones.
            Line($"matrix {Title()} {{");
            Line($"  | channel | {string.Join(" | ", _plans)} |");
            Line($"  | fax | {string.Join(" | ", _plans.Select(_ => Pick(new[] { "yes", "no", "always", "best effort" })))} |");
            Line("}");
            _s.Insert(0, "channels {\n  fax \"Fax\"\n}\n");
        }
    }

    private string Zone() => _o.EveryConstruct && Chance(0.5) ? Pick(OddZones) : Pick(Zones);

    /// <summary>Years 1-9999 with the option (up to 9978 unless <see cref="RandomCatalogOptions.Item9NearYear9999"/>); 2015-2045 without.</summary>
    private DateTime DateOf()
    {
        if (!_o.EveryConstruct || !Chance(0.35)) return new DateTime(2015, 1, 1).AddDays(_r.Next(0, 11000));
        var year = _r.Next(5) switch
        {
            0 => _r.Next(1, 3),
            1 => _r.Next(1800, 1920), // local mean time, before standard zones
            2 => 1970 + _r.Next(0, 3),
            _ => _r.Next(1, MaxYear + 1),
        };
        return new DateTime(year, _r.Next(1, 13), 1).AddDays(_r.Next(0, 28));
    }

    private int MaxYear => _o.Item9NearYear9999 ? 9999 : 9978;

    private string Date() => Show(DateOf());

    private int Year() => _o.EveryConstruct && Chance(0.2) ? _r.Next(1, MaxYear + 1) : _r.Next(2015, 2041);

    private static string Show(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A declared name; with the option sometimes a very long one.</summary>
    private string Name(string name) => _o.EveryConstruct && Chance(0.1) ? name + "_" + new string('n', _r.Next(100, 500)) : name;

    /// <summary>A tiny or huge duration; <c>Years</c> when it is long enough to pass the 10-year horizon on a calendar that is rarely open.</summary>
    private (string Text, bool Years) ExtremeDuration()
    {
        if (_o.Item2HugeDurations && Chance(0.3))
            return (Pick(new[] { "100000 days", "2000000 h", "14285 weeks", "130 business days", "9999999 min" }), true);
        if (_o.Item10TargetsBeyondHorizon && Chance(0.3))
            return (Pick(new[] { "36500 days", "5200 weeks", "200000 h" }), true);
        return Chance(0.5)
            ? (Pick(new[] { "525600 min", "8760 h", "3000 days", "500 weeks", "250 business days" }), true)
            : (Pick(new[] { "1 min", "1 minute", "0 min", "90 minutes", "1 business day", "1 day" }), false);
    }

    // ---------------------------------------------------------------- helpers

    private string Title() => Pick(Titles) + (Chance(0.2) ? " pl \"Tytuł\"" : "") + (_o.EveryConstruct && Chance(0.4) ? " fr \"Titre à l'œil\"" : "");

    private bool Chance(double p) => _r.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    private void Line(string line) => _s.Append(line).Append('\n');
}
