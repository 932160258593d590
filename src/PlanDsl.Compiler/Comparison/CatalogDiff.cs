using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Comparison;

/// <summary>
/// Compares two catalogs (or two versions of a plan) and classifies every difference as better, worse,
/// neutral or unclear for customers. The rules are stated in docs/diff.md. Deterministic: changes come
/// plan by plan (the new catalog's order, then removed plans), area by area, in declaration order.
/// </summary>
public static class CatalogDiff
{
    private static readonly Metric[] Metrics = { Metric.Response, Metric.StatusUpdate, Metric.FollowUp, Metric.Resolution };

    /// <summary>Compares the current (latest) version of every plan; plans only on one side are added or removed.</summary>
    public static IReadOnlyList<Change> Compare(ResolvedCatalog oldCatalog, ResolvedCatalog newCatalog)
    {
        ArgumentNullException.ThrowIfNull(oldCatalog);
        ArgumentNullException.ThrowIfNull(newCatalog);
        var context = new Context(oldCatalog, newCatalog);
        var changes = new List<Change>();
        foreach (var plan in newCatalog.Plans)
        {
            var old = oldCatalog.FindPlan(plan.Id);
            if (old is null)
                changes.Add(new Change(ChangeKind.PlanAdded, plan.Id, "plan", "-", Text(plan.Current.Title, newCatalog), Impact.Better,
                    "a new plan: customers have one more choice and nobody loses what they have") { ItemId = plan.Id });
            else
                changes.AddRange(ComparePlan(plan.Id, old.Current, plan.Current, context));
        }
        foreach (var plan in oldCatalog.Plans.Where(p => newCatalog.FindPlan(p.Id) is null))
            changes.Add(new Change(ChangeKind.PlanRemoved, plan.Id, "plan", Text(plan.Current.Title, oldCatalog), "-", Impact.Worse,
                "the plan is withdrawn: its customers lose it") { ItemId = plan.Id });
        return changes;
    }

    /// <summary>Compares two versions of a plan (of two catalogs, or of one catalog: pass it twice).</summary>
    public static IReadOnlyList<Change> Compare(string planId, PlanVersion oldVersion, PlanVersion newVersion, ResolvedCatalog oldCatalog, ResolvedCatalog newCatalog)
    {
        ArgumentNullException.ThrowIfNull(oldVersion);
        ArgumentNullException.ThrowIfNull(newVersion);
        return ComparePlan(planId, oldVersion, newVersion, new Context(oldCatalog, newCatalog));
    }

    /// <summary>Compares two versions of a plan of one catalog, e.g. consecutive versions in force one after the other.</summary>
    public static IReadOnlyList<Change> Compare(ResolvedCatalog catalog, string planId, PlanVersion oldVersion, PlanVersion newVersion) =>
        Compare(planId, oldVersion, newVersion, catalog, catalog);

    /// <summary>
    /// A comparer of versions of the catalog's plans that shares its calendars and reference-week measures between
    /// calls: checking every plan's versions measures each (calendar, target) once, not once a plan.
    /// </summary>
    public static Func<string, PlanVersion, PlanVersion, IReadOnlyList<Change>> VersionComparer(ResolvedCatalog catalog)
    {
        var context = new Context(catalog, catalog);
        return (planId, oldVersion, newVersion) => ComparePlan(planId, oldVersion, newVersion, context);
    }

    /// <summary>The worst impact among the changes: Worse if any is worse, else Unclear, Better, Neutral (none: Neutral).</summary>
    public static Impact Overall(IEnumerable<Change> changes)
    {
        var impacts = changes.Select(c => c.Impact).ToHashSet();
        return impacts.Contains(Impact.Worse) ? Impact.Worse
            : impacts.Contains(Impact.Unclear) ? Impact.Unclear
            : impacts.Contains(Impact.Better) ? Impact.Better
            : Impact.Neutral;
    }

    private static List<Change> ComparePlan(string plan, PlanVersion o, PlanVersion n, Context cx)
    {
        var changes = new List<Change>();
        CompareHours(plan, o, n, cx, changes);
        CompareChannels(plan, o, n, cx, changes);
        CompareTargets(plan, o, n, cx, changes);
        CompareEntitlements(plan, o, n, cx, changes);
        ComparePrices(plan, o, n, changes);
        CompareCredits(plan, o, n, changes);
        CompareUptime(plan, o, n, changes);
        CompareWork(plan, o, n, changes);
        CompareCoverage(plan, o, n, changes);
        return changes;
    }

