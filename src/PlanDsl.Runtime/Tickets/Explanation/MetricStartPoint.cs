namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>What a metric's count is measured from.</summary>
public enum MetricStartPoint
{
    /// <summary>The ticket's opening (response, resolution).</summary>
    Opening,
    /// <summary>The response the ticket got (its responded event).</summary>
    Response,
    /// <summary>The response's due instant, while no response came.</summary>
    ResponseDue,
    /// <summary>The previous status update given.</summary>
    PreviousUpdate,
}
