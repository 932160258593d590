namespace PlanDsl.Compiler.Diagnostics;

/// <summary>PD085x: entitlement arithmetic — lowered overrides said so, 'unlimited' as a value, quantities and prices in range.</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor EntitlementLoweredSilently = Error("PD0850", "Entitlement lowered without saying so",
        "'{0}' is {1} in {2} and {3} in {4}, {5}: say 'lowers: {0}' if that is intended");
    public static readonly DiagnosticDescriptor LowersNothing = Warning("PD0851", "'lowers' names what is not lowered",
        "'lowers' names '{0}', but {1}");
    public static readonly DiagnosticDescriptor CountMissingAboveLowerTier = Warning("PD0852", "Count missing where a lower tier has one",
        "'{0}' is not given in {1} while {2}, a lower tier, has {3}: write '{0}: unlimited' if there is no limit, or '{0}: -' if {1} does not provide it");
    public static readonly DiagnosticDescriptor UnlimitedAsText = Warning("PD0853", "Unlimited written as text",
        "'{0}' is the text {1} in {2}: 'unlimited' is a value; declare '{0}' as a count and write '{0}: unlimited'");
    public static readonly DiagnosticDescriptor ZeroQuantity = Warning("PD0854", "Zero where nothing is meant",
        "'{0}' is {1} in {2}: write '{0}: -' if {2} does not provide it");
    public static readonly DiagnosticDescriptor FreeAdditional = Warning("PD0855", "Additional at no charge",
        "'{0}' is {1} in {2}: more at no charge is no limit; write '{0}: unlimited'");
    public static readonly DiagnosticDescriptor PriceOutOfLine = Warning("PD0856", "Price far out of line",
        "price '{0}' is {1} in {2}, {3} times the {4} in {5}: check the decimal point");
    public static readonly DiagnosticDescriptor PercentAboveWhole = Warning("PD0857", "Percentage above 100%",
        "'{0}' is {1} in {2}, more than 100%: check it, or suppress the finding if it is meant");
}