    // ------------------------------------------------------------------ hours and channels

    private static void CompareHours(string plan, PlanVersion o, PlanVersion n, Context cx, List<Change> changes)
    {
        if (o.Hours == n.Hours && cx.SameCalendar(o.Hours, n.Hours)) return;
        var (impact, reason) = CompareOpenTime(cx, o.Hours, n.Hours);
        changes.Add(new Change(ChangeKind.HoursChanged, plan, "hours", o.Hours ?? "-", n.Hours ?? "-", impact, reason));
    }

    private static void CompareChannels(string plan, PlanVersion o, PlanVersion n, Context cx, List<Change> changes)
    {
        var ids = Order(o.Channels.Select(c => c.Channel).Concat(n.Channels.Select(c => c.Channel)),
            cx.New.Channels.Select(c => c.Id).Concat(cx.Old.Channels.Select(c => c.Id)));
        foreach (var id in ids)
        {
            var a = o.Channels.FirstOrDefault(c => c.Channel == id);
            var b = n.Channels.FirstOrDefault(c => c.Channel == id);
            var oldText = a?.Describe() ?? "-";
            var newText = b?.Describe() ?? "-";
            var aOpen = a is { Available: true } ? a.Calendar : null;
            var bOpen = b is { Available: true } ? b.Calendar : null;
            if (oldText == newText && cx.SameCalendar(aOpen, bOpen)) continue;
            if (aOpen is null && bOpen is null) continue; // "no" and absent: not offered either way
            int Level(ChannelAccess? c) => c is not { Available: true } ? 0 : c.BestEffort ? 1 : 2;
            var level = Math.Sign(Level(b) - Level(a));
            var (time, timeReason) = CompareOpenTime(cx, aOpen, bOpen);
            var timeSign = time switch { Impact.Better => 1, Impact.Worse => -1, Impact.Neutral => 0, _ => (int?)null };
            Impact impact;
            string reason;
            if (timeSign is null) { impact = Impact.Unclear; reason = timeReason; }
            else
            {
                impact = Combine(level, timeSign.Value);
                reason = level == 0 ? timeReason
                    : (level > 0 ? "a commitment added" : "a commitment removed") + (timeSign == 0 ? "" : "; " + timeReason);
            }
            changes.Add(new Change(ChangeKind.ChannelChanged, plan, id, oldText, newText, impact, reason) { ItemId = id });
        }
    }

    /// <summary>More open time on the reference week is better; a tie is broken by the open time over 2026 (holidays).</summary>
    private static (Impact, string) CompareOpenTime(Context cx, string? oldCalendar, string? newCalendar)
    {
        var a = cx.OpenTime(cx.OldCalendars, oldCalendar);
        var b = cx.OpenTime(cx.NewCalendars, newCalendar);
        if (a is null || b is null)
        {
            if (a is null && b is null) return (Impact.Neutral, "no open time either way");
            if (oldCalendar is not null && a is null || newCalendar is not null && b is null) return (Impact.Unclear, "unknown calendar");
        }
        var week = (a?.Week ?? Duration.Zero, b?.Week ?? Duration.Zero);
        var year = (a?.Year ?? Duration.Zero, b?.Year ?? Duration.Zero);
        var text = $"open {ReferenceWeek.Show(week.Item1)} → {ReferenceWeek.Show(week.Item2)} in the reference week";
        if (week.Item2 > week.Item1) return (Impact.Better, "more open time: " + text);
        if (week.Item2 < week.Item1) return (Impact.Worse, "less open time: " + text);
        var yearText = $"open {ReferenceWeek.Hours(year.Item1)} → {ReferenceWeek.Hours(year.Item2)} in 2026";
        if (year.Item2 > year.Item1) return (Impact.Better, "same week, more open time over the year: " + yearText);
        if (year.Item2 < year.Item1) return (Impact.Worse, "same week, less open time over the year: " + yearText);
        return (Impact.Neutral, "the same open time: " + text);
    }

    // ------------------------------------------------------------------ targets

