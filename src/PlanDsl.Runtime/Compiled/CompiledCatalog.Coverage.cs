using System.Collections.Concurrent;
using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// Coverage: generated decision code picks the rule (<see cref="DecideCoverage"/>); this part turns the
/// decision into the <see cref="CoverageResult"/> that <see cref="CoverageEvaluator"/> gives, caching what
/// does not depend on the ticket.
/// </summary>
public abstract partial class CompiledCatalog
{
    private int _severityAttribute, _kindAttribute, _channelAttribute, _workAttribute;
    private Dictionary<string, int> _channelMembers = null!;
    private RuleLiteral[] _severityLiterals = null!, _kindLiterals = null!, _channelLiterals = null!;
    private int _factKeys;
    private RuleLiteral?[]?[] _factsByKey = null!;
    private CoverageResult?[]?[] _ticketCoverage = null!;     // [slot][fact key], tickets without attributes
    private CoverageResult?[]?[] _decidedCoverage = null!;    // [slot][rule], nothing unknown, reason fixed
    private ReasonCache?[]?[] _reasons = null!;               // [slot][rule], default language
    private (string Name, int Index)[]?[]?[] _ruleAttributes = null!;
    private readonly ConcurrentDictionary<string, CoverageReason?> _workReasons = new(StringComparer.Ordinal);

    private sealed record ReasonCache(bool DependsOnWork, CoverageReason? Reason);

    /// <summary>
    /// Generated: the index of the first rule of the version slot's <see cref="PlanVersion.Coverage"/> whose
    /// condition is true over the facts (by attribute index), or -1; rules found unknown on the way go to
    /// <paramref name="unknown"/>. Every test of a rule is evaluated, in order, as the interpreter does.
    /// </summary>
    protected abstract int DecideCoverage(int versionSlot, RuleLiteral?[] facts, ref RuleTrace unknown);

    /// <summary>
    /// A ticket's coverage by its attributes (as <see cref="TicketFacts.From"/> reads them) under the plan's
    /// version in force on the day (default: the current version): equal to <see cref="CoverageEvaluator.Evaluate(ResolvedCatalog, PlanVersion, IReadOnlyDictionary{string, object?}?, string?)"/>.
    /// </summary>
    /// <exception cref="CoverageInputException">An attribute that is not declared or not of its type.</exception>
    public CoverageResult Coverage(string plan, IReadOnlyDictionary<string, object?>? attributes, LocalDate? day = null, string? language = null)
    {
        var p = PlanIndex(plan);
        if (p < 0) throw new ArgumentException($"unknown plan '{plan}' in catalog '{Model.Id}'", nameof(plan));
        var slot = day is { } d ? SlotOn(p, d) : CurrentSlot(p);
        if (slot < 0) throw new ArgumentOutOfRangeException(nameof(day), day, $"no version of plan '{plan}' is in force on that day");
        var facts = new RuleLiteral?[Model.Attributes.Length];
        if (attributes is not null)
            foreach (var (name, raw) in attributes)
                Put(facts, name, raw);
        return Decide(slot, facts, language ?? Model.DefaultLanguage);
    }

