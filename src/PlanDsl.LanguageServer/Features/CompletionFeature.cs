using System.Text.RegularExpressions;
using NodaTime;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>
/// Completion from the cursor's context: keywords of the enclosing block, names declared in the
/// document's catalogs (plans, calendars, severities, channels, entitlements, work items, …), values
/// of an entitlement or ticket attribute, table cells by column, and time-zone ids after 'timezone:'.
/// Uses the latest syntax built for each file, so it never waits for a parse.
/// </summary>
public static partial class CompletionFeature
{
    private static readonly string[] TopLevel = { "import", "catalog", "calendar", "holidays", "severities most urgent first", "kinds", "channels", "attributes", "entitlements", "work", "obligations", "glossary", "plan", "coverage", "credits", "matrix" };
    private static readonly string[] CatalogKeys = { "vendor:", "currency:", "language:", "languages:", "timezone:", "tiers:", "effective:", "notice period:", "source:", "note:", "assumption:", "outside hours:" };
    private static readonly string[] CalendarKeys = { "timezone:", "hours:", "holidays:", "closed:", "assumption:" };
    private static readonly string[] PlanKeys = { "description:", "note:", "assumption:", "hours:", "uptime target:", "included:", "excluded:", "billable:", "effective:", "published:", "outside hours:", "lowers:" };
    private static readonly string[] PlanSections = { "channels", "entitlements", "prices", "targets on", "credits", "coverage" };
    private static readonly string[] TargetCells = { "best effort", "when done", "-", "30 min", "1 h", "4 h", "1 business day" };
    private static readonly string[] BuiltInAttributes = { "severity", "kind", "channel", "work" };
    private static readonly Lazy<string[]> TimeZones = new(() => DateTimeZoneProviders.Tzdb.Ids.Append("UTC").Distinct().OrderBy(z => z, StringComparer.Ordinal).ToArray());

    public static CompletionList Complete(PlanWorkspace workspace, Document document, Position position, CancellationToken cancellation)
    {
        var context = EditorContext.At(document, position);
        var names = new NameTable(workspace.Neighbours(document.Path).Select(d => d.Path == document.Path ? d.BestSyntax : d.BestSyntax));
        cancellation.ThrowIfCancellationRequested();
        var items = Items(context, names, position).ToList();
        return new CompletionList(false, items.DistinctBy(i => i.Label).ToArray());
    }

    private static IEnumerable<CompletionItem> Items(EditorContext context, NameTable names, Position position)
    {
        var before = context.LineBefore;

        if (TimeZonePattern().Match(before) is { Success: true } tz)
        {
            var quoted = tz.Groups[1].Success;
            var start = new Position(position.Line, position.Character - tz.Groups[2].Length);
            var range = new Protocol.Range(start, position);
            return TimeZones.Value.Select(id => new CompletionItem(id, Kinds.CompletionConstant, "time zone",
                TextEdit: new TextEdit(range, quoted ? id : "\"" + id + "\"")));
        }
        if (ExtendsPattern().IsMatch(before)) return Names(names.Of("plan"), "plan", Kinds.CompletionClass);
        if (FromPattern().IsMatch(before) || OnPattern().IsMatch(before)) return Names(names.Calendars, "calendar", Kinds.CompletionEvent);
        if (PropertyValuePattern().Match(before) is { Success: true } property)
            return PropertyValues(context, property.Groups[1].Value.Trim(), names);
        if (before.TrimStart().StartsWith('|')) return TableCells(context, names);
        if (context.Innermost == "coverage" || RulePattern().IsMatch(before)) return Coverage(before, names);
        if (LineStartPattern().IsMatch(before)) return Keywords(context, names);
        return Array.Empty<CompletionItem>();
    }

