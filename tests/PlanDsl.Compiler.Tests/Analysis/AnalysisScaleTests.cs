using System.Diagnostics;
using System.Text;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Tests.Analysis;

/// <summary>The analyses run on every keystroke: a catalog of 200 plans, each with its own ladder, targets and rules, must not take seconds.</summary>
public sealed class AnalysisScaleTests
{
    [Fact]
    public void Two_hundred_plans_with_their_own_ladders_targets_and_rules_are_analysed_in_well_under_seconds()
    {
        var text = new StringBuilder("""
            catalog big "Big" { currency: EUR }
            calendar office { hours: Mon-Fri 09:00-17:00 }
            severities most urgent first {
              s1 = 1 "S1"
              s2 = 2 "S2"
            }
            kinds {
              k1 "K1"
              k2 "K2"
            }
            attributes {
              a "A": yes/no
              b "B": number
              c "C": one of x "X", y "Y", z "Z"
              d "D": duration
            }
            coverage {
              when a and b > 3 -> included
              when c = x -> excluded
            }

            """);
        text.Append("work extras \"Extras\" {\n").Append(string.Concat(Enumerable.Range(0, 30).Select(i => $"  w{i} \"W{i}\"\n"))).Append("}\n");
        for (var p = 0; p < 200; p++)
            text.Append($$"""
                plan p{{p}} {
                  hours: office
                  uptime target: 99.9%
                  included: w{{p % 30}}, w{{(p + 7) % 30}}
                  excluded: w{{(p + 3) % 30}}
                  targets {
                    | severity | kind | response |
                    | s1       | all  | 1 h      |
                    | s2       | k1   | 4 h      |
                  }
                  credits {
                    | uptime below | credit |
                    | 99.9%        | 10%    |
                    | 99.5%        | 5%     |
                  }
                  coverage {
                    when b > {{p}} and d > {{p % 5 + 1}} h -> refused
                    when c in [y, z] and not a -> included
                    when b <= {{p}} -> excluded
                  }
                }

                """);
        var file = new SourceFile("big.plan", text.ToString());
        Workspace.CompileSources(file);

        var clock = Stopwatch.StartNew();
        var result = Workspace.CompileSources(file);
        clock.Stop();

        // Every plan has a hole (s2/k2) and a falling credit; p0-p2 have a gap (b above p but not above 3,
        // d small, a and c = y): the checks did run on all 200.
        Assert.Equal(200, result.Diagnostics.Count(d => d.Code == "PD0840"));
        Assert.Equal(200, result.Diagnostics.Count(d => d.Code == "PD0820"));
        Assert.Equal(new[] { "p0", "p1", "p2" }, result.Diagnostics.Where(d => d.Code == "PD0845").Select(d => d.Message.Split('\'')[1]));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"compiling and analysing took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }
}
