using System.Text.Json.Nodes;
using NodaTime;
using PlanDsl.Runtime.Billing;

namespace PlanDsl.Cli.Commands;

/// <summary>
/// Reads a usage file for <c>plandsl cost</c>; every field is optional:
/// <code>
/// {"month": "2026-10",                     // the month billed: picks the plan version in force on its first day
///  "units": {"OCI": 3},                    // per-unit prices, by the price's unit name
///  "hours": 2.5,                           // hours of work at the plan's hourly rate
///  "metered": {"GB-hours": 720000},        // metered prices, by "&lt;unit&gt;-hours"
///  "counts": {"devices": 65, "limit_zgloszen": 17}}   // counted entitlements, by entitlement id
/// </code>
/// </summary>
public static class UsageFile
{
    private static readonly string[] Fields = { "month", "units", "hours", "metered", "counts" };

    public static BillingUsage Read(string? path, string? baseDirectory) => Parse(JsonFieldReader.ReadObject(path, "--usage", baseDirectory));

    public static BillingUsage Parse(JsonObject root)
    {
        JsonFieldReader.RejectUnknown(root, "", Fields);
        YearMonth? month = root["month"] is { } m ? BillingDates.Month(JsonFieldReader.Text(m, "month"), "month") : null;
        return new BillingUsage(
            JsonFieldReader.Map(root["units"], "units", JsonFieldReader.Quantity),
            root["hours"] is { } h ? JsonFieldReader.Quantity(h, "hours") : null,
            JsonFieldReader.Map(root["metered"], "metered", JsonFieldReader.Quantity),
            JsonFieldReader.Map(root["counts"], "counts", JsonFieldReader.Count),
            month);
    }
}