    private static IEnumerable<CompletionItem> Keywords(EditorContext context, NameTable names)
    {
        var block = context.Innermost;
        var outer = context.Blocks.Count >= 2 ? context.Outer(context.Blocks.Count - 2) : "";
        if (context.Blocks.Count == 0) return Words(TopLevel);
        return block switch
        {
            "catalog" => Words(CatalogKeys),
            "calendar" => Words(CalendarKeys),
            "plan" => Words(PlanKeys).Concat(Words(PlanSections)).Concat(names.Entitlements.Select(e => new CompletionItem(e.Name.Text, Kinds.CompletionProperty, "entitlement", e.Name.Text + ": "))),
            "channels" when outer == "plan" => names.Of("channel").Select(c => new CompletionItem(c, Kinds.CompletionField, "channel", c + ": ")),
            "entitlements" when outer == "plan" => names.Entitlements.Select(e => new CompletionItem(e.Name.Text, Kinds.CompletionProperty, "entitlement", e.Name.Text + ": ")),
            "targets" => new[] { new CompletionItem("| severity | response | status update | resolution |", Kinds.CompletionKeyword, "targets header") },
            "coverage" => Words(new[] { "when", "otherwise ->" }),
            "holidays" => Words(new[] { "easter", "include:" }),
            "credits" => new[] { new CompletionItem("| uptime below | credit |", Kinds.CompletionKeyword, "credits header"), new CompletionItem("cap:", Kinds.CompletionKeyword) },
            _ => Array.Empty<CompletionItem>(),
        };
    }

    private static IEnumerable<CompletionItem> PropertyValues(EditorContext context, string key, NameTable names)
    {
        var block = context.Innermost;
        var outer = context.Blocks.Count >= 2 ? context.Outer(context.Blocks.Count - 2) : "";
        if (block == "channels" && outer == "plan")
            return Words(new[] { "yes", "no", "always", "best effort", "best effort on", "on" }).Concat(Names(names.Calendars, "calendar", Kinds.CompletionEvent));
        switch (key)
        {
            case "hours" when block == "plan": return Names(names.Calendars, "calendar", Kinds.CompletionEvent);
            case "hours" when block == "calendar": return Words(new[] { "Mon-Fri 08:00-17:00", "Mon-Sun 00:00-24:00", "24/7" });
            case "holidays" or "include": return Names(names.Of("holidays"), "holidays", Kinds.CompletionEvent);
            case "included" or "excluded" or "billable":
                return Names(names.Of("work item"), "work item", Kinds.CompletionValue).Concat(Names(names.Of("work group"), "work group", Kinds.CompletionModule));
            case "tiers": return Names(names.Of("plan"), "plan", Kinds.CompletionClass);
            case "language" or "languages": return Words(new[] { "en", "pl", "fr", "de" });
            case "severity": return Names(names.Of("severity"), "severity", Kinds.CompletionEnumMember);
        }
        if (names.Entitlements.FirstOrDefault(e => e.Name.Text == key) is { } entitlement)
            return EntitlementValues(entitlement);
        return Array.Empty<CompletionItem>();
    }

    private static IEnumerable<CompletionItem> EntitlementValues(TypedEntrySyntax entitlement)
    {
        var type = entitlement.Type;
        var values = type.Kind switch
        {
            TypeSyntaxKind.YesNo => new[] { "yes", "no" },
            TypeSyntaxKind.Choice => type.Members.Select(m => m.Name.Text).ToArray(),
            _ when type.Name?.Text == "count" && type.Per is null => new[] { "unlimited", "1 included, additional billed", "1 included, additional not allowed" },
            _ when type.Name?.Text == "count" => new[] { "unlimited", "1 per " + type.Per!.Text },
            _ => Array.Empty<string>(),
        };
        return values.Append("-").Select(v => new CompletionItem(v, Kinds.CompletionValue, "value of " + entitlement.Name.Text));
    }

    private static IEnumerable<CompletionItem> TableCells(EditorContext context, NameTable names)
    {
        var column = context.LineBefore.Count(c => c == '|') - 1;
        var header = context.TableHeader;
        if (header is null) // the header row itself
            return context.Innermost switch
            {
                "targets" => Words(new[] { "severity", "kind", "response", "status update", "follow-up", "resolution", "on" }),
                "credits" => Words(new[] { "uptime below", "credit" }),
                "matrix" when column == 0 => Words(new[] { "entitlement", "channel", "severity", "kind" }),
                "matrix" => Words(new[] { "target", "on" }).Concat(Names(names.Of("plan"), "plan", Kinds.CompletionClass)),
                _ => Array.Empty<CompletionItem>(),
            };
        var name = column >= 0 && column < header.Count ? header[column] : "";
        return name switch
        {
            "severity" => Names(names.Of("severity"), "severity", Kinds.CompletionEnumMember).Append(new CompletionItem("all", Kinds.CompletionKeyword, "every severity")),
            "kind" => Names(names.Of("kind"), "kind", Kinds.CompletionEnumMember).Append(new CompletionItem("all", Kinds.CompletionKeyword, "every kind")),
            "entitlement" => names.Entitlements.Select(e => new CompletionItem(e.Name.Text, Kinds.CompletionProperty, "entitlement")),
            "channel" => Names(names.Of("channel"), "channel", Kinds.CompletionField),
            "on" => Names(names.Calendars, "calendar", Kinds.CompletionEvent),
            "target" => Words(new[] { "response", "status update", "follow-up", "resolution" }),
            "status update" => Words(new[] { "every 1 h", "when done", "-" }),
            "response" or "follow-up" or "resolution" => Words(TargetCells),
            _ => Words(TargetCells),
        };
    }

