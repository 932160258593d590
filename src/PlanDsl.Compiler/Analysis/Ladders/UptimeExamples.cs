using System.Globalization;

namespace PlanDsl.Compiler.Analysis.Ladders;

/// <summary>
/// The uptimes a credit-ladder finding shows: one uptime inside a band of the ladder, chosen short and
/// just below the band's top (98.9 % for the band from 0 % to below 99 %), and percentages written
/// without trailing zeros.
/// </summary>
internal static class UptimeExamples
{
    /// <summary>
    /// An uptime at least <paramref name="low"/> and below <paramref name="high"/>: the top less 0.1, else
    /// less 0.01, … as long as that stays above the bottom (the bottom itself when the band is narrower
    /// than a millionth of a percent).
    /// </summary>
    public static decimal Below(decimal high, decimal low)
    {
        var step = 0.1m;
        for (var digits = 1; digits <= 6; digits++, step /= 10)
        {
            var candidate = high - step;
            if (candidate > low && candidate >= 0) return candidate;
        }
        return low;
    }

    /// <summary>A percentage as a message shows it: 99, 99.4, 0.05 (no trailing zeros).</summary>
    public static string Percent(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
