using PlanDsl.Runtime.Model;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Tickets.Explain;

/// <summary>A small catalog for explanations (UTC, office Mon-Fri 09:00-17:00 with one holiday; two plan versions; q extends p). 5 Oct 2026 is a Monday.</summary>
internal static class ExplainTestCatalogs
{
    public static readonly ResolvedCatalog Office = Seeds.Compile("""
        catalog t { timezone: "UTC"; outside hours: tickets wait }
        holidays local "Local holidays" { 12-24: "Christmas Eve" }
        calendar office "Office" {
          hours: Mon-Fri 09:00-17:00
          holidays: local
        }
        severities most urgent first {
          high = 1 "High" { aliases: "Sev 1" }
          low = 2 "Low"
        }
        plan p "P" {
          hours: office
          targets {
            | severity | response | status update | resolution      |
            | high     | 2 h      | every 4 h     | 16 h            |
            | low      | 8 h      | when done     | 5 business days |
          }
        }
        plan q "Q" extends p {
          uptime target: 99.9%
        }
        plan v "V" {
          effective: 2026-01-01
          hours: office
          targets {
            | severity | response |
            | all      | 4 h      |
          }
        }
        plan v "V" {
          effective: 2026-11-01
          targets {
            | severity | response |
            | all      | 2 h      |
          }
        }
        """);
}