    private static void CompareTargets(string plan, PlanVersion o, PlanVersion n, Context cx, List<Change> changes)
    {
        var keys = o.Targets.Select(t => (t.Severity, t.Kind)).Concat(n.Targets.Select(t => (t.Severity, t.Kind))).Distinct()
            .OrderBy(k => cx.SeverityRank(k.Severity)).ThenBy(k => cx.KindRank(k.Kind)).ThenBy(k => k.Severity, StringComparer.Ordinal).ThenBy(k => k.Kind, StringComparer.Ordinal)
            .ToList();
        foreach (var (severity, kind) in keys)
        {
            var a = o.FindTargets(severity, kind);
            var b = n.FindTargets(severity, kind);
            foreach (var metric in Metrics)
            {
                var x = a?.Get(metric) ?? TargetValue.None;
                var y = b?.Get(metric) ?? TargetValue.None;
                if (ClassifyTarget(x, y, cx) is not { } result) continue;
                var subject = string.Join(" / ", new[] { severity, kind }.Where(s => s is not null)) + " " + MetricName(metric);
                changes.Add(new Change(ChangeKind.TargetChanged, plan, subject.Trim(), x.Describe(), y.Describe(), result.Impact, result.Reason)
                    { Severity = severity, RequestKind = kind, Metric = metric });
            }
        }
    }

    public static string MetricName(Metric metric) => metric switch
    {
        Metric.Response => "response",
        Metric.StatusUpdate => "status update",
        Metric.FollowUp => "follow-up",
        _ => "resolution",
    };

    private static (Impact Impact, string Reason)? ClassifyTarget(TargetValue a, TargetValue b, Context cx)
    {
        static int Rank(Commitment c) => c switch { Commitment.Due => 2, Commitment.None => 0, _ => 1 };
        if (a.Commitment != Commitment.Due || b.Commitment != Commitment.Due)
        {
            if (a.Commitment == b.Commitment) return null;
            var rank = Math.Sign(Rank(b.Commitment) - Rank(a.Commitment));
            return rank switch
            {
                > 0 => (Impact.Better, b.Commitment == Commitment.Due ? "a committed time added" : "a commitment added"),
                < 0 => (Impact.Worse, a.Commitment == Commitment.Due ? "the committed time removed" : "a commitment removed"),
                _ => (Impact.Unclear, "a different kind of commitment, without a time either way"),
            };
        }
        var sameClock = cx.SameCalendar(a.Calendar, b.Calendar);
        if (a.Describe() == b.Describe() && sameClock) return null;
        if (sameClock && a.Duration.IsBusinessDays == b.Duration.IsBusinessDays)
        {
            var cmp = a.Duration.IsBusinessDays ? a.Duration.BusinessDays.CompareTo(b.Duration.BusinessDays) : a.Duration.Elapsed.CompareTo(b.Duration.Elapsed);
            return cmp switch
            {
                > 0 => (Impact.Better, "shorter target on the same clock"),
                < 0 => (Impact.Worse, "longer target on the same clock"),
                _ => (Impact.Neutral, "the same target on an identical calendar"),
            };
        }
        var m1 = cx.Measure(cx.OldCalendars, a);
        var m2 = cx.Measure(cx.NewCalendars, b);
        if (m1 is null || m2 is null)
        {
            if (m1 is null && m2 is null) return (Impact.Unclear, "neither calendar has open time in the reference week");
            return m2 is null ? (Impact.Worse, "the new calendar never opens") : (Impact.Better, "the old calendar never opened");
        }
        if (m1.Value.IsPastSupportedTime || m2.Value.IsPastSupportedTime)
        {
            var end = SupportedTime.LastText;
            if (m1.Value.IsPastSupportedTime && m2.Value.IsPastSupportedTime) return (Impact.Unclear, $"neither target can be met before {end}, the end of supported time");
            return m2.Value.IsPastSupportedTime
                ? (Impact.Worse, $"the new target cannot be met before {end}, the end of supported time")
                : (Impact.Better, $"the old target could not be met before {end}, the end of supported time");
        }
        var (w1, w2) = (m1.Value.Worst, m2.Value.Worst);
        var detail = $"reference week: worst case {ReferenceWeek.Show(w1)} → {ReferenceWeek.Show(w2)}, average {ReferenceWeek.Show(m1.Value.Average)} → {ReferenceWeek.Show(m2.Value.Average)}";
        if (w2 > w1) return (Impact.Worse, "the worst case grows; " + detail);
        if (w2 < w1) return (Impact.Better, "the worst case shrinks; " + detail);
        if (m1.Value.Average == m2.Value.Average) return (Impact.Neutral, "the same due times; " + detail);
        return (Impact.Unclear, "the same worst case, a different average; " + detail);
    }

