using NodaTime;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Tests.Tickets.Explain;

/// <summary>
/// Random tickets for a catalog, reproducible from the <see cref="Random"/>: opened at any minute of
/// 2025-2027 (DST changes and holidays included), a severity by name, number or alias, a kind, coverage
/// attributes, and a history of responses, updates, pauses, severity changes and a resolution.
/// </summary>
internal static class RandomTickets
{
    private static readonly Instant From = Instant.FromUtc(2025, 1, 1, 0, 0);

    public static Ticket Next(ResolvedCatalog catalog, Random random)
    {
        var opened = From + Duration.FromMinutes(random.Next(3 * 365 * 24 * 60));
        var events = new List<TicketEvent>();
        var at = opened;
        var count = random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            at += Duration.FromMinutes(random.Next(1, 3 * 24 * 60));
            var type = (TicketEventType)random.Next(6);
            events.Add(new TicketEvent(at, type, type == TicketEventType.SeverityChanged ? Severity(catalog, random) : null));
        }
        Instant? asOf = random.Next(3) == 0 ? null : at + Duration.FromMinutes(random.Next(0, 5 * 24 * 60));
        return new Ticket(Severity(catalog, random), opened, Kind(catalog, random), null, Attributes(catalog, random), events, asOf);
    }

    private static string? Severity(ResolvedCatalog catalog, Random random)
    {
        if (catalog.Severities.IsEmpty) return null;
        var severity = catalog.Severities[random.Next(catalog.Severities.Length)];
        return random.Next(3) switch
        {
            0 when severity.Number is { } n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 when severity.Aliases.Length > 0 => severity.Aliases[random.Next(severity.Aliases.Length)],
            _ => severity.Id,
        };
    }

    private static string? Kind(ResolvedCatalog catalog, Random random) =>
        catalog.Kinds.IsEmpty ? null : catalog.Kinds[random.Next(catalog.Kinds.Length)].Id;

    private static Dictionary<string, object?> Attributes(ResolvedCatalog catalog, Random random)
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var attribute in catalog.Attributes)
        {
            if (attribute.Id is "severity" or "kind" or "channel" || random.Next(2) == 0) continue;
            if (attribute.Type.Kind == ValueTypeKind.YesNo) attributes[attribute.Id] = random.Next(2) == 0;
            else if (attribute.Type.Kind == ValueTypeKind.Choice && attribute.Type.Members.Length > 0)
                attributes[attribute.Id] = attribute.Type.Members[random.Next(attribute.Type.Members.Length)].Id;
        }
        return attributes;
    }
}
