using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Runtime.Tests.Tickets;

/// <summary>Short ways to write instants and evaluate tickets in tests.</summary>
internal static class TicketTestSupport
{
    public static Instant At(string isoWithOffset) => OffsetDateTimePattern.ExtendedIso.Parse(isoWithOffset).GetValueOrThrow().ToInstant();

    /// <summary>An instant as ISO-8601 with the offset it has in the zone.</summary>
    public static string In(Instant? instant, string zone) =>
        instant is { } i ? OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>").Format(i.InZone(DateTimeZoneProviders.Tzdb[zone]).ToOffsetDateTime()) : "null";

    public static TicketEvaluation Evaluate(ResolvedCatalog catalog, string plan, Ticket ticket) =>
        new TicketEvaluator(catalog, new CalendarSet(catalog)).Evaluate(plan, ticket);

    public static TicketEvent E(string at, TicketEventType type, string? severity = null) => new(At(at), type, severity);
}
