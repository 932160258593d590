namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>What the searches found, by rule index.</summary>
internal sealed class DecisionTableResult
{
    public DecisionTableResult(int rules)
    {
        Known = new bool[rules];
        Decides = new bool[rules];
        Matched = new bool[rules];
        ShadowedBy = new (string, int)?[rules];
    }

    /// <summary>Steps the searches may still take.</summary>
    public int StepsLeft { get; set; }

    /// <summary>True when the searches ran out of steps: what was not found may still be there.</summary>
    public bool Capped { get; set; }

    /// <summary>A ticket no rule decides.</summary>
    public string? Gap { get; set; }

    /// <summary>Rules whose <see cref="Decides"/> (and, if not, <see cref="Matched"/> and <see cref="ShadowedBy"/>) were found before the steps ran out.</summary>
    public bool[] Known { get; }

    /// <summary>Rules that decide some ticket.</summary>
    public bool[] Decides { get; }

    /// <summary>Rules that decide no ticket and whose condition some ticket meets.</summary>
    public bool[] Matched { get; }

    /// <summary>For a rule that decides nothing, a ticket it matches and the earlier rule that decides it.</summary>
    public (string Ticket, int Rule)?[] ShadowedBy { get; }

    /// <summary>Two rules of one declaration that match a ticket and decide it differently, with the ticket.</summary>
    public List<(int Earlier, int Later, string Ticket)> Overlaps { get; } = new();
}
