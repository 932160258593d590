namespace PlanDsl.Runtime.Calendars;

/// <summary>
/// An answer would fall after <see cref="SupportedTime.Last"/> (9999-12-30T00:00:00Z), the end of the
/// time the calendars compute in: said plainly instead of overflowing or answering wrongly.
/// </summary>
public sealed class BeyondSupportedTimeException : InvalidOperationException
{
    public BeyondSupportedTimeException(string what)
        : base($"{what} falls after {SupportedTime.LastText}, beyond the range of time plandsl computes in")
    {
    }
}
