namespace PlanDsl.LanguageServer.Tests;

/// <summary>A temporary folder with a catalog that imports a shared calendar file.</summary>
public sealed class TestWorkspace : IDisposable
{
    public const string Shared = """
        calendar office_hours "Office hours" {
          timezone: "Europe/Warsaw"
          hours: Mon-Fri 08:00-17:00
        }
        """;

    public const string Catalog = """
        import "../shared/hours.plan"

        catalog acme "ACME support" {
          vendor: "ACME"
          timezone: "Europe/Warsaw"
          outside hours: tickets wait
        }

        severities most urgent first {
          critical = 1 "Critical"
          major = 2 "Major"
          minor = 3 "Minor"
        }

        channels {
          phone "Phone"
          email "E-mail"
        }

        entitlements {
          devices "Devices": count
          remote_support "Remote support": yes/no
        }

        plan basic "Basic" {
          hours: office_hours
          devices: 5
          remote_support: no
          channels {
            email: yes
          }
          targets {
            | severity | response | resolution |
            | critical | 4 h      | 2 business days |
            | major    | 8 h      | -          |
            | minor    | 2 days   | -          |
          }
        }

        plan premium "Premium" extends basic {
          remote_support: yes
          targets {
            | severity | response | resolution |
            | critical | 30 min   | 8 h        |
          }
        }
        """;

    public TestWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "plandsl-ls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "shared"));
        Directory.CreateDirectory(Path.Combine(Root, "main"));
        File.WriteAllText(SharedPath, Shared);
        File.WriteAllText(CatalogPath, Catalog);
    }

    public string Root { get; }
    public string SharedPath => Path.Combine(Root, "shared", "hours.plan");
    public string CatalogPath => Path.Combine(Root, "main", "catalog.plan");
    public string RootUri => new Uri(Root).AbsoluteUri;
    public string SharedUri => new Uri(SharedPath).AbsoluteUri;
    public string CatalogUri => new Uri(CatalogPath).AbsoluteUri;

    /// <summary>The 0-based line and character of the first occurrence of <paramref name="text"/> in the catalog.</summary>
    public static (int Line, int Character) Find(string source, string text, int skip = 0)
    {
        var lines = source.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0 && skip-- == 0) return (i, at);
        }
        throw new InvalidOperationException($"'{text}' not found");
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}
