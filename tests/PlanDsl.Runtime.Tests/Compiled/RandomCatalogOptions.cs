namespace PlanDsl.Runtime.Tests.Compiled;

/// <summary>
/// What <see cref="RandomCatalogText"/> writes beyond its usual catalogs. The Item… knobs write what another part
/// of issue 11 fixes; they are off until that fix is merged, then turned on here.
/// </summary>
internal sealed record RandomCatalogOptions
{
    /// <summary>The usual catalogs (what the differential test has always run).</summary>
    public static readonly RandomCatalogOptions Default = new();

    /// <summary>Every construct of docs/language.md, extreme values, odd zones, years 1-9999 (the property test).</summary>
    public static readonly RandomCatalogOptions Everything = new() { EveryConstruct = true, Item2VersionsOverflow = true, Item2HugeDurations = true, Item2LongCatalogIds = true, Item10TargetsBeyondHorizon = true, Item9NearYear9999 = true };

    public bool EveryConstruct { get; init; }

    /// <summary>Issue 11 item 2(a)/(b): plans with several versions measured on any calendar (the versions analysis overflows on calendars open minutes a week).</summary>
    public bool Item2VersionsOverflow { get; init; }

    /// <summary>Issue 11 item 2(b)/(c): durations like 300000 days, 20000 weeks, 130 business days.</summary>
    public bool Item2HugeDurations { get; init; }

    /// <summary>Issue 11 item 2(d): catalog ids of 200-300 characters.</summary>
    public bool Item2LongCatalogIds { get; init; }

    /// <summary>Issue 11 item 10: targets of 36500 days / 5200 weeks / 200000 h, which pass the runtime's 10-year search horizon (the interpreter then refuses what the compiled catalog answers).</summary>
    public bool Item10TargetsBeyondHorizon { get; init; }

    /// <summary>Issue 11 items 9/10: dates after 9978, where the runtime's search horizon passes year 9999.</summary>
    public bool Item9NearYear9999 { get; init; }
}
