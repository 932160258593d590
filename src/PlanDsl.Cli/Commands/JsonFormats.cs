using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// The JSON contract of the CLI: instants as ISO-8601 with an offset (<c>2026-10-05T09:00:00+02:00</c>),
/// durations as ISO-8601 durations (<c>PT4H30M</c>), output indented and deterministic.
/// </summary>
public static class JsonFormats
{
    private static readonly OffsetDateTimePattern InstantOut = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");
    private static readonly OffsetDateTimePattern InstantIn = OffsetDateTimePattern.ExtendedIso;

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>An instant in a zone, with that zone's offset.</summary>
    public static string Instant(Instant instant, DateTimeZone zone) => InstantOut.Format(instant.InZone(zone).ToOffsetDateTime());

    /// <summary>Elapsed time in hours, minutes and seconds (<c>PT48H</c>, never <c>P2D</c>, which reads as calendar days).</summary>
    public static string Duration(Duration duration)
    {
        var seconds = (long)duration.TotalSeconds;
        if (seconds == 0) return "PT0S";
        var period = Period.FromHours(seconds / 3600) + Period.FromMinutes(seconds % 3600 / 60) + Period.FromSeconds(seconds % 60);
        return PeriodPattern.Roundtrip.Format(period);
    }

    /// <summary>Parses an ISO-8601 instant with an offset or Z; <paramref name="field"/> names it in the error.</summary>
    public static Instant ParseInstant(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new CliError($"{field}: an ISO-8601 instant with an offset is required, e.g. 2026-10-03T20:45:00+02:00");
        var result = InstantIn.Parse(text.Trim());
        if (!result.Success) throw new CliError($"{field}: '{text}' is not an ISO-8601 instant with an offset (e.g. 2026-10-03T20:45:00+02:00)");
        return result.Value.ToInstant();
    }

    /// <summary>Parses an ISO-8601 duration of days, hours, minutes, seconds (no months or years).</summary>
    public static Duration ParseDuration(string? text, string field)
    {
        var result = PeriodPattern.NormalizingIso.Parse(text?.Trim() ?? "");
        if (!result.Success) throw new CliError($"{field}: '{text}' is not an ISO-8601 duration such as PT4H or P2DT30M");
        var period = result.Value;
        if (period.Years != 0 || period.Months != 0) throw new CliError($"{field}: '{text}' has months or years, which have no fixed length; use days");
        var duration = period.ToDuration();
        if (duration < NodaTime.Duration.Zero) throw new CliError($"{field}: '{text}' is negative");
        return duration;
    }

    public static string Write(JsonNode node) => node.ToJsonString(Options) + Environment.NewLine;
}
