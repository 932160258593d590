using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Ladders;

/// <summary>
/// A credit ladder read as bands of uptime: step <c>k</c> pays for uptime from the next step's threshold
/// (0 % for the last step) to below its own, and pays its credit cut to the cap — what
/// <see cref="CreditLadder.CreditFor"/> gives for every uptime in the band.
/// </summary>
internal sealed class LadderBands
{
    private LadderBands(CreditLadder ladder) => Ladder = ladder;

    public CreditLadder Ladder { get; }

    public int Count => Ladder.Steps.Length;

    /// <summary>The bands of a ladder whose thresholds fall strictly from step to step; null otherwise (the binder reports that, PD0507).</summary>
    public static LadderBands? Of(CreditLadder ladder)
    {
        for (var k = 1; k < ladder.Steps.Length; k++)
            if (ladder.Steps[k].BelowPercent >= ladder.Steps[k - 1].BelowPercent) return null;
        return new LadderBands(ladder);
    }

    public decimal Threshold(int k) => Ladder.Steps[k].BelowPercent;

    /// <summary>The lowest uptime of step k's band: the next threshold, or 0 %.</summary>
    public decimal Low(int k) => k + 1 < Count ? Threshold(k + 1) : 0m;

    /// <summary>The credit as written.</summary>
    public decimal Written(int k) => Ladder.Steps[k].CreditPercent;

    /// <summary>The credit paid in the band: as written, cut to the cap.</summary>
    public decimal Paid(int k) => Ladder.CapPercent is { } cap && Written(k) > cap ? cap : Written(k);

    /// <summary>Whether any uptime falls in the band (none is below 0 %).</summary>
    public bool Reachable(int k) => Threshold(k) > 0;

    /// <summary>An uptime inside step k's band, as findings show it.</summary>
    public decimal Example(int k) => UptimeExamples.Below(Threshold(k), Low(k));
}
