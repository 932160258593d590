using NodaTime;
using PlanDsl.Compiler.Comparison;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Feasibility;

/// <summary>
/// PD0831 and PD0834: within one row, a status update interval (PD0831) or a response target (PD0834) that
/// ends after the resolution target: the update or the response can never be owed before the ticket is
/// due to be resolved. Compared in real time, so that rows whose metrics run on different calendars (or
/// in business days) compare too: the finding is the first opening of the reference week (one while the
/// resolution's calendar is open, if any) at which the other metric is due after the resolution.
/// </summary>
/// <remarks>
/// A status update is owed an interval after the response, so the interval measured from the opening is
/// the earliest the first update can be due: if even that is after the resolution's due instant, the
/// update is never owed in time.
/// </remarks>
internal static class TargetOrder
{
    public static void Check(FeasibilityScope scope)
    {
        var cache = new Dictionary<(TargetValue, TargetValue), (Instant Opened, Instant Other, Instant Resolved, DateTimeZone Zone)?>();
        // One finding a line and metric: a row for several severities names them all.
        var lines = new Dictionary<(Syntax.SourceSpan, string?, Metric, TargetValue, TargetValue), List<string?>>();
        var found = new List<((Syntax.SourceSpan Span, string? Kind, Metric Metric, TargetValue Other, TargetValue Resolution) Key,
            (Instant Opened, Instant Other, Instant Resolved, DateTimeZone Zone) Late)>();
        foreach (var plan in scope.Catalog.Plans)
        for (var v = 0; v < plan.Versions.Length; v++)
        foreach (var row in plan.Versions[v].Targets)
        {
            if (row.Resolution.Commitment != Commitment.Due || !scope.IsOwnRow(plan, v, row)) continue;
            foreach (var metric in new[] { Metric.StatusUpdate, Metric.Response })
            {
                var other = row.Get(metric);
                if (other.Commitment != Commitment.Due) continue;
                if (!cache.TryGetValue((other, row.Resolution), out var late))
                    cache[(other, row.Resolution)] = late = FirstLate(scope, other, row.Resolution);
                if (late is not { } when) continue;
                var key = (scope.Sources.Target(plan.Id, v, row.Severity, row.Kind), row.Kind, metric, other, row.Resolution);
                if (!lines.TryGetValue(key, out var severities))
                {
                    lines[key] = severities = new List<string?>();
                    found.Add((key, when));
                }
                severities.Add(row.Severity);
            }
        }
        foreach (var (key, late) in found)
        {
            var descriptor = key.Metric == Metric.StatusUpdate ? DiagnosticCodes.UpdateOutlastsResolution : DiagnosticCodes.ResponseOutlastsResolution;
            scope.Context.Report(descriptor, key.Span,
                Wording.Subject(scope.Catalog, lines[key], key.Kind, key.Metric), key.Other.Duration, key.Resolution.Duration,
                Wording.At(late.Opened, late.Zone), Wording.At(late.Resolved, late.Zone, late.Opened), Wording.At(late.Other, late.Zone, late.Opened));
        }
    }

    /// <summary>The first opening of the reference week at which <paramref name="other"/> falls due after the resolution.</summary>
    private static (Instant Opened, Instant Other, Instant Resolved, DateTimeZone Zone)? FirstLate(FeasibilityScope scope, TargetValue other, TargetValue resolution)
    {
        if (scope.Calendar(other.Calendar) is not { } otherCalendar || scope.Calendar(resolution.Calendar) is not { } resolutionCalendar) return null;
        // On one calendar, in elapsed time, the longer duration is due later from every opening.
        var comparable = other.Calendar == resolution.Calendar && !other.Duration.IsBusinessDays && !resolution.Duration.IsBusinessDays;
        if (comparable && other.Duration.Elapsed <= resolution.Duration.Elapsed) return null;
        var week = new ReferenceWeek(resolutionCalendar.Zone);
        (Instant, Instant, Instant, DateTimeZone)? first = null;
        try
        {
            var openings = week.Openings().ToList();
            var resolvedAt = resolutionCalendar.AddToEach(openings, resolution.Duration);
            var dueAt = otherCalendar.AddToEach(openings, other.Duration);
            for (var i = 0; i < openings.Count; i++)
            {
                var (opened, resolved, due) = (openings[i], resolvedAt[i], dueAt[i]);
                if (due <= resolved) continue;
                if (resolutionCalendar.IsOpen(opened)) return (opened, due, resolved, week.Zone);
                first ??= (opened, due, resolved, week.Zone);
            }
        }
        catch (Exception e) when (e is CalendarNeverOpensException or BeyondSupportedTimeException)
        {
            return null; // PD0832 or PD0311 says so
        }
        return first;
    }
}