    private void InitializeCoverage()
    {
        _severityAttribute = AttributeIndex("severity");
        _kindAttribute = AttributeIndex("kind");
        _channelAttribute = AttributeIndex("channel");
        _workAttribute = AttributeIndex("work");
        _severityLiterals = Model.Severities.Select(s => RuleLiteral.OfChoice(s.Id)).ToArray();
        _kindLiterals = Model.Kinds.Select(k => RuleLiteral.OfChoice(k.Id)).ToArray();
        var channelMembers = _channelAttribute >= 0 ? Model.Attributes[_channelAttribute].Type.Members : ImmutableArray<ChoiceMember>.Empty;
        _channelLiterals = channelMembers.Select(m => RuleLiteral.OfChoice(m.Id)).ToArray();
        _channelMembers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < channelMembers.Length; i++) _channelMembers.TryAdd(channelMembers[i].Id, i);
        _factKeys = (_severityLiterals.Length + 1) * (_kindLiterals.Length + 1) * (_channelLiterals.Length + 1);
        _factsByKey = new RuleLiteral?[]?[_factKeys];
        _ticketCoverage = new CoverageResult?[]?[_versions.Length];
        _decidedCoverage = new CoverageResult?[]?[_versions.Length];
        _reasons = new ReasonCache?[]?[_versions.Length];
        _ruleAttributes = new (string, int)[]?[]?[_versions.Length];
    }

    /// <summary>Coverage inside <see cref="Evaluate"/>: the ticket's attributes plus its severity, kind and channel, errors as <see cref="TicketException"/>.</summary>
    private CoverageResult CoverageOfTicket(int slot, Ticket ticket, int severity, int kind)
    {
        var attributes = ticket.Attributes;
        var channel = ticket.Channel;
        var channelMember = -1;
        var simple = (attributes is null || attributes.Count == 0) && _severityAttribute >= 0 && _kindAttribute >= 0
            && (string.IsNullOrEmpty(channel) || _channelMembers.TryGetValue(channel, out channelMember));
        try
        {
            if (simple) return CoverageOfKey(slot, severity, kind, channelMember);
            var facts = new RuleLiteral?[Model.Attributes.Length];
            bool hasSeverity = false, hasKind = false, hasChannel = false;
            if (attributes is not null)
                foreach (var (name, raw) in attributes)
                {
                    switch (name)
                    {
                        case "severity": hasSeverity = true; break;
                        case "kind": hasKind = true; break;
                        case "channel": hasChannel = true; break;
                    }
                    Put(facts, name, raw);
                }
            if (severity >= 0 && !hasSeverity) Put(facts, "severity", Model.Severities[severity].Id);
            if (kind >= 0 && !hasKind) Put(facts, "kind", Model.Kinds[kind].Id);
            if (!string.IsNullOrEmpty(channel) && !hasChannel) Put(facts, "channel", channel);
            return Decide(slot, facts, Model.DefaultLanguage);
        }
        catch (CoverageInputException e)
        {
            var field = e.Attribute is "channel" or "severity" or "kind" && attributes?.ContainsKey(e.Attribute) != true ? e.Attribute : "attributes." + e.Attribute;
            throw new TicketException(field, e.Message);
        }
    }

    /// <summary>A ticket without attributes: its coverage depends only on its severity, kind and channel, so it is worked out once.</summary>
    private CoverageResult CoverageOfKey(int slot, int severity, int kind, int channel)
    {
        var key = ((severity + 1) * (_kindLiterals.Length + 1) + kind + 1) * (_channelLiterals.Length + 1) + channel + 1;
        var cache = _ticketCoverage[slot] ?? Publish(ref _ticketCoverage[slot], new CoverageResult?[_factKeys]);
        if (Volatile.Read(ref cache[key]) is { } known) return known;
        var facts = _factsByKey[key];
        if (facts is null)
        {
            facts = new RuleLiteral?[Model.Attributes.Length];
            if (severity >= 0) facts[_severityAttribute] = _severityLiterals[severity];
            if (kind >= 0) facts[_kindAttribute] = _kindLiterals[kind];
            if (channel >= 0) facts[_channelAttribute] = _channelLiterals[channel];
            facts = Publish(ref _factsByKey[key], facts);
        }
        return Publish(ref cache[key], Decide(slot, facts, Model.DefaultLanguage));
    }

    private void Put(RuleLiteral?[] facts, string name, object? raw)
    {
        var index = AttributeIndex(name);
        if (index < 0) throw TicketFacts.Undeclared(Model, name);
        if (raw is null) return;
        facts[index] = TicketFacts.Convert(Model, Model.Attributes[index], raw);
    }

    private CoverageResult Decide(int slot, RuleLiteral?[] facts, string language)
    {
        var unknown = new RuleTrace();
        var decided = DecideCoverage(slot, facts, ref unknown);
        var version = _versions[slot];
        var unknownRules = unknown.Count == 0 ? ImmutableArray<UnknownRule>.Empty : UnknownRules(slot, version, facts, ref unknown);
        if (decided < 0) return new CoverageResult(CoverageVerdict.Undecided, null, null, null, null, unknownRules);
        var rule = version.Coverage[decided];
        var defaultLanguage = language == Model.DefaultLanguage;
        if (defaultLanguage && unknown.Count == 0)
        {
            var decidedCache = _decidedCoverage[slot] ?? Publish(ref _decidedCoverage[slot], new CoverageResult?[version.Coverage.Length]);
            if (Volatile.Read(ref decidedCache[decided]) is { } known) return known;
            var cached = Reasons(slot, decided);
            if (!cached.DependsOnWork) return Publish(ref decidedCache[decided], Result(rule, decided, cached.Reason, unknownRules));
        }
        return Result(rule, decided, Reason(slot, decided, rule, facts, language, defaultLanguage), unknownRules);
    }

    private static CoverageResult Result(CoverageRule rule, int index, CoverageReason? reason, ImmutableArray<UnknownRule> unknown)
    {
        var outcome = rule.Outcome;
        var verdict = outcome.Decision switch
        {
            CoverageDecision.Included => CoverageVerdict.Included,
            CoverageDecision.Excluded => CoverageVerdict.Excluded,
            CoverageDecision.Refused => CoverageVerdict.Refused,
            _ => CoverageVerdict.Billable,
        };
        return new CoverageResult(verdict, outcome.Decision == CoverageDecision.Billable ? outcome.Rate : null, reason, index, rule, unknown);
    }

    private CoverageReason? Reason(int slot, int index, CoverageRule rule, RuleLiteral?[] facts, string language, bool defaultLanguage)
    {
        if (!defaultLanguage)
            return ReasonResolver.For(Model, rule, _workAttribute >= 0 && facts[_workAttribute] is { } w ? TicketFacts.Of("work", w) : TicketFacts.Empty, language);
        var cached = Reasons(slot, index);
        if (!cached.DependsOnWork) return cached.Reason;
        if (_workAttribute < 0 || facts[_workAttribute] is not { Text: { } work } literal) return null;
        return _workReasons.GetOrAdd(work, static (_, state) => ReasonResolver.For(state.Model, state.rule, TicketFacts.Of("work", state.literal), state.Model.DefaultLanguage),
            (Model, rule, literal));
    }

    /// <summary>A rule's reason in the default language, and whether it is the ticket's work item instead (a reasonless rule that tests the work).</summary>
    private ReasonCache Reasons(int slot, int index)
    {
        var version = _versions[slot];
        var cache = _reasons[slot] ?? Publish(ref _reasons[slot], new ReasonCache?[version.Coverage.Length]);
        if (Volatile.Read(ref cache[index]) is { } known) return known;
        var rule = version.Coverage[index];
        var reason = ReasonResolver.For(Model, rule, TicketFacts.Empty, Model.DefaultLanguage);
        return Publish(ref cache[index], new ReasonCache(reason is null && ConditionEvaluator.Mentions(rule.Condition, "work"), reason));
    }

    /// <summary>The rules passed over, each with the attributes it tests that the ticket lacks, in the order the interpreter meets them.</summary>
    private ImmutableArray<UnknownRule> UnknownRules(int slot, PlanVersion version, RuleLiteral?[] facts, ref RuleTrace unknown)
    {
        var result = ImmutableArray.CreateBuilder<UnknownRule>(unknown.Count);
        for (var k = 0; k < unknown.Count; k++)
        {
            var index = unknown[k];
            var missing = ImmutableArray.CreateBuilder<string>();
            foreach (var (name, attribute) in RuleAttributes(slot, index))
                if (attribute < 0 || facts[attribute] is null) missing.Add(name);
            result.Add(new UnknownRule(index, version.Coverage[index], missing.ToImmutable()));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The attributes a rule's condition tests, each once, depth first, left to right.</summary>
    private (string Name, int Index)[] RuleAttributes(int slot, int index)
    {
        var version = _versions[slot];
        var cache = _ruleAttributes[slot] ?? Publish(ref _ruleAttributes[slot], new (string, int)[]?[version.Coverage.Length]);
        if (Volatile.Read(ref cache[index]) is { } known) return known;
        var names = new List<string>();
        Collect(version.Coverage[index].Condition, names);
        return Publish(ref cache[index], names.Select(n => (n, AttributeIndex(n))).ToArray());

        static void Collect(ConditionNode? node, List<string> into)
        {
            switch (node)
            {
                case NotCondition n: Collect(n.Operand, into); break;
                case AndCondition a: Collect(a.Left, into); Collect(a.Right, into); break;
                case OrCondition o: Collect(o.Left, into); Collect(o.Right, into); break;
                case FlagCondition f: Add(f.Attribute, into); break;
                case CompareCondition c: Add(c.Attribute, into); break;
                case InCondition i: Add(i.Attribute, into); break;
            }
        }

        static void Add(string name, List<string> into)
        {
            if (!into.Contains(name)) into.Add(name);
        }
    }

    /// <summary>Stores a lazily made value unless another thread was first; returns the one that stays.</summary>
    private static T Publish<T>(ref T? slot, T value) where T : class =>
        Interlocked.CompareExchange(ref slot, value, null) ?? value;
}