    // ------------------------------------------------------------------ entitlements

    private static void CompareEntitlements(string plan, PlanVersion o, PlanVersion n, Context cx, List<Change> changes)
    {
        var ids = Order(o.Entitlements.Select(e => e.Entitlement).Concat(n.Entitlements.Select(e => e.Entitlement)),
            cx.New.Entitlements.Select(e => e.Id).Concat(cx.Old.Entitlements.Select(e => e.Id)));
        foreach (var id in ids)
        {
            var a = o.Entitlement(id) ?? EntitlementValue.NotProvided;
            var b = n.Entitlement(id) ?? EntitlementValue.NotProvided;
            if (a.Describe() == b.Describe()) continue;
            var type = cx.New.Entitlements.FirstOrDefault(e => e.Id == id)?.Type ?? cx.Old.Entitlements.FirstOrDefault(e => e.Id == id)?.Type;
            var (impact, reason) = ClassifyEntitlement(a, b, type);
            changes.Add(new Change(ChangeKind.EntitlementChanged, plan, id, a.Describe(), b.Describe(), impact, reason) { ItemId = id });
        }
    }

    /// <summary>Whether a change of an entitlement's value from <paramref name="a"/> to <paramref name="b"/> is better or worse for customers, and why.</summary>
    internal static (Impact Impact, string Reason) ClassifyEntitlement(EntitlementValue a, EntitlementValue b, TypeSpec? type)
    {
        var k1 = a.Kind;
        var k2 = b.Kind;
        if (k1 == EntitlementValueKind.NotProvided || k2 == EntitlementValueKind.NotProvided)
        {
            var other = k1 == EntitlementValueKind.NotProvided ? b : a;
            if (other.Kind == EntitlementValueKind.YesNo && !other.Flag) return (Impact.Neutral, "'no' and not provided mean the same");
            return k2 == EntitlementValueKind.NotProvided ? (Impact.Worse, "no longer provided") : (Impact.Better, "now provided");
        }
        if (k1 == EntitlementValueKind.YesNo && k2 == EntitlementValueKind.YesNo)
            return b.Flag ? (Impact.Better, "yes > no") : (Impact.Worse, "no < yes");
        if (k1 is EntitlementValueKind.Count or EntitlementValueKind.Unlimited && k2 is EntitlementValueKind.Count or EntitlementValueKind.Unlimited)
            return ClassifyQuantity(a, b);
        if (k1 == EntitlementValueKind.Choice && k2 == EntitlementValueKind.Choice)
        {
            var members = type?.Members.Select(m => m.Id).ToList() ?? new List<string>();
            int i = members.IndexOf(a.Choice!), j = members.IndexOf(b.Choice!);
            if (i < 0 || j < 0) return (Impact.Unclear, "a choice member outside the declared order");
            return j > i ? (Impact.Better, "later in the declared order (least to most)") : (Impact.Worse, "earlier in the declared order (least to most)");
        }
        if (k1 == EntitlementValueKind.List && k2 == EntitlementValueKind.List)
        {
            var x = a.Items.Select(ModelDump.Quote).ToHashSet(StringComparer.Ordinal);
            var y = b.Items.Select(ModelDump.Quote).ToHashSet(StringComparer.Ordinal);
            bool added = y.Except(x).Any(), removed = x.Except(y).Any();
            return (added, removed) switch
            {
                (true, false) => (Impact.Better, "items added"),
                (false, true) => (Impact.Worse, "items removed"),
                (false, false) => (Impact.Neutral, "the same items in another order"),
                _ => (Impact.Unclear, "items added and removed"),
            };
        }
        if (k1 != k2) return (Impact.Unclear, "a different kind of value");
        return (Impact.Unclear, $"whether more {k1.ToString().ToLowerInvariant()} is better depends on what the entitlement measures");
    }

