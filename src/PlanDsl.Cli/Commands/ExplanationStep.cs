namespace PlanDsl.Cli.Commands;

/// <summary>One numbered step of an explanation: a sentence, then its detail lines (each a sentence or two).</summary>
public sealed record ExplanationStep(string Text, IReadOnlyList<string> Details)
{
    public static ExplanationStep Of(string text) => new(text, Array.Empty<string>());
}
