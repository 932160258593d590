using NodaTime;

namespace PlanDsl.Runtime.Model;

/// <summary>
/// A time zone as written: an IANA id (resolved against the tzdb bundled with NodaTime) or a fixed
/// offset from UTC.
/// </summary>
public sealed record TimeZoneSpec(string Id)
{
    public static TimeZoneSpec Utc { get; } = new("UTC");

    /// <summary>The NodaTime zone; fixed offsets use NodaTime's "UTC+02:00" ids.</summary>
    public DateTimeZone Resolve() => DateTimeZoneProviders.Tzdb.GetZoneOrNull(Id)
        ?? (Id.StartsWith("UTC", StringComparison.Ordinal) && DateTimeZone.ForOffset(ParseOffset(Id)) is { } z ? z : DateTimeZone.Utc);

    /// <summary>True when the id names a zone NodaTime knows (IANA or UTC±hh:mm).</summary>
    public static bool IsKnown(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null || TryParseFixed(id, out _);

    public static bool TryParseFixed(string id, out Offset offset)
    {
        offset = Offset.Zero;
        if (!id.StartsWith("UTC", StringComparison.Ordinal) || id.Length < 5) return false;
        var result = NodaTime.Text.OffsetPattern.GeneralInvariant.Parse(id[3..]);
        if (!result.Success) return false;
        offset = result.Value;
        return true;
    }

    private static Offset ParseOffset(string id) => TryParseFixed(id, out var o) ? o : Offset.Zero;

    public override string ToString() => Id;
}