    private static (Impact, string) ClassifyQuantity(EntitlementValue a, EntitlementValue b)
    {
        if (a.Period != b.Period) return (Impact.Unclear, $"a different period ({a.Period ?? "none"} → {b.Period ?? "none"})");
        if (a.Kind == EntitlementValueKind.Unlimited && b.Kind == EntitlementValueKind.Unlimited) return (Impact.Neutral, "unlimited either way");
        if (b.Kind == EntitlementValueKind.Unlimited) return (Impact.Better, "unlimited > any count");
        if (a.Kind == EntitlementValueKind.Unlimited) return (Impact.Worse, "a limit where there was none");
        var count = Math.Sign(b.Count.CompareTo(a.Count));
        var policy = ComparePolicy(a, b);
        if (policy is null) return (Impact.Unclear, $"the policy for more than the included quantity changed ({a.Extra} → {b.Extra})");
        var impact = Combine(count, policy.Value);
        var reason = (count, policy.Value) switch
        {
            (> 0, 0) => "more included",
            (< 0, 0) => "less included",
            (0, > 0) => "more can be had beyond the included quantity, or cheaper",
            (0, < 0) => "less can be had beyond the included quantity, or dearer",
            (0, 0) => "the same quantity",
            _ => "the included quantity and the policy for more move in opposite directions",
        };
        if (count != 0 && policy.Value != 0 && impact != Impact.Unclear) reason = (impact == Impact.Better ? "more included and more beyond it" : "less included and less beyond it");
        return (impact, reason);
    }

    /// <summary>+1 when the new policy for more than the included quantity is better, -1 worse, 0 the same, null not comparable.</summary>
    private static int? ComparePolicy(EntitlementValue a, EntitlementValue b)
    {
        if (a.Extra == b.Extra)
            return a.Extra == ExtraPolicy.Priced ? ComparePrice(a.ExtraPrice!, b.ExtraPrice!) : 0;
        static int? Rank(ExtraPolicy p) => p switch { ExtraPolicy.NotAllowed => 0, ExtraPolicy.Billed or ExtraPolicy.Priced => 1, _ => null };
        if (Rank(a.Extra) is not { } x || Rank(b.Extra) is not { } y || x == y) return null;
        return Math.Sign(y - x);
    }

    // ------------------------------------------------------------------ prices and credits

    /// <summary>+1 when the new price is lower (better for customers), -1 higher, 0 equal, null not comparable.</summary>
    private static int? ComparePrice(PriceModel a, PriceModel b)
    {
        if (a.Kind != b.Kind || a.Unit != b.Unit || a.Period != b.Period || a.Amount.Currency != b.Amount.Currency) return null;
        return Math.Sign(a.Amount.Amount.CompareTo(b.Amount.Amount));
    }

    private static void ComparePrices(string plan, PlanVersion o, PlanVersion n, List<Change> changes)
    {
        var ids = n.Prices.Select(p => p.Id).Concat(o.Prices.Select(p => p.Id)).Distinct().ToList();
        foreach (var id in ids)
        {
            var a = o.Prices.FirstOrDefault(p => p.Id == id);
            var b = n.Prices.FirstOrDefault(p => p.Id == id);
            var oldText = a?.Describe() ?? "-";
            var newText = b?.Describe() ?? "-";
            if (oldText == newText && a?.Kind == b?.Kind) continue;
            (Impact, string) result;
            if (a is null) result = (Impact.Worse, "a new charge");
            else if (b is null) result = (Impact.Unclear, "the charge is gone: free now, or no longer offered");
            else
            {
                var cmp = ComparePrice(a, b);
                result = cmp switch
                {
                    > 0 => (Impact.Better, $"price down {Percent(a.Amount.Amount, b.Amount.Amount)}"),
                    < 0 => (Impact.Worse, $"price up {Percent(a.Amount.Amount, b.Amount.Amount)}"),
                    0 => (Impact.Neutral, "the same amount"),
                    _ => (Impact.Unclear, "not comparable: a different kind, unit, period or currency"),
                };
            }
            changes.Add(new Change(ChangeKind.PriceChanged, plan, id, oldText, newText, result.Item1, result.Item2) { ItemId = id });
        }
    }

    private static string Percent(decimal from, decimal to)
    {
        if (from == 0) return "from zero";
        var p = Math.Round(Math.Abs(to - from) / from * 100, 1);
        return p.ToString("0.#", CultureInfo.InvariantCulture) + " %";
    }

