using System.Collections.Immutable;
using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>
/// The values of one attribute worth trying against a set of rules: one from every region of values the
/// rules cannot tell apart, so that trying them all is as good as trying every value. yes/no: yes, no.
/// one of: every member the rules name, and one member they do not name (it stands for all of them).
/// text: every text the rules name, and one other. Numbers, durations, dates and money: every value the
/// rules name, one just below the lowest, one just above the highest, and one between each two
/// (±1, ±1 h or ±1 min, ±1 day; the middle where nothing fits).
/// </summary>
internal static class AttributeDomain
{
    public static ImmutableArray<AttributeSample> Of(AttributeModel attribute, IReadOnlyList<RuleLiteral> literals)
    {
        switch (attribute.Type.Kind)
        {
            case ValueTypeKind.YesNo:
                return ImmutableArray.Create(new AttributeSample(RuleLiteral.OfFlag(true), "yes"), new AttributeSample(RuleLiteral.OfFlag(false), "no"));
            case ValueTypeKind.Choice:
                return Choices(attribute, literals);
            case ValueTypeKind.Text:
                return Texts(literals);
            case ValueTypeKind.Number:
                return Numbers(literals.Select(l => l.Number), RuleLiteral.OfNumber);
            case ValueTypeKind.Duration:
                return Durations(literals.Select(l => l.Duration).ToList());
            case ValueTypeKind.Date:
                return Dates(literals.Select(l => l.Date));
            case ValueTypeKind.Money:
                return literals.GroupBy(l => l.Money.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .SelectMany(g => Numbers(g.Select(l => l.Money.Amount), a => RuleLiteral.OfMoney(new Money(a, g.Key))))
                    .ToImmutableArray();
            default:
                return ImmutableArray<AttributeSample>.Empty;
        }
    }

    private static AttributeSample Show(RuleLiteral value) => new(value, value.Describe());

    private static ImmutableArray<AttributeSample> Choices(AttributeModel attribute, IReadOnlyList<RuleLiteral> literals)
    {
        var named = literals.Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<AttributeSample>();
        var otherTaken = false;
        foreach (var member in attribute.Type.Members)
        {
            if (named.Contains(member.Id)) result.Add(Show(RuleLiteral.OfChoice(member.Id)));
            else if (!otherTaken)
            {
                otherTaken = true;
                result.Add(Show(RuleLiteral.OfChoice(member.Id)));
            }
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<AttributeSample> Texts(IReadOnlyList<RuleLiteral> literals)
    {
        var texts = literals.Select(l => l.Text!).Distinct(StringComparer.Ordinal).ToList();
        var result = texts.Select(t => Show(RuleLiteral.OfText(t))).ToList();
        var other = "other";
        while (texts.Contains(other, StringComparer.Ordinal)) other += "'";
        var shown = texts.Count == 0 ? "any text" : "a text other than " + string.Join(", ", texts.Select(t => RuleLiteral.OfText(t).Describe()));
        result.Add(new AttributeSample(RuleLiteral.OfText(other), shown));
        return result.ToImmutableArray();
    }

    /// <summary>A value just below the lowest, each value, one between each two, one just above the highest.</summary>
    private static ImmutableArray<AttributeSample> Ordered<T>(IEnumerable<T> values, Func<T, T> down, Func<T, T> up, Func<T, T, T> middle, Func<T, bool> valid, Func<T, RuleLiteral> literal)
        where T : IComparable<T>
    {
        var sorted = values.Distinct().OrderBy(v => v).ToList();
        if (sorted.Count == 0) return ImmutableArray<AttributeSample>.Empty;
        var result = new List<T>();
        if (valid(down(sorted[0]))) result.Add(down(sorted[0]));
        for (var i = 0; i < sorted.Count; i++)
        {
            result.Add(sorted[i]);
            var next = up(sorted[i]);
            if (i + 1 == sorted.Count || next.CompareTo(sorted[i + 1]) < 0)
            {
                result.Add(next);
                continue;
            }
            var mid = middle(sorted[i], sorted[i + 1]);
            if (mid.CompareTo(sorted[i]) > 0 && mid.CompareTo(sorted[i + 1]) < 0) result.Add(mid);
        }
        return result.Select(v => Show(literal(v))).ToImmutableArray();
    }

    private static ImmutableArray<AttributeSample> Numbers(IEnumerable<decimal> values, Func<decimal, RuleLiteral> literal) =>
        Ordered(values, v => v - 1, v => v + 1, (a, b) => a / 2 + b / 2, _ => true, literal);

    private static ImmutableArray<AttributeSample> Durations(IReadOnlyList<Duration> values)
    {
        var hour = Duration.FromHours(1);
        var step = values.All(v => v.ToInt64Nanoseconds() % hour.ToInt64Nanoseconds() == 0) ? hour : Duration.FromMinutes(1);
        return Ordered(values, v => v - step, v => v + step, (a, b) => Duration.FromNanoseconds((a.ToBigIntegerNanoseconds() + b.ToBigIntegerNanoseconds()) / 2),
            v => v >= Duration.Zero, RuleLiteral.OfDuration);
    }

    private static ImmutableArray<AttributeSample> Dates(IEnumerable<LocalDate> values)
    {
        var sorted = values.Distinct().OrderBy(v => v).ToList();
        if (sorted.Count == 0) return ImmutableArray<AttributeSample>.Empty;
        var result = new List<LocalDate> { sorted[0].PlusDays(-1) };
        for (var i = 0; i < sorted.Count; i++)
        {
            result.Add(sorted[i]);
            var next = sorted[i].PlusDays(1);
            if (i + 1 == sorted.Count || next < sorted[i + 1]) result.Add(next);
        }
        return result.Select(d => Show(RuleLiteral.OfDate(d))).ToImmutableArray();
    }
}
