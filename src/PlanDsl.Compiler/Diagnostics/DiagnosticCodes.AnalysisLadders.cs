namespace PlanDsl.Compiler.Diagnostics;

/// <summary>
/// PD0820-PD0829: credit ladders (rule <c>credit-ladder</c>); PD0840-PD0844: completeness of targets
/// (rule <c>completeness</c>); PD0845-PD0849: coverage rules as decision tables (rule <c>coverage-rules</c>).
/// Percentages are written with a space before '%', uptimes as the check chose them (see docs/analysis.md).
/// </summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor CreditFallsWithUptime = Warning("PD0820", "Credit falls as uptime falls",
        "credit falls as uptime falls: at {0} % uptime the credit is {1} %, less than the {2} % at {3} %");

    public static readonly DiagnosticDescriptor CreditLadderGap = Warning("PD0821", "Gap in the credit ladder",
        "gap in the credit ladder: uptime from {0} % to below {1} % earns no credit (e.g. {2} %), though {3} % earns {4} %");

    public static readonly DiagnosticDescriptor CreditDashIsNoStep = Warning("PD0822", "Dash inside a credit ladder",
        "'-' below a step that pays is not a step: uptime from {0} % to below {1} % still earns the {2} % of the row above (e.g. {3} %); write that credit, or 0% for none");

    public static readonly DiagnosticDescriptor CreditWithoutCap = Warning("PD0823", "Credit above the fee without a cap",
        "at {0} % uptime the credit is {1} % of the fee and the ladder states no cap; write 'cap: {2}%' if that is meant");

    public static readonly DiagnosticDescriptor CreditStepAboveCap = Warning("PD0824", "Step above the cap",
        "the cap of {0} % cuts this step: at {1} % uptime the ladder gives {2} % but pays {0} %");

    public static readonly DiagnosticDescriptor UptimeTargetMissedWithoutCredit = Warning("PD0825", "Uptime target missed without credit",
        "{0} % uptime misses the {1} % uptime target but earns no credit: the ladder's first step that pays is below {2} %");

    public static readonly DiagnosticDescriptor CreditWhileUptimeTargetMet = Warning("PD0826", "Credit while the uptime target is met",
        "{0} % uptime meets the {1} % uptime target but earns {2} % credit: the ladder's first step that pays is below {3} %");

    public static readonly DiagnosticDescriptor CreditStepNeverReached = Warning("PD0827", "Step no uptime reaches",
        "no uptime is below {0} %: this step never pays its {1} %");

    public static readonly DiagnosticDescriptor MissingResponseTarget = Warning("PD0840", "Missing response target",
        "{0} has no response target for {1} (it states one for {2}): a {3} ticket gets no committed response; write a time, 'best effort', 'when done', or '-' for none");

    public static readonly DiagnosticDescriptor NoResponseTargets = Warning("PD0841", "Plan without response targets",
        "{0} commits to no response for any {1}: write its targets, 'best effort' if that is the offer, or '-' for none");

    public static readonly DiagnosticDescriptor CoverageGap = Warning("PD0845", "Coverage gap",
        "no coverage rule of {0} decides e.g. a ticket with {1}; add a rule or 'otherwise'");

    public static readonly DiagnosticDescriptor CoverageOverlap = Warning("PD0846", "Overlapping coverage rules",
        "the rule on {0} decides '{1}' for e.g. a ticket with {2}, which this rule would decide '{3}': the earlier rule wins, so this one is partly shadowed");

    public static readonly DiagnosticDescriptor CoverageRuleShadowed = Warning("PD0847", "Unreachable coverage rule",
        "this rule never decides: an earlier rule decides every ticket it matches (e.g. the rule on {1} decides a ticket with {0})");

    public static readonly DiagnosticDescriptor CoverageConditionNeverTrue = Warning("PD0848", "Condition never true",
        "no ticket matches this rule: its condition '{0}' is never true");

    public static readonly DiagnosticDescriptor CoverageCheckCapped = Warning("PD0849", "Coverage rules too many to check",
        "the coverage rules of {0} are too many to check in full ({1} combinations of the values they test): the check stopped after {2} steps, so gaps, overlaps and rules that never decide may be missing");
}