    private static void CompareCredits(string plan, PlanVersion o, PlanVersion n, List<Change> changes)
    {
        var oldText = DescribeLadder(o.Credits);
        var newText = DescribeLadder(n.Credits);
        if (oldText == newText) return;
        var points = new SortedSet<decimal> { 0m };
        foreach (var step in (o.Credits?.Steps ?? ImmutableArray<CreditStep>.Empty).Concat(n.Credits?.Steps ?? ImmutableArray<CreditStep>.Empty))
        {
            points.Add(step.BelowPercent);
            points.Add(step.BelowPercent - 0.0001m);
        }
        bool higher = false, lower = false;
        string? firstHigher = null, firstLower = null;
        foreach (var uptime in points.Reverse())
        {
            var x = o.Credits?.CreditFor(uptime) ?? 0m;
            var y = n.Credits?.CreditFor(uptime) ?? 0m;
            var at = $"at {Num(uptime)}% uptime {Num(x)}% → {Num(y)}%";
            if (y > x) { higher = true; firstHigher ??= at; }
            if (y < x) { lower = true; firstLower ??= at; }
        }
        var (impact, reason) = (higher, lower) switch
        {
            (true, false) => (Impact.Better, "more credit: " + firstHigher),
            (false, true) => (Impact.Worse, "less credit: " + firstLower),
            (true, true) => (Impact.Unclear, $"more credit {firstHigher}, less {firstLower}"),
            _ => (Impact.Neutral, "the same credit at every uptime"),
        };
        changes.Add(new Change(ChangeKind.CreditChanged, plan, "credits", oldText, newText, impact, reason));
    }

    public static string DescribeLadder(CreditLadder? ladder)
    {
        if (ladder is null || ladder.Steps.IsDefaultOrEmpty) return "-";
        var steps = string.Join(", ", ladder.Steps.Select(s => $"<{Num(s.BelowPercent)}%: {Num(s.CreditPercent)}%"));
        return ladder.CapPercent is { } cap ? steps + $", cap {Num(cap)}%" : steps;
    }

    private static void CompareUptime(string plan, PlanVersion o, PlanVersion n, List<Change> changes)
    {
        if (o.UptimeTarget == n.UptimeTarget) return;
        var (impact, reason) = (o.UptimeTarget, n.UptimeTarget) switch
        {
            (null, _) => (Impact.Better, "an uptime target added"),
            (_, null) => (Impact.Worse, "the uptime target removed"),
            var (x, y) when y > x => (Impact.Better, "a higher uptime target"),
            _ => (Impact.Worse, "a lower uptime target"),
        };
        changes.Add(new Change(ChangeKind.UptimeTargetChanged, plan, "uptime target",
            o.UptimeTarget is { } u1 ? Num(u1) + "%" : "-", n.UptimeTarget is { } u2 ? Num(u2) + "%" : "-", impact, reason));
    }

    // ------------------------------------------------------------------ work and coverage

    private static void CompareWork(string plan, PlanVersion o, PlanVersion n, List<Change> changes)
    {
        static string? Status(PlanVersion v, string id) =>
            v.IncludedWork.Contains(id) ? "included" : v.BillableWork.Contains(id) ? "billable" : v.ExcludedWork.Contains(id) ? "excluded" : null;
        static int? Rank(string? s) => s switch { "included" => 2, "billable" => 1, "excluded" => 0, _ => null };
        var ids = n.IncludedWork.Concat(n.BillableWork).Concat(n.ExcludedWork)
            .Concat(o.IncludedWork).Concat(o.BillableWork).Concat(o.ExcludedWork).Distinct().ToList();
        foreach (var id in ids)
        {
            var a = Status(o, id);
            var b = Status(n, id);
            if (a == b) continue;
            (Impact, string) result = (Rank(a), Rank(b)) switch
            {
                ({ } x, { } y) => y > x ? (Impact.Better, "included > billable > excluded") : (Impact.Worse, "included > billable > excluded"),
                (null, 2) => (Impact.Better, "now stated as included"),
                (2, null) => (Impact.Worse, "no longer stated as included"),
                _ => (Impact.Unclear, "not stated on one side"),
            };
            changes.Add(new Change(ChangeKind.WorkChanged, plan, id, a ?? "-", b ?? "-", result.Item1, result.Item2) { ItemId = id });
        }
    }

    private static void CompareCoverage(string plan, PlanVersion o, PlanVersion n, List<Change> changes)
    {
        var a = o.Coverage.Select(r => r.Describe()).ToList();
        var b = n.Coverage.Select(r => r.Describe()).ToList();
        if (a.SequenceEqual(b)) return;
        var removed = a.Except(b).ToList();
        var added = b.Except(a).ToList();
        changes.Add(new Change(ChangeKind.CoverageChanged, plan, "coverage",
            removed.Count == 0 ? "(order)" : string.Join("; ", removed), added.Count == 0 ? "(order)" : string.Join("; ", added),
            Impact.Unclear, "coverage rules are not classified automatically: review them"));
    }

