using System.Globalization;
using System.Text;

namespace PlanDsl.Runtime.Model;

/// <summary>
/// A deterministic, line-oriented text form of a resolved catalog: every plan version flattened.
/// Baseline tests compare it; <c>plandsl check --dump</c> prints it.
/// </summary>
public static class ModelDump
{
    public static string Write(ResolvedCatalog c)
    {
        var w = new Writer();
        w.Line($"catalog {c.Id} {Quote(c.Title)}");
        w.In(() =>
        {
            w.Line($"vendor {Quote(c.Vendor)}");
            w.Line($"currency {c.Currency ?? "-"}");
            w.Line($"language {c.DefaultLanguage}; languages {string.Join(", ", c.Languages)}");
            w.Line($"timezone {c.TimeZone}");
            if (c.Tiers.Length > 0) w.Line($"tiers {string.Join(" < ", c.Tiers)}");
            if (c.Effective is { } eff) w.Line($"effective {Date(eff)}");
            if (!c.Source.IsEmpty) w.Line($"source {Quote(c.Source)}");
            foreach (var n in c.Notes) w.Line($"note {Quote(n)}");
            foreach (var a in c.Assumptions) w.Line($"assumption {Quote(a)}");
            w.Line($"files {string.Join(", ", c.SourceFiles)}");
        });
        foreach (var h in c.HolidaySets)
        {
            w.Line($"holidays {h.Id} {Quote(h.Title)}");
            w.In(() => { foreach (var r in h.Rules) w.Line($"{r.Describe()} {Quote(r.Name)}"); });
        }
        foreach (var cal in c.Calendars)
        {
            w.Line($"calendar {cal.Id} {Quote(cal.Title)}{(cal.BasedOn is null ? "" : " from " + cal.BasedOn)}");
            w.In(() =>
            {
                w.Line($"timezone {cal.TimeZone}");
                w.Line(cal.AlwaysOpen ? "hours 24/7" : "hours " + string.Join(", ", cal.Hours.Select(h => h.Describe())));
                foreach (var r in cal.Holidays) w.Line($"closed {r.Describe()} {Quote(r.Name)}");
                foreach (var a in cal.Assumptions) w.Line($"assumption {Quote(a)}");
            });
        }
        foreach (var s in c.Severities)
        {
            w.Line($"severity {s.Rank}: {s.Id}{(s.Number is { } n ? " = " + n : "")} {Quote(s.Title)}");
            w.In(() =>
            {
                if (s.Aliases.Length > 0) w.Line("aliases " + string.Join(", ", s.Aliases.Select(a => "\"" + a + "\"")));
                if (!s.Definition.IsEmpty) w.Line($"definition {Quote(s.Definition)}");
            });
        }
        foreach (var k in c.Kinds) w.Line($"kind {k.Id} {Quote(k.Title)}{(k.Definition.IsEmpty ? "" : " definition " + Quote(k.Definition))}");
        foreach (var ch in c.Channels) w.Line($"channel {ch.Id} {Quote(ch.Title)}");
        foreach (var a in c.Attributes.Where(a => !a.BuiltIn)) w.Line($"attribute {a.Id} {Quote(a.Title)}: {a.Type.Describe()}");
        foreach (var e in c.Entitlements)
        {
            w.Line($"entitlement {e.Id} {Quote(e.Title)}: {e.Type.Describe()}{(e.Group is null ? "" : " in " + e.Group)}");
            w.In(() =>
            {
                if (!e.Definition.IsEmpty) w.Line($"definition {Quote(e.Definition)}");
                foreach (var n in e.Notes) w.Line($"note {Quote(n)}");
            });
        }
        foreach (var item in c.WorkItems)
        {
            w.Line($"work {item.Group}.{item.Id} {Quote(item.Title)}");
            w.In(() => { foreach (var n in item.Notes) w.Line($"note {Quote(n)}"); });
        }
        foreach (var o in c.Obligations)
        {
            w.Line($"obligation {o.Id} {Quote(o.Title)}");
            w.In(() => { if (!o.Text.IsEmpty) w.Line($"text {Quote(o.Text)}"); });
        }
        foreach (var g in c.Glossary) w.Line($"glossary {Quote(g.Term)}: {Quote(g.Definition)}");
        foreach (var r in c.CatalogRules) w.Line($"rule {r.Describe()}");
        foreach (var p in c.Plans)
            foreach (var v in p.Versions)
                WritePlan(w, p, v);
        return w.ToString();
    }

    private static void WritePlan(Writer w, PlanModel p, PlanVersion v)
    {
        w.Line($"plan {p.Id} {Quote(v.Title)}{(p.TierRank >= 0 ? " tier " + p.TierRank : "")}{(v.EffectiveFrom is { } d ? " effective " + Date(d) : "")}{(v.Extends is null ? "" : " extends " + v.Extends)}");
        w.In(() =>
        {
            if (!v.Description.IsEmpty) w.Line($"description {Quote(v.Description)}");
            foreach (var n in v.Notes) w.Line($"note {Quote(n)}");
            foreach (var a in v.Assumptions) w.Line($"assumption {Quote(a)}");
            w.Line($"hours {v.Hours ?? "-"}");
            if (v.UptimeTarget is { } u) w.Line($"uptime target {Num(u)}%");
            foreach (var ch in v.Channels) w.Line($"channel {ch.Channel}: {ch.Describe()}");
            foreach (var e in v.Entitlements) w.Line($"entitlement {e.Entitlement}: {e.Value.Describe()}{(e.Inherited ? "  (inherited)" : "")}");
            foreach (var pr in v.Prices) w.Line($"price {pr.Id} {Quote(pr.Title)}: {pr.Kind} {pr.Describe()}");
            foreach (var t in v.Targets)
                w.Line($"target {t.Severity ?? "*"}/{t.Kind ?? "*"}: response {t.Response.Describe()}; update {t.StatusUpdate.Describe()}; follow-up {t.FollowUp.Describe()}; resolution {t.Resolution.Describe()}");
            if (v.Credits is { } ladder)
            {
                w.Line($"credits {Quote(ladder.Title)} cap {(ladder.CapPercent is { } cap ? Num(cap) + "%" : "-")}{(ladder.Basis.IsEmpty ? "" : " basis " + Quote(ladder.Basis))}");
                w.In(() => { foreach (var s in ladder.Steps) w.Line($"below {Num(s.BelowPercent)}%: {Num(s.CreditPercent)}%"); });
            }
            if (v.IncludedWork.Length > 0) w.Line("included " + string.Join(", ", v.IncludedWork));
            if (v.ExcludedWork.Length > 0) w.Line("excluded " + string.Join(", ", v.ExcludedWork));
            if (v.BillableWork.Length > 0) w.Line("billable " + string.Join(", ", v.BillableWork));
            foreach (var r in v.Coverage) w.Line($"rule {r.Describe()}");
        });
    }

    /// <summary>A localized text as <c>"default" pl "…"</c>, every language in order.</summary>
    public static string Quote(LocalizedText text) =>
        text.IsEmpty ? "\"\"" : string.Join(" ", text.Translations.Select(kv => kv.Key + " \"" + Escape(kv.Value) + "\""));

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "").Replace("\n", "\\n");

    private static string Num(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Writer
    {
        private readonly StringBuilder _sb = new();
        private int _indent;

        public void Line(string s) => _sb.Append(' ', _indent * 2).Append(s).Append('\n');

        public void In(Action body) { _indent++; body(); _indent--; }

        public override string ToString() => _sb.ToString();
    }
}
