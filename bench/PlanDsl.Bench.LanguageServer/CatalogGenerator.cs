using System.Text;

namespace PlanDsl.Bench.LanguageServer;

/// <summary>A generated catalog of about 5,000 lines: 200 plans with entitlements, channels and targets tables.</summary>
public static class CatalogGenerator
{
    public static string Generate(int plans = 200, int devices = 5)
    {
        var sb = new StringBuilder();
        sb.AppendLine("catalog bench \"Benchmark catalog\" {");
        sb.AppendLine("  vendor: \"Bench\"");
        sb.AppendLine("  timezone: \"Europe/Warsaw\"");
        // Targets run in the plans' hours, as the seeds say: the catalog compiles without findings.
        sb.AppendLine("  outside hours: tickets wait");
        sb.AppendLine("}");
        sb.AppendLine();
        sb.AppendLine("calendar office_hours \"Office hours\" {");
        sb.AppendLine("  hours: Mon-Fri 08:00-17:00");
        sb.AppendLine("}");
        sb.AppendLine();
        sb.AppendLine("calendar extended_hours \"Extended hours\" from office_hours {");
        sb.AppendLine("  hours: Mon-Sun 07:00-21:00");
        sb.AppendLine("}");
        sb.AppendLine();
        sb.AppendLine("severities most urgent first {");
        sb.AppendLine("  critical = 1 \"Critical\"");
        sb.AppendLine("  major = 2 \"Major\"");
        sb.AppendLine("  minor = 3 \"Minor\"");
        sb.AppendLine("}");
        sb.AppendLine();
        sb.AppendLine("channels {");
        sb.AppendLine("  phone \"Phone\"");
        sb.AppendLine("  email \"E-mail\"");
        sb.AppendLine("  chat \"Chat\"");
        sb.AppendLine("}");
        sb.AppendLine();
        sb.AppendLine("entitlements {");
        sb.AppendLine("  devices \"Devices\": count");
        sb.AppendLine("  remote_support \"Remote support\": yes/no");
        sb.AppendLine("  onsite_support \"Onsite support\": yes/no");
        sb.AppendLine("  tickets \"Tickets a month\": count per month");
        sb.AppendLine("  priority \"Priority\": one of low \"Low\", normal \"Normal\", high \"High\"");
        sb.AppendLine("}");
        for (var i = 0; i < plans; i++)
        {
            sb.AppendLine();
            var parent = i % 10 == 0 ? "" : $" extends p{i - 1}";
            sb.AppendLine($"// Plan {i}: generated for the language-server benchmark.");
            sb.AppendLine($"plan p{i} \"Plan {i}\"{parent} {{");
            sb.AppendLine($"  description: \"Generated plan number {i}.\"");
            sb.AppendLine(i % 2 == 0 ? "  hours: office_hours" : "  hours: extended_hours");
            sb.AppendLine($"  uptime target: 99.{i % 10}%");
            sb.AppendLine($"  devices: {Devices(i, devices)}");
            if (i % 10 != 0 && Lowered(i, devices) is { Length: > 0 } lowered)
                sb.AppendLine("  lowers: " + lowered);
            sb.AppendLine("  remote_support: yes");
            sb.AppendLine(i % 3 == 0 ? "  onsite_support: no" : "  onsite_support: yes");
            sb.AppendLine($"  tickets: {10 + i}");
            sb.AppendLine(i % 2 == 0 ? "  priority: normal" : "  priority: high");
            sb.AppendLine("  channels {");
            sb.AppendLine("    phone: yes");
            sb.AppendLine("    email: yes");
            sb.AppendLine(i % 2 == 0 ? "    chat: no" : "    chat: on extended_hours");
            sb.AppendLine("  }");
            sb.AppendLine("  targets {");
            sb.AppendLine("    | severity | response | status update | resolution      |");
            sb.AppendLine("    |----------|----------|---------------|-----------------|");
            sb.AppendLine($"    | critical | {30 + i % 30} min   | every 1 h     | 8 h             |");
            sb.AppendLine("    | major    | 2 h      | every 4 h     | 2 business days |");
            sb.AppendLine("    | minor    | 8 h      | when done     | 5 business days |");
            sb.AppendLine("  }");
            sb.AppendLine("}");
        }
        return sb.ToString();
    }

    private static int Devices(int plan, int first) => plan == 0 ? first : plan + 3;

    private static bool Onsite(int plan) => plan % 3 != 0;

    private static bool High(int plan) => plan % 2 != 0;

    /// <summary>What plan i makes worse than its parent i - 1 and says so (the analysis requires it).</summary>
    private static string Lowered(int plan, int first)
    {
        var names = new List<string>();
        if (Devices(plan, first) < Devices(plan - 1, first)) names.Add("devices");
        if (Onsite(plan - 1) && !Onsite(plan)) names.Add("onsite_support");
        if (High(plan - 1) && !High(plan)) names.Add("priority");
        return string.Join(", ", names);
    }
}