    // ------------------------------------------------------------------ helpers

    private static Impact Combine(int a, int b) =>
        a >= 0 && b >= 0 ? (a + b > 0 ? Impact.Better : Impact.Neutral)
        : a <= 0 && b <= 0 ? Impact.Worse
        : Impact.Unclear;

    private static List<string> Order(IEnumerable<string> ids, IEnumerable<string> declared)
    {
        var set = ids.ToHashSet(StringComparer.Ordinal);
        var ordered = declared.Where(set.Contains).Distinct().ToList();
        ordered.AddRange(set.Except(ordered).OrderBy(s => s, StringComparer.Ordinal));
        return ordered;
    }

    private static string Num(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string Text(LocalizedText text, ResolvedCatalog catalog) => text.Get("en", catalog.DefaultLanguage);

    /// <summary>Both catalogs, their calendars, and the reference week (in the old catalog's zone).</summary>
    private sealed class Context
    {
        public Context(ResolvedCatalog oldCatalog, ResolvedCatalog newCatalog)
        {
            Old = oldCatalog ?? throw new ArgumentNullException(nameof(oldCatalog));
            New = newCatalog ?? throw new ArgumentNullException(nameof(newCatalog));
            OldCalendars = CalendarSet.From(oldCatalog);
            NewCalendars = ReferenceEquals(oldCatalog, newCatalog) ? OldCalendars : CalendarSet.From(newCatalog);
            Week = new ReferenceWeek(oldCatalog.TimeZone.Resolve());
        }

        public ResolvedCatalog Old { get; }
        public ResolvedCatalog New { get; }
        public CalendarSet OldCalendars { get; }
        public CalendarSet NewCalendars { get; }
        public ReferenceWeek Week { get; }

        /// <summary>True when both ids name calendars with the same zone, hours and holidays (names aside), or both are null.</summary>
        public bool SameCalendar(string? oldId, string? newId)
        {
            if (oldId is null || newId is null) return oldId == newId;
            var a = Old.FindCalendar(oldId);
            var b = New.FindCalendar(newId);
            if (a is null || b is null) return oldId == newId;
            return Signature(a) == Signature(b);
        }

        public (Duration Week, Duration Year)? OpenTime(CalendarSet set, string? id) =>
            id is not null && set.TryGet(id, out var calendar) ? Week.OpenTime(calendar) : null;

        private readonly Dictionary<(BusinessCalendar, DurationSpec), TargetMeasure?> _measures = new();

        public TargetMeasure? Measure(CalendarSet set, TargetValue target)
        {
            if (target.Calendar is null || !set.TryGet(target.Calendar, out var calendar)) return null;
            if (!_measures.TryGetValue((calendar, target.Duration), out var measure))
                _measures[(calendar, target.Duration)] = measure = Week.Measure(calendar, target.Duration);
            return measure;
        }

        public int SeverityRank(string? id) =>
            id is null ? -1 : New.Severities.FirstOrDefault(s => s.Id == id)?.Rank ?? (1000 + (Old.Severities.FirstOrDefault(s => s.Id == id)?.Rank ?? 0));

        public int KindRank(string? id)
        {
            if (id is null) return -1;
            var i = New.Kinds.Select(k => k.Id).ToList().IndexOf(id);
            return i >= 0 ? i : 1000 + Old.Kinds.Select(k => k.Id).ToList().IndexOf(id);
        }

    }

    /// <summary>A calendar's zone, hours and holidays (not its name): equal signatures give equal clocks.</summary>
    internal static string Signature(CalendarModel c)
    {
        var hours = c.AlwaysOpen ? "24/7" : string.Join(",", c.Hours.IsDefault ? Array.Empty<string>() : c.Hours.Select(h => h.Describe()).Order(StringComparer.Ordinal));
        var holidays = c.Holidays.IsDefaultOrEmpty ? "" : string.Join(",", c.Holidays.Select(h => $"{h.Kind}:{h.Date}:{h.Month}:{h.Day}:{h.EasterOffset}:{h.FromYear}").Order(StringComparer.Ordinal));
        return c.TimeZone.Id + "|" + hours + "|" + holidays;
    }
}
