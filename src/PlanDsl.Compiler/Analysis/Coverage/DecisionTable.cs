using System.Collections.Immutable;
using System.Numerics;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>
/// A plan version's coverage rules (<see cref="PlanVersion.Coverage"/>, first match wins) read as a
/// decision table over the attributes they test, each attribute taking the values
/// <see cref="AttributeDomain"/> picks. Each question (is there a ticket no rule decides? one this rule
/// decides? one two rules both match?) is a search for a ticket on which some rules are false and
/// others true; a ticket is shown by the attributes it needs ("channel = phone, on_site = yes": any
/// other values of the rest).
/// </summary>
internal sealed class DecisionTable
{
    private readonly ImmutableArray<CoverageRule> _rules;
    private readonly List<AttributeModel> _attributes = new();
    private readonly List<ImmutableArray<AttributeSample>> _domains = new();
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<int[]> _mentions = new();

    public DecisionTable(ResolvedCatalog catalog, ImmutableArray<CoverageRule> rules)
    {
        _rules = rules;
        var literals = new Dictionary<string, List<RuleLiteral>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var rule in rules)
        {
            var mentioned = new List<string>();
            Collect(rule.Condition, literals, mentioned);
            foreach (var attribute in mentioned)
                if (_slots.TryAdd(attribute, order.Count)) order.Add(attribute);
            _mentions.Add(mentioned.Select(a => _slots[a]).OrderBy(slot => slot).ToArray());
        }
        foreach (var id in order)
        {
            var model = catalog.Attributes.FirstOrDefault(a => a.Id == id);
            _attributes.Add(model ?? new AttributeModel(id, LocalizedText.Empty, TypeSpec.Of(ValueTypeKind.Text), false));
            _domains.Add(model is null ? ImmutableArray<AttributeSample>.Empty : AttributeDomain.Of(model, literals.GetValueOrDefault(id) ?? new List<RuleLiteral>()));
        }
    }

    /// <summary>How many tickets trying every value of every attribute would be.</summary>
    public BigInteger Combinations => _domains.Aggregate(BigInteger.One, (n, d) => n * Math.Max(1, d.Length));

    private enum Search { Found, NotFound, OutOfSteps }

    /// <summary>
    /// Finds what the findings need, each by a search for a ticket on which some rules are false and
    /// others true (<see cref="Find"/>), at most <paramref name="maxSteps"/> steps in all.
    /// </summary>
    /// <param name="sameDeclaration">Whether two rules (by index) were written in the same declaration: only those can overlap.</param>
    public DecisionTableResult Analyse(int maxSteps, Func<int, int, bool> sameDeclaration)
    {
        var result = new DecisionTableResult(_rules.Length) { StepsLeft = maxSteps };
        var none = Array.Empty<int>();
        if (Find(result, _rules.Length, none, out var gap) == Search.Found) result.Gap = gap;
        if (result.Capped) return result;

        for (var j = 0; j < _rules.Length; j++)
        {
            var decides = Find(result, j, new[] { j }, out _);
            if (decides == Search.OutOfSteps) return result;
            result.Known[j] = true;
            result.Decides[j] = decides == Search.Found;
            if (result.Decides[j] || _rules[j].Condition is null) continue;
            var matched = Find(result, 0, new[] { j }, out _);
            if (matched == Search.OutOfSteps) return result;
            result.Matched[j] = matched == Search.Found;
            for (var i = 0; i < j && result.Matched[j]; i++)
            {
                var shadowed = Find(result, i, new[] { i, j }, out var ticket);
                if (shadowed == Search.OutOfSteps) return result;
                if (shadowed != Search.Found) continue;
                result.ShadowedBy[j] = (ticket!, i);
                break;
            }
        }

        for (var j = 0; j < _rules.Length; j++)
        {
            if (_rules[j].Condition is null || !result.Decides[j]) continue;
            for (var i = 0; i < j; i++)
            {
                if (!result.Decides[i] || !DecidesDifferently(_rules[i].Outcome, _rules[j].Outcome) || !sameDeclaration(i, j)) continue;
                var overlap = Find(result, i, new[] { i, j }, out var ticket);
                if (overlap == Search.OutOfSteps) return result;
                if (overlap == Search.Found) result.Overlaps.Add((i, j, ticket!));
            }
        }
        return result;
    }

    /// <summary>
    /// A ticket on which the first <paramref name="falseCount"/> rules are false and the rules
    /// <paramref name="mustBeTrue"/> true, giving only the attributes it needs; found by giving one
    /// attribute at a time, only while some of these rules still depends on it, and giving up on a branch
    /// as soon as one of them goes the wrong way.
    /// </summary>
    private Search Find(DecisionTableResult result, int falseCount, int[] mustBeTrue, out string? example)
    {
        example = null;
        var ticket = new AttributeSample?[_attributes.Count];
        var search = Visit(ticket, result, falseCount, mustBeTrue);
        if (search == Search.OutOfSteps) result.Capped = true;
        if (search == Search.Found) example = Example(ticket, falseCount, mustBeTrue);
        return search;
    }

    private Search Visit(AttributeSample?[] ticket, DecisionTableResult result, int falseCount, int[] mustBeTrue)
    {
        if (result.StepsLeft-- <= 0) return Search.OutOfSteps;
        var undecided = -1;
        foreach (var r in mustBeTrue)
        {
            var truth = PartialTicketTruth.Evaluate(_rules[r].Condition, _slots, ticket);
            if (truth == Truth.False) return Search.NotFound;
            if (truth == Truth.Unknown && undecided < 0) undecided = r;
        }
        for (var r = 0; r < falseCount; r++)
        {
            var truth = PartialTicketTruth.Evaluate(_rules[r].Condition, _slots, ticket);
            if (truth == Truth.True) return Search.NotFound;
            if (truth == Truth.Unknown && undecided < 0) undecided = r;
        }
        if (undecided < 0) return Search.Found;
        var branch = -1;
        foreach (var slot in _mentions[undecided])
            if (ticket[slot] is null && _domains[slot].Length > 0)
            {
                branch = slot;
                break;
            }
        // Unknown with every attribute it tests given: amounts in two currencies, not a ticket the runtime accepts.
        if (branch < 0) return Search.NotFound;
        foreach (var sample in _domains[branch])
        {
            ticket[branch] = sample;
            var search = Visit(ticket, result, falseCount, mustBeTrue);
            if (search != Search.NotFound) return search;
        }
        ticket[branch] = null;
        return Search.NotFound;
    }

    /// <summary>The ticket as a finding shows it, without the attributes it can do without (dropped last first).</summary>
    private string Example(AttributeSample?[] ticket, int falseCount, int[] mustBeTrue)
    {
        var shown = (AttributeSample?[])ticket.Clone();
        for (var slot = shown.Length - 1; slot >= 0; slot--)
        {
            if (shown[slot] is not { } kept) continue;
            shown[slot] = null;
            var still = mustBeTrue.All(r => PartialTicketTruth.Evaluate(_rules[r].Condition, _slots, shown) == Truth.True)
                && Enumerable.Range(0, falseCount).All(r => PartialTicketTruth.Evaluate(_rules[r].Condition, _slots, shown) == Truth.False);
            if (!still) shown[slot] = kept;
        }
        return Describe(shown);
    }

    /// <summary>A decision as a finding shows it: "included", "billable at 100 EUR/h".</summary>
    public static string Decision(CoverageOutcome outcome) =>
        outcome.Decision.ToString().ToLowerInvariant() + (outcome.Decision == CoverageDecision.Billable && outcome.Rate is { } rate ? " at " + rate.Describe() : "");

    private static bool DecidesDifferently(CoverageOutcome a, CoverageOutcome b) => Decision(a) != Decision(b);

    private string Describe(AttributeSample?[] ticket) =>
        string.Join(", ", ticket.Select((s, slot) => s is null ? null : $"{_attributes[slot].Id} = {s.Shown}").Where(s => s is not null));

    private static void Collect(ConditionNode? node, Dictionary<string, List<RuleLiteral>> literals, List<string> mentioned)
    {
        switch (node)
        {
            case NotCondition n: Collect(n.Operand, literals, mentioned); break;
            case AndCondition a: Collect(a.Left, literals, mentioned); Collect(a.Right, literals, mentioned); break;
            case OrCondition o: Collect(o.Left, literals, mentioned); Collect(o.Right, literals, mentioned); break;
            case FlagCondition f: Mention(f.Attribute, Array.Empty<RuleLiteral>()); break;
            case CompareCondition c: Mention(c.Attribute, new[] { c.Value }); break;
            case InCondition i: Mention(i.Attribute, i.Values); break;
        }

        void Mention(string attribute, IEnumerable<RuleLiteral> values)
        {
            if (!mentioned.Contains(attribute)) mentioned.Add(attribute);
            if (!literals.TryGetValue(attribute, out var list)) literals[attribute] = list = new List<RuleLiteral>();
            list.AddRange(values);
        }
    }
}
