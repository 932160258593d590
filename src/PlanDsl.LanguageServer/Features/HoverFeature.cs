using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Protocol;
using Range = PlanDsl.LanguageServer.Protocol.Range;
using PlanDsl.LanguageServer.Workspace;
using PlanDsl.Runtime.Model;

namespace PlanDsl.LanguageServer.Features;

/// <summary>
/// Hover: a plan shows its effective targets (inherited rows marked) and entitlements from the
/// resolved model; a calendar its weekly hours; a duration its normalized form; other names what they are.
/// </summary>
public static partial class HoverFeature
{
    public static Hover? Hover(PlanWorkspace workspace, ResolvedCatalog? model, Document document, Position position)
    {
        if (Duration(document, position) is { } duration) return duration;
        if (document.Syntax.Index.NameAt(position) is not { } name) return null;
        var declarations = NavigationFeature.Declarations(workspace, document, name.Text).ToList();
        if (declarations.Count == 0) return null;
        var declaration = declarations[0];
        var range = PositionMap.ToRange(name.Span);
        var text = declaration.Kind switch
        {
            "plan" => PlanText(workspace, document, model, name.Text, declaration),
            "calendar" => CalendarText(model, name.Text, declaration),
            _ => null,
        } ?? $"**{declaration.Kind}** `{declaration.Name}`" + (declaration.Detail is null ? "" : $" — {declaration.Detail}");
        return new Hover(new MarkupContent("markdown", text), range);
    }

    private static string? PlanText(PlanWorkspace workspace, Document document, ResolvedCatalog? model, string id, SymbolDeclaration declaration)
    {
        var sb = new StringBuilder($"**plan** `{id}`" + (declaration.Detail is null ? "" : $" — {declaration.Detail}") + "\n\n");
        var plan = model?.FindPlan(id);
        if (model is null || plan is null) return sb.Append("_(the effective targets show once the catalog compiles without errors)_").ToString();
        var version = plan.Current;
        var syntax = workspace.Neighbours(document.Path).SelectMany(d => d.Syntax.Unit.Declarations.OfType<PlanSyntax>()).Where(p => p.Name.Text == id).ToList();
        var inherited = PlanFacts.InheritedTargetSeverities(model, version, syntax).ToHashSet();
        if (version.Extends is not null) sb.Append($"extends `{version.Extends}`; ");
        sb.Append($"hours: `{version.Hours ?? "-"}`");
        if (version.UptimeTarget is { } uptime) sb.Append($"; uptime target {uptime.ToString(CultureInfo.InvariantCulture)}%");
        sb.Append("\n\n");
        var hasKinds = version.Targets.Any(t => t.Kind is not null);
        sb.Append(hasKinds ? "| severity | kind | response | status update | follow-up | resolution |\n|---|---|---|---|---|---|\n"
            : "| severity | response | status update | follow-up | resolution |\n|---|---|---|---|---|\n");
        var ranks = model.Severities.ToDictionary(s => s.Id, s => s.Rank);
        foreach (var row in version.Targets.OrderBy(t => t.Severity is null ? -1 : ranks.GetValueOrDefault(t.Severity)))
        {
            var mark = row.Severity is not null && inherited.Contains(row.Severity) ? " *(inherited)*" : "";
            sb.Append($"| {row.Severity ?? "all"}{mark} |");
            if (hasKinds) sb.Append($" {row.Kind ?? "all"} |");
            sb.Append($" {row.Response.Describe()} | {row.StatusUpdate.Describe()} | {row.FollowUp.Describe()} | {row.Resolution.Describe()} |\n");
        }
        if (version.Entitlements.Length > 0)
        {
            sb.Append("\n**entitlements**: ");
            sb.Append(string.Join(", ", version.Entitlements.Select(e => $"{e.Entitlement} {e.Value.Describe()}" + (e.Inherited ? " *(inherited)*" : ""))));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string? CalendarText(ResolvedCatalog? model, string id, SymbolDeclaration declaration)
    {
        var calendar = model?.FindCalendar(id);
        var sb = new StringBuilder($"**calendar** `{id}`" + (declaration.Detail is null ? "" : $" — {declaration.Detail}") + "\n\n");
        if (calendar is null) return sb.Append("_(the weekly hours show once the catalog compiles without errors)_").ToString();
        sb.Append($"time zone `{calendar.TimeZone}`" + (calendar.BasedOn is null ? "" : $"; from `{calendar.BasedOn}`") + "\n\n");
        sb.Append(WeeklyHours(calendar));
        if (calendar.Holidays.Length > 0) sb.Append($"\n{calendar.Holidays.Length} holiday rule(s)\n");
        return sb.ToString();
    }

    public static string WeeklyHours(CalendarModel calendar)
    {
        if (calendar.AlwaysOpen) return "open 24/7\n";
        var sb = new StringBuilder("| day | open |\n|---|---|\n");
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday })
        {
            var spans = calendar.Hours.Where(h => h.Day == day).OrderBy(h => h.Start).Select(h => h.Describe()[4..]).ToList();
            sb.Append($"| {day.ToString()[..3]} | {(spans.Count == 0 ? "closed" : string.Join(", ", spans))} |\n");
        }
        return sb.ToString();
    }

    private static Hover? Duration(Document document, Position position)
    {
        var line = document.Lines.Line(position.Line);
        foreach (Match match in DurationPattern().Matches(line))
        {
            if (position.Character < match.Index || position.Character > match.Index + match.Length) continue;
            if (Normalize(match.Groups[1].Value, match.Groups[2].Value) is not { } spec) continue;
            var range = new Protocol.Range(new Position(position.Line, match.Index), new Position(position.Line, match.Index + match.Length));
            var text = $"**duration** {spec}" + (spec.IsBusinessDays ? " (open days of the calendar that measures it)" : $" = {(long)spec.Elapsed.TotalMinutes} min");
            return new Hover(new MarkupContent("markdown", text), range);
        }
        return null;
    }

    public static DurationSpec? Normalize(string number, string unit)
    {
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return null;
        unit = Regex.Replace(unit, @"\s+", " ");
        if (unit.StartsWith("business day", StringComparison.Ordinal))
            return value == decimal.Truncate(value) ? DurationSpec.OfBusinessDays((int)value) : null;
        var minutes = unit switch
        {
            "min" or "minute" or "minutes" => value,
            "h" or "hour" or "hours" => value * 60,
            "day" or "days" => value * 60 * 24,
            "week" or "weeks" => value * 60 * 24 * 7,
            _ => (decimal?)null,
        };
        return minutes is null ? null : DurationSpec.Of(NodaTime.Duration.FromSeconds((long)(minutes.Value * 60)));
    }

    [GeneratedRegex(@"\b(\d+(?:\.\d+)?)\s*(business\s+days?|minutes?|min|hours?|h|days?|weeks?)\b")]
    private static partial Regex DurationPattern();
}
