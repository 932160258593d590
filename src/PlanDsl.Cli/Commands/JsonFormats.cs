using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using PlanDsl.Runtime.Calendars;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// The JSON contract of the CLI: instants as ISO-8601 with an offset (<c>2026-10-05T09:00:00+02:00</c>),
/// durations as ISO-8601 durations (<c>PT4H30M</c>), output indented and deterministic.
/// </summary>
public static class JsonFormats
{
    private static readonly OffsetDateTimePattern InstantOut = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");
    // An offset with seconds (a local mean time of long ago, such as +00:17:30) is printed with them, never rounded.
    private static readonly OffsetDateTimePattern InstantOutWithOffsetSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm:ss>");
    private static readonly OffsetDateTimePattern InstantIn = OffsetDateTimePattern.ExtendedIso;

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>An instant in a zone, with that zone's offset.</summary>
    /// <remarks>The offset is <c>+HH:mm</c>, or <c>+HH:mm:ss</c> when it has seconds (a local mean time): never rounded.</remarks>
    public static string Instant(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).ToOffsetDateTime();
        return (local.Offset.Seconds % 60 == 0 ? InstantOut : InstantOutWithOffsetSeconds).Format(local);
    }

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
        NodaTime.Instant instant;
        try
        {
            instant = result.Value.ToInstant();
        }
        catch (OverflowException)
        {
            instant = NodaTime.Instant.MaxValue; // past NodaTime's end of time: refused just below
        }
        if (instant > SupportedTime.Last)
            throw new CliError($"{field}: '{text}' is after {SupportedTime.LastText}, the last instant plandsl computes with");
        return instant;
    }

    /// <summary>The longest duration read: the whole of the time plandsl computes in, year 1 to <see cref="SupportedTime.Last"/>.</summary>
    public static readonly NodaTime.Duration MaxDuration = NodaTime.Duration.FromDays((int)(SupportedTime.Last - NodaTime.Instant.FromUtc(1, 1, 1, 0, 0)).TotalDays);

    private static string MaxDurationText => $"P{(long)MaxDuration.TotalDays}D";

    /// <summary>Parses an ISO-8601 duration of days, hours, minutes, seconds (no months or years).</summary>
    public static Duration ParseDuration(string? text, string field)
    {
        ParseResult<Period> result;
        try
        {
            result = PeriodPattern.NormalizingIso.Parse(text?.Trim() ?? "");
        }
        catch (OverflowException)
        {
            throw new CliError($"{field}: '{text}' is too long (at most {MaxDurationText})");
        }
        if (!result.Success)
            throw new CliError(result.Exception is OverflowException or ArgumentOutOfRangeException
                ? $"{field}: '{text}' is too long (at most {MaxDurationText})"
                : $"{field}: '{text}' is not an ISO-8601 duration such as PT4H or P2DT30M");
        var period = result.Value;
        if (period.Years != 0 || period.Months != 0) throw new CliError($"{field}: '{text}' has months or years, which have no fixed length; use days");
        // Period.ToDuration counts in 64-bit nanoseconds (about 292 years): add the units up exactly instead.
        var nanoseconds = ((((((BigInteger)period.Weeks * 7 + period.Days) * 24 + period.Hours) * 60 + period.Minutes) * 60 + period.Seconds) * 1000
            + period.Milliseconds) * 1_000_000 + (BigInteger)period.Ticks * 100 + period.Nanoseconds;
        if (nanoseconds < 0) throw new CliError($"{field}: '{text}' is negative");
        if (nanoseconds > MaxDuration.ToBigIntegerNanoseconds()) throw new CliError($"{field}: '{text}' is too long (at most {MaxDurationText})");
        return NodaTime.Duration.FromNanoseconds(nanoseconds);
    }

    public static string Write(JsonNode node) => node.ToJsonString(Options) + Environment.NewLine;
}
