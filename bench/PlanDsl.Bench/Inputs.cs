using NodaTime;
using PlanDsl.Runtime.Tickets;

namespace PlanDsl.Bench;

/// <summary>Fixed, seeded inputs: the same in every process of a run and in every run.</summary>
public static class Inputs
{
    /// <summary>Inputs are cycled with <c>i &amp; Mask</c>.</summary>
    public const int Count = 1024;
    public const int Mask = Count - 1;

    private static readonly Instant YearStart = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant YearEnd = Instant.FromUtc(2027, 1, 1, 0, 0);

    /// <summary>
    /// 1,024 ticket openings in 2026, on whole minutes: 120 on the days that matter (Polish public holidays,
    /// the days around both DST changes, 00:30 to 23:00 local time in Europe/Warsaw) and the rest uniform
    /// over the year (so about two in seven on a weekend), shuffled.
    /// </summary>
    public static Instant[] Openings()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        var days = new[]
        {
            new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 6), new LocalDate(2026, 4, 5), new LocalDate(2026, 4, 6),
            new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 3), new LocalDate(2026, 5, 24), new LocalDate(2026, 6, 4),
            new LocalDate(2026, 8, 15), new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 11), new LocalDate(2026, 12, 24),
            new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26),
            new LocalDate(2026, 3, 27), new LocalDate(2026, 3, 28), new LocalDate(2026, 3, 29),   // DST starts on the 29th
            new LocalDate(2026, 10, 23), new LocalDate(2026, 10, 24), new LocalDate(2026, 10, 25), // DST ends on the 25th
        };
        var times = new[] { new LocalTime(0, 30), new LocalTime(2, 30), new LocalTime(7, 59), new LocalTime(12, 0), new LocalTime(19, 45), new LocalTime(23, 0) };
        var list = new List<Instant>(Count);
        foreach (var day in days)
            foreach (var time in times)
                list.Add((day + time).InZoneLeniently(zone).ToInstant());
        var random = new Random(2026);
        var minutes = (int)((YearEnd - YearStart).TotalMinutes);
        while (list.Count < Count) list.Add(YearStart + Duration.FromMinutes(random.Next(minutes)));
        var result = list.ToArray();
        random.Shuffle(result);
        return result;
    }

    /// <summary>1,024 monthly uptimes from 98.500 % to 100.000 % (three decimals), across every step of the seed ladders.</summary>
    public static decimal[] Uptimes()
    {
        var random = new Random(99);
        var result = new decimal[Count];
        for (var i = 0; i < Count; i++) result[i] = 98.5m + random.Next(1501) / 1000m;
        return result;
    }

    /// <summary>
    /// 1,024 attribute sets for Kolmisoft tickets: a work item (the premium plan's included and excluded work,
    /// the catalog's not-done and paid services, or none), a cause, whether the MOR version is one of the two
    /// latest — each possibly missing.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>[] KolmisoftAttributes()
    {
        var work = new[]
        {
            null, "helping", "license_after_crash", "checking_configurations", "testing_settings", "custom_development",
            "personalized_configurations", "personalized_sessions", "snmp", "vpn", "partitions_storage", "mor_reinstallation",
            "heartbeat", "data_migration", "mor_configuration", "system_monitoring",
        };
        var causes = new[] { null, "bug", "misconfiguration", "hardware_crash", "other" };
        var latest = new object?[] { null, true, false };
        var random = new Random(7);
        var result = new IReadOnlyDictionary<string, object?>[Count];
        for (var i = 0; i < Count; i++)
        {
            var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (work[random.Next(work.Length)] is { } w) attributes["work"] = w;
            if (causes[random.Next(causes.Length)] is { } c) attributes["cause"] = c;
            if (latest[random.Next(latest.Length)] is { } l) attributes["latest_version"] = l;
            result[i] = attributes;
        }
        return result;
    }

    /// <summary>A ticket to evaluate under a plan of one of the catalogs.</summary>
    public readonly record struct PlannedTicket(int Catalog, string Plan, Ticket Ticket);

    /// <summary>The catalogs whole tickets are drawn from: targets with status updates, follow-ups, request kinds and holidays.</summary>
    public static readonly string[] TicketSeeds = { "ombori", "domo", "oktawave" };

    /// <summary>
    /// Tickets opened in 2026 under the plans of <see cref="TicketSeeds"/> (round robin): every severity and kind,
    /// a response (85 %), up to three status updates, a pause (20 %) resumed or not, a severity change (10 %),
    /// resolved (60 %) or judged as of three days after the opening; a quarter of Domo's with coverage attributes.
    /// </summary>
    public static PlannedTicket[] Tickets(int count, int seed = 1)
    {
        var random = new Random(seed);
        var minutes = (int)((YearEnd - YearStart).TotalMinutes) - 60 * 24 * 10;
        var plans = new[]
        {
            new[] { "free", "pilot", "production", "enterprise" },
            new[] { "silver", "gold", "platinum", "diamond" },
            new[] { "podstawowy", "silver", "gold", "platinum" },
        };
        var severities = new[] { new[] { "critical", "major", "minor", "cosmetic" }, new[] { "sev1", "sev2", "sev3" }, new string?[] { null } };
        var kinds = new[] { new string?[] { null }, new string?[] { null }, new[] { "deployment", "failure" } };
        var result = new PlannedTicket[count];
        var events = new List<TicketEvent>(8);
        for (var i = 0; i < count; i++)
        {
            var c = i % TicketSeeds.Length;
            var opened = YearStart + Duration.FromMinutes(random.Next(minutes));
            var severity = severities[c][random.Next(severities[c].Length)];
            var kind = kinds[c][random.Next(kinds[c].Length)];
            events.Clear();
            var at = opened;
            if (random.Next(10) == 0 && severity is not null)
            {
                at += Duration.FromMinutes(random.Next(1, 90));
                events.Add(new TicketEvent(at, TicketEventType.SeverityChanged, severities[c][random.Next(severities[c].Length)]));
            }
            if (random.Next(100) < 85)
            {
                at += Duration.FromMinutes(random.Next(1, 6 * 60));
                events.Add(new TicketEvent(at, TicketEventType.Responded));
                for (var u = random.Next(4); u > 0; u--)
                {
                    at += Duration.FromMinutes(random.Next(10, 3 * 60));
                    events.Add(new TicketEvent(at, TicketEventType.Updated));
                }
            }
            var pausedForGood = false;
            if (random.Next(100) < 20)
            {
                at += Duration.FromMinutes(random.Next(5, 120));
                events.Add(new TicketEvent(at, TicketEventType.Paused));
                if (random.Next(4) > 0)
                {
                    at += Duration.FromMinutes(random.Next(30, 24 * 60));
                    events.Add(new TicketEvent(at, TicketEventType.Resumed));
                }
                else pausedForGood = true;
            }
            Instant? asOf = null;
            if (!pausedForGood && random.Next(100) < 60)
            {
                at += Duration.FromMinutes(random.Next(10, 2 * 24 * 60));
                events.Add(new TicketEvent(at, TicketEventType.Resolved));
            }
            else asOf = opened + Duration.FromDays(3);
            IReadOnlyDictionary<string, object?>? attributes = c == 1 && random.Next(4) == 0
                ? new Dictionary<string, object?> { ["from_authorized_contact"] = random.Next(5) > 0, ["obligations_current"] = random.Next(10) > 0 }
                : null;
            var ticket = new Ticket(severity, opened, kind, null, attributes, events.ToArray(), asOf);
            result[i] = new PlannedTicket(c, plans[c][random.Next(plans[c].Length)], ticket);
        }
        return result;
    }
}
