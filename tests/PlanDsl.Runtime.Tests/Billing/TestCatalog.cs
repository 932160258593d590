namespace PlanDsl.Runtime.Tests.Billing;

/// <summary>A small catalog with what the seeds lack: yearly and daily fees, a priced extra, a cap, typed attributes.</summary>
internal static class TestCatalog
{
    public const string Text = """
        catalog t "Test" {
          currency: EUR
          timezone: "Europe/Warsaw"
        }

        attributes {
          urgent "Urgent": yes/no
          size "Size": number
          remark "Remark": text
          effort "Effort": duration
          since "Since": date
          budget "Budget": money
          colour "Colour": one of red "Red", blue "Blue"
        }

        entitlements {
          devices "Devices": count
          tickets "Tickets": count per month
          seats "Seats": count
          phone "Phone": yes/no
        }

        plan p "P" {
          devices: 60 included, additional at 5 EUR per device per month
          tickets: unlimited
          prices {
            base "Base": 120 EUR per year
            seat "Seat": 2.50 EUR per seat per day
            setup "Setup": 500 EUR
          }
          credits {
            | uptime below | credit |
            | 99.9%        | 10%    |
            | 99%          | 50%    |
            cap: 25%
          }
          coverage {
            when not (size > 5) -> excluded "Small or unknown"
            when urgent and colour = red -> refused "Red urgent"
            otherwise -> included
          }
        }
        """;
}
