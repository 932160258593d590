using PlanDsl.Compiler.Analysis.Coverage;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Tests.Analysis.Coverage;

/// <summary>The searches over a table of rules, and the limit on their steps.</summary>
public sealed class DecisionTableTests
{
    private static (DecisionTable Table, int Rules) Table(string coverage)
    {
        var result = Workspace.CompileSources(new SourceFile("x.plan", $$"""
            catalog c "C" { }
            attributes {
              a "A": number
              b "B": number
              c "C": number
              flag "Flag": yes/no
            }
            plan basic {
              coverage {
            {{coverage}}
              }
            }
            """));
        var version = Assert.Single(result.Catalogs).Plans[0].Current;
        return (new DecisionTable(result.Catalogs[0], version.Coverage), version.Coverage.Length);
    }

    [Fact]
    public void The_searches_stop_at_their_limit_and_say_so()
    {
        var (table, _) = Table("""
                when (a = 1 or a = 2) and (b = 1 or b = 2) and (c = 1 or c = 2) and flag and not flag -> included
                otherwise -> excluded
            """);

        var capped = table.Analyse(10, (_, _) => true);
        Assert.True(capped.Capped);
        Assert.False(capped.Known[0]);

        var full = table.Analyse(10_000, (_, _) => true);
        Assert.False(full.Capped);
        Assert.True(full.Known[0]);
        Assert.False(full.Decides[0]);
        Assert.False(full.Matched[0]);
        Assert.Equal(5 * 5 * 5 * 2, (int)table.Combinations);
    }

    [Fact]
    public void An_example_ticket_gives_only_the_attributes_it_needs()
    {
        var (table, _) = Table("""
                when a > 5 and b > 5 -> included
                when flag -> excluded
            """);

        var result = table.Analyse(10_000, (_, _) => true);

        // a = 4 makes the first rule false whatever b is, so b is left out.
        Assert.Equal("a = 4, flag = no", result.Gap);
        Assert.Equal(new[] { (0, 1, "a = 6, b = 6, flag = yes") }, result.Overlaps);
    }
}
