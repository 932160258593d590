using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>
/// Rule <c>coverage-rules</c>: each plan version's coverage rules checked as a decision table
/// (<see cref="DecisionTable"/>) over the tickets that give every attribute the rules test: a ticket no
/// rule decides (PD0845, a gap), two rules of one declaration that match a ticket and decide it
/// differently (PD0846, an overlap: the earlier wins), a rule that never decides because earlier rules
/// take every ticket it matches (PD0847) or because no ticket matches it (PD0848), and a table too large
/// to search in full (PD0849). Versions with the same rules are checked once (<see cref="RuleTable"/>);
/// a rule is reported as never deciding only when it decides nothing in every plan version that has it
/// (<see cref="RuleVerdicts"/>). A version without rules says nothing about coverage and is not a table
/// with a gap.
/// </summary>
public sealed class CoverageRulesCheck : ICatalogCheck
{
    /// <summary>Steps of search for one table before giving up (PD0849).</summary>
    public const int MaxSteps = 20_000;

    public AnalysisRule Rule { get; } = AnalysisRule.Create("coverage-rules", "Coverage rules as decision tables",
        DiagnosticCodes.CoverageGap, DiagnosticCodes.CoverageOverlap, DiagnosticCodes.CoverageRuleShadowed,
        DiagnosticCodes.CoverageConditionNeverTrue, DiagnosticCodes.CoverageCheckCapped);

    public void Run(AnalysisContext context)
    {
        var sources = context.Sources;
        var declarations = new Dictionary<SourceSpan, SourceSpan>();
        var verdicts = new RuleVerdicts();
        foreach (var table in RuleTable.Of(context))
        {
            // Rules the source map does not know (none, normally) take part in the table but are never named.
            var spans = table.Rules.Select(r => sources.Rule(r) is var span && span != sources.Catalog ? span : (SourceSpan?)null).ToArray();
            SourceSpan Declaration(int rule)
            {
                var span = spans[rule]!.Value;
                if (!declarations.TryGetValue(span, out var declaration)) declarations[span] = declaration = sources.RuleDeclaration(table.Rules[rule]);
                return declaration;
            }

            DecisionTable decisions;
            DecisionTableResult result;
            try
            {
                decisions = new DecisionTable(context.Catalog, table.Rules);
                result = decisions.Analyse(MaxSteps, (i, j) => spans[i] is not null && spans[j] is not null && Declaration(i) == Declaration(j));
            }
            catch (ArithmeticException)
            {
                // Values at the edge of what a number or a duration can hold: the check cannot decide, so it says nothing.
                verdicts.AddUnsure(table, spans);
                continue;
            }
            var first = table.Versions[0];
            if (result.Capped)
                context.Report(DiagnosticCodes.CoverageCheckCapped, sources.Plan(first.Id, first.Index), table.Label, decisions.Combinations, MaxSteps);
            if (result.Gap is { } gap)
                context.Report(DiagnosticCodes.CoverageGap, sources.Rule(table.Rules[^1]), table.Label, gap);
            verdicts.Add(table, spans, result);
        }
        verdicts.Report(context);
    }
}
