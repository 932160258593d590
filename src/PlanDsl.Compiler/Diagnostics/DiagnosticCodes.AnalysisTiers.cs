namespace PlanDsl.Compiler.Diagnostics;

/// <summary>PD081x: tier dominance — every higher tier at least as good as the tier below (Analysis/Tiers).</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor TierTargetLater = Warning("PD0810", "Higher tier is due later",
        "{0} opened {1} is due {2}, {3}'s is due {4}{5}");
    public static readonly DiagnosticDescriptor TierTargetWeaker = Warning("PD0811", "Higher tier commits less",
        "{0} {1}, {2}'s is {3}{4}");
    public static readonly DiagnosticDescriptor TierHoursShorter = Warning("PD0812", "Higher tier has fewer support hours",
        "{0} hours ({1}) are open {2}, {3}'s ({4}) {5}; closed {6} when {3}'s are open{7}");
    public static readonly DiagnosticDescriptor TierChannelWeaker = Warning("PD0813", "Higher tier offers a channel less",
        "{0} channel '{1}' is {2}, {3}'s is {4}{5}");
    public static readonly DiagnosticDescriptor TierChannelShorter = Warning("PD0814", "Higher tier's channel is open less",
        "{0} channel '{1}' is open {2} on {3}, {4}'s {5} on {6}; closed {7} when {4}'s is open{8}");
    public static readonly DiagnosticDescriptor TierEntitlementLess = Warning("PD0815", "Higher tier grants less",
        "{0} entitlement '{1}' is {2}, {3}'s is {4}{5}");
    public static readonly DiagnosticDescriptor TierCreditLess = Warning("PD0816", "Higher tier credits less",
        "at {0} % uptime {1} credits {2} %, {3} {4} %{5}");
    public static readonly DiagnosticDescriptor TierUptimeLower = Warning("PD0817", "Higher tier promises less uptime",
        "{0} uptime target is {1}, {2}'s is {3}{4}");
}
