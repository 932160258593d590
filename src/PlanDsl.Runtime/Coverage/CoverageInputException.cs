namespace PlanDsl.Runtime.Coverage;

/// <summary>A ticket attribute that is not declared or not of its declared type; <see cref="Attribute"/> names it.</summary>
public sealed class CoverageInputException : Exception
{
    public CoverageInputException(string attribute, string message) : base($"attribute '{attribute}': {message}") => Attribute = attribute;

    public string Attribute { get; }
}
