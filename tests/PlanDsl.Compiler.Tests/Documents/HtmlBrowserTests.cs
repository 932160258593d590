using System.Diagnostics;
using System.Text.RegularExpressions;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Documents;

/// <summary>
/// The HTML documents: self-contained and accessible (checked on the markup), and rendered in headless
/// Chromium (Debian's <c>chromium</c> package) at a phone's width, where the page must not grow wider
/// than the screen (wide tables scroll inside their wrapper). A screenshot of every page is left in
/// <c>out/screenshots/</c> (git-ignored) for a person to look at.
/// <para>
/// Chromium is required: without it these tests fail and say how to install it. For local development
/// only, <c>PLANDSL_SKIP_BROWSER=1</c> skips the rendering (the markup checks still run).
/// </para>
/// </summary>
public partial class HtmlBrowserTests
{
    public const int PhoneWidth = 390;

    public static TheoryData<string> HtmlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var seed in DocumentTestSupport.Seeds) data.Add($"{seed}.en.html");
        data.Add("oktawave.pl.html");
        data.Add("domo.fr.html");
        data.Add("comparison.en.html");
        data.Add("comparison.pl.html");
        return data;
    }

    [GeneratedRegex(@"<table\b.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex(@"<h([1-6])\b")]
    private static partial Regex Heading();

    [Fact]
    public void Every_html_document_is_self_contained_and_accessible()
    {
        foreach (var doc in DocumentTestSupport.All.Documents.Where(d => d.FileName.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = doc.Text;
            var lang = doc.FileName.Split('.')[1];
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains($"<html lang=\"{lang}\">", html);
            Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
            // Self-contained: no scripts, no external style sheets, images, fonts or frames.
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
            // Phone and print.
            Assert.Contains(".table-wrap { max-width: 100%; overflow-x: auto;", html);
            Assert.Contains("body { margin: 0; max-width: 100%;", html);
            Assert.Contains("@media print", html);
            Assert.Contains("@media (max-width: 40rem)", html);

            var tables = TableElement().Matches(html);
            Assert.True(tables.Count >= 2, $"{doc.FileName}: {tables.Count} table(s)");
            foreach (Match table in tables)
            {
                Assert.Contains("<caption", table.Value);
                Assert.Contains("<th scope=\"col\">", table.Value);
                Assert.Contains("<th scope=\"row\">", table.Value);
                Assert.DoesNotContain("<td></td>", table.Value);
                var before = html[..table.Index];
                Assert.EndsWith("tabindex=\"0\">\n", before);
            }
            Assert.Equal(tables.Count, Regex.Matches(html, "<div class=\"table-wrap\"").Count);

            // Headings in order: one h1, then no level skipped.
            var levels = Heading().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(1, levels[0]);
            Assert.Single(levels, l => l == 1);
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{doc.FileName}: h{levels[i]} follows h{levels[i - 1]}");
        }
    }

    [Theory]
    [MemberData(nameof(HtmlFiles))]
    public void Page_renders_in_headless_chromium_without_growing_wider_than_a_phone(string fileName)
    {
        var chromium = Chromium.Find();
        if (chromium is null)
        {
            if (Environment.GetEnvironmentVariable("PLANDSL_SKIP_BROWSER") == "1") return;
            Assert.Fail("Chromium is not installed: run `apt-get install -y chromium` (CI installs it). " +
                "For local development only, PLANDSL_SKIP_BROWSER=1 skips the rendering tests.");
        }

        var folder = Path.Combine(RepoPaths.Root, "out", "screenshots");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, fileName);
        File.WriteAllText(page, DocumentTestSupport.Text(fileName));
        var png = Path.Combine(folder, Path.ChangeExtension(fileName, ".png"));
        if (File.Exists(png)) File.Delete(png);

        var (exit, log) = Chromium.Screenshot(chromium, page, png, PhoneWidth, 2400);

        Assert.True(exit == 0, $"chromium exited with {exit}:\n{log}");
        Assert.True(File.Exists(png), $"no screenshot:\n{log}");
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"screenshot of {bytes.Length} bytes");
        var (width, height) = Chromium.PngSize(bytes);
        Assert.Equal(PhoneWidth, width);
        Assert.Equal(2400, height);
        // Nothing overflows: a copy of the page with a probe script (the document itself has none) measures,
        // at the phone's width, the right edge of every element outside the scrolling table wrappers.
        var probePage = Path.Combine(folder, Path.ChangeExtension(fileName, ".probe.html"));
        // Headless chromium does not make a window narrower than 500 px: the probe copy lays the page out
        // in a 390 px wide root element instead (the phone media rules apply up to 640 px anyway).
        File.WriteAllText(probePage, DocumentTestSupport.Text(fileName)
            .Replace("</head>", $"<style>html {{ width: {PhoneWidth}px; }}</style></head>", StringComparison.Ordinal)
            .Replace("</body>", Probe + "</body>", StringComparison.Ordinal));
        var (dumpExit, dom) = Chromium.DumpDom(chromium, probePage, PhoneWidth);
        File.Delete(probePage);
        Assert.True(dumpExit == 0, $"chromium --dump-dom exited with {dumpExit}");
        var probe = ProbeResult().Match(dom);
        Assert.True(probe.Success, "the probe did not run:\n" + dom[..Math.Min(dom.Length, 2000)]);
        var viewport = int.Parse(probe.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var right = int.Parse(probe.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(PhoneWidth, viewport);
        Assert.True(right <= viewport, $"{fileName}: {probe.Groups[3].Value} reaches {right}px on a {viewport}px wide screen");
        Assert.Contains("<table", dom);
    }

    private const string Probe = """
        <script>
        (function () {
          var vw = document.documentElement.getBoundingClientRect().width, worst = 0, what = "";
          document.querySelectorAll("body *").forEach(function (e) {
            if (e.closest(".table-wrap") && !e.classList.contains("table-wrap")) return;
            var r = e.getBoundingClientRect();
            if (r.right > worst) { worst = r.right; what = e.tagName + "#" + e.id + "." + e.className; }
          });
          var p = document.createElement("pre");
          p.textContent = "PROBE VW=" + Math.round(vw) + " RIGHT=" + Math.ceil(worst) + " WHAT=" + what + " END";
          document.body.appendChild(p);
        })();
        </script>
        """;

    [GeneratedRegex(@"PROBE VW=(\d+) RIGHT=(\d+) WHAT=(.*?) END")]
    private static partial Regex ProbeResult();
}

/// <summary>Finds and runs Debian's headless Chromium.</summary>
internal static class Chromium
{
    public static string? Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return path;
            }
        return null;
    }

    public static (int Exit, string Log) Screenshot(string chromium, string page, string png, int width, int height) =>
        Run(chromium, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);

    public static (int Exit, string Output) DumpDom(string chromium, string page, int width) =>
        Run(chromium, "--dump-dom", $"--window-size={width},844", new Uri(page).AbsoluteUri);

    private static (int Exit, string Output) Run(string chromium, params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("plandsl-chromium-").FullName;
        try
        {
            var info = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile })
                info.ArgumentList.Add(a);
            foreach (var a in args) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "chromium timed out\n" + stderr.Result);
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            try { Directory.Delete(profile, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The width and height in a PNG's IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG");
        static int BigEndian(byte[] b, int i) => (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
        return (BigEndian(png, 16), BigEndian(png, 20));
    }
}