    private static IEnumerable<CompletionItem> Coverage(string before, NameTable names)
    {
        if (OutcomePattern().IsMatch(before)) return Words(new[] { "included", "excluded", "refused", "billable", "billable at" });
        if (ComparePattern().Match(before) is { Success: true } compare)
        {
            var attribute = compare.Groups[1].Value;
            return attribute switch
            {
                "severity" => Names(names.Of("severity"), "severity", Kinds.CompletionEnumMember),
                "kind" => Names(names.Of("kind"), "kind", Kinds.CompletionEnumMember),
                "channel" => Names(names.Of("channel"), "channel", Kinds.CompletionField),
                "work" => Names(names.Of("work item"), "work item", Kinds.CompletionValue).Concat(Names(names.Of("work group"), "work group", Kinds.CompletionModule)),
                _ => names.Attributes.FirstOrDefault(a => a.Name.Text == attribute) is { } a
                    ? a.Type.Kind == TypeSyntaxKind.Choice ? a.Type.Members.Select(m => new CompletionItem(m.Name.Text, Kinds.CompletionEnumMember, "value of " + attribute))
                    : a.Type.Kind == TypeSyntaxKind.YesNo ? Words(new[] { "yes", "no" }) : Array.Empty<CompletionItem>()
                    : Array.Empty<CompletionItem>(),
            };
        }
        if (ConditionPattern().IsMatch(before))
            return names.Attributes.Select(a => new CompletionItem(a.Name.Text, Kinds.CompletionProperty, "attribute"))
                .Concat(BuiltInAttributes.Select(a => new CompletionItem(a, Kinds.CompletionProperty, "built-in attribute")))
                .Concat(Words(new[] { "not" }));
        if (LineStartPattern().IsMatch(before)) return Words(new[] { "when", "otherwise ->" });
        return Words(new[] { "and", "or", "in", "not in", "->" });
    }

    private static IEnumerable<CompletionItem> Words(IEnumerable<string> words) =>
        words.Select(w => new CompletionItem(w, Kinds.CompletionKeyword));

    private static IEnumerable<CompletionItem> Names(IEnumerable<string> names, string detail, int kind) =>
        names.Distinct().Select(n => new CompletionItem(n, kind, detail));

    [GeneratedRegex(@"\btimezone\s*:\s*(""?)([^""\s]*)$")] private static partial Regex TimeZonePattern();
    [GeneratedRegex(@"\bextends\s+\w*$")] private static partial Regex ExtendsPattern();
    [GeneratedRegex(@"^\s*calendar\b.*\bfrom\s+\w*$")] private static partial Regex FromPattern();
    [GeneratedRegex(@"\bon\s+\w*$")] private static partial Regex OnPattern();
    [GeneratedRegex(@"^\s*([\p{L}_][\p{L}\p{Nd}_ ]*)(\s+""[^""]*"")?\s*:\s*([\w\-]+\s*,\s*)*[\w\-]*$")] private static partial Regex PropertyValuePattern();
    [GeneratedRegex(@"^\s*(when|otherwise)\b")] private static partial Regex RulePattern();
    [GeneratedRegex(@"->\s*\w*$")] private static partial Regex OutcomePattern();
    [GeneratedRegex(@"(\w+)\s*(=|!=|<=|>=|<|>|\bin\s*\[|\bnot\s+in\s*\[)\s*([\w\-]+\s*,\s*)*[\w\-]*$")] private static partial Regex ComparePattern();
    [GeneratedRegex(@"(\bwhen|\band|\bor|\bnot|\()\s*\w*$")] private static partial Regex ConditionPattern();
    [GeneratedRegex(@"^\s*[\p{L}_]*$")] private static partial Regex LineStartPattern();
}
