using System.Text.Json.Nodes;

namespace PlanDsl.LanguageServer.Tests;

/// <summary>Starts the server as a process and speaks LSP to it over stdio.</summary>
public sealed class ProtocolTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static object Pos(int line, int character) => new { line, character };

    private static object At(string uri, (int Line, int Character) p) => new { textDocument = new { uri }, position = Pos(p.Line, p.Character) };

    private async Task<LspClient> StartAsync(bool open = true)
    {
        var client = LspClient.Start();
        var init = await client.RequestAsync("initialize", new { processId = (int?)null, rootUri = _workspace.RootUri, capabilities = new { } });
        Assert.NotNull(init["result"]?["capabilities"]);
        await client.NotifyAsync("initialized", new { });
        if (open)
        {
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = _workspace.CatalogUri, languageId = "plandsl", version = 1, text = TestWorkspace.Catalog } });
            var clean = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == _workspace.CatalogUri);
            Assert.True(clean["diagnostics"]!.AsArray().Count == 0, "the sample catalog should compile cleanly: " + clean.ToJsonString());
        }
        return client;
    }

    private static async Task StopAsync(LspClient client)
    {
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.True(shutdown.ContainsKey("result") && !shutdown.ContainsKey("error"), shutdown.ToJsonString());
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Initialize_announces_capabilities_and_shutdown_exit_ends_with_code_0()
    {
        await using var client = LspClient.Start();
        var init = await client.RequestAsync("initialize", new { processId = (int?)null, rootUri = _workspace.RootUri, capabilities = new { } });
        var caps = init["result"]!["capabilities"]!;
        Assert.True((bool)caps["hoverProvider"]!);
        Assert.True((bool)caps["definitionProvider"]!);
        Assert.NotNull(caps["completionProvider"]);
        Assert.NotNull(caps["semanticTokensProvider"]!["legend"]);
        Assert.True((bool)caps["inlayHintProvider"]!);
        await client.NotifyAsync("initialized", new { });
        await StopAsync(client);
    }

    [Fact]
    public async Task DidChange_publishes_the_compilers_diagnostic_with_code_range_and_a_did_you_mean_fix()
    {
        await using var client = await StartAsync();
        client.ClearNotifications();
        var text = TestWorkspace.Catalog.Replace("hours: office_hours", "hours: ofice_hours");
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 2 }, contentChanges = new[] { new { text } } });
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == _workspace.CatalogUri && p["diagnostics"]!.AsArray().Count > 0);
        var diagnostic = published["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "PD0101")!;
        var (line, character) = TestWorkspace.Find(text, "ofice_hours");
        Assert.Equal(line, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Equal(character, (int)diagnostic["range"]!["start"]!["character"]!);
        Assert.Equal(character + "ofice_hours".Length, (int)diagnostic["range"]!["end"]!["character"]!);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Contains("did you mean 'office_hours'", (string?)diagnostic["message"]);
        Assert.Equal(2, (int)published["version"]!);

        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = _workspace.CatalogUri },
            range = diagnostic["range"]!.DeepClone(),
            context = new { diagnostics = new[] { diagnostic.DeepClone() } },
        });
        var fix = actions["result"]!.AsArray().First(a => ((string?)a!["title"])!.Contains("office_hours"))!;
        var edit = fix["edit"]!["changes"]![_workspace.CatalogUri]![0]!;
        Assert.Equal("office_hours", (string?)edit["newText"]);

        // Fixing the text clears the diagnostics.
        client.ClearNotifications();
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 3 }, contentChanges = new[] { new { text = TestWorkspace.Catalog } } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == _workspace.CatalogUri && p["diagnostics"]!.AsArray().Count == 0 && (int?)p["version"] == 3);
        await StopAsync(client);
    }

    /// <summary>
    /// The server re-parses only what each edit touched: after a run of edits — a syntax error typed,
    /// lines added above an error, the error fixed — every publish equals what the compiler reports
    /// for the whole text, line and column included.
    /// </summary>
    [Fact]
    public async Task A_run_of_edits_publishes_what_compiling_the_whole_text_reports()
    {
        await using var client = await StartAsync();
        var edits = new Func<string, string>[]
        {
            t => t.Replace("  devices: 5\n", "  devices: 5,\n", StringComparison.Ordinal),               // a syntax error in basic
            t => t.Replace("severities most urgent first {", "// severities\n\nseverities most urgent first {", StringComparison.Ordinal), // lines above it
            t => t.Replace("  devices: 5,\n", "  devices: 5\n", StringComparison.Ordinal),               // fixed
            t => t.Replace("remote_support: yes", "remote_suport: yes", StringComparison.Ordinal),        // a name error further down
            t => t.Replace("// severities\n\n", "", StringComparison.Ordinal),                            // the lines removed again
        };
        var text = TestWorkspace.Catalog;
        var version = 1;
        foreach (var edit in edits)
        {
            text = edit(text);
            version++;
            client.ClearNotifications();
            await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version }, contentChanges = new[] { new { text } } });
            var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
                p => (string?)p["uri"] == _workspace.CatalogUri && (int?)p["version"] == version);

            File.WriteAllText(_workspace.CatalogPath, text);
            var expected = PlanDsl.Compiler.Workspace.CompileAll(new[] { _workspace.Root }, _workspace.Root).Diagnostics
                .Where(d => d.Span.Path == "main/catalog.plan")
                .Select(d => $"{d.Code} {d.Span.Line - 1}:{d.Span.Column - 1} {d.Message}");
            var actual = published["diagnostics"]!.AsArray()
                .Select(d => $"{(string?)d!["code"]} {(int)d["range"]!["start"]!["line"]!}:{(int)d["range"]!["start"]!["character"]!} {(string?)d["message"]}");
            Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), actual.OrderBy(x => x, StringComparer.Ordinal));
            Assert.True(version != 2 || actual.Any(a => a.StartsWith("PD0001", StringComparison.Ordinal)), "the first edit is a syntax error");
        }
        File.WriteAllText(_workspace.CatalogPath, TestWorkspace.Catalog);
        await StopAsync(client);
    }

    [Fact]
    public async Task An_analysis_finding_is_published_like_any_other_diagnostic()
    {
        await using var client = await StartAsync();
        client.ClearNotifications();
        var text = TestWorkspace.Catalog.Replace("  outside hours: tickets wait\n", "");
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 2 }, contentChanges = new[] { new { text } } });
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == _workspace.CatalogUri && p["diagnostics"]!.AsArray().Count > 0);
        var findings = published["diagnostics"]!.AsArray().Where(d => (string?)d!["code"] == "PD0830").ToList();
        var critical = findings.Single(d => ((string?)d!["message"])!.StartsWith("Critical response 4 h", StringComparison.Ordinal))!;
        Assert.Equal("Critical response 4 h on 'office_hours' (Mon-Fri 08:00-17:00): a ticket opened Fri 17:00 waits until Mon 08:00 and is due Mon 12:00; say 'outside hours: tickets wait' if that is the promise",
            (string?)critical["message"]);
        Assert.Equal(TestWorkspace.Find(text, "| critical | 4 h").Line, (int)critical["range"]!["start"]!["line"]!);
        Assert.Equal(2, (int)critical["severity"]!);

        // The quick fix inserts a suppression above the line, waiting for its reason.
        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = _workspace.CatalogUri },
            range = critical["range"]!.DeepClone(),
            context = new { diagnostics = new[] { critical.DeepClone() } },
        });
        var suppress = actions["result"]!.AsArray().Single(a => (string?)a!["title"] == "Suppress 'feasibility' on this line (say why)")!;
        var edit = suppress["edit"]!["changes"]![_workspace.CatalogUri]![0]!;
        Assert.Equal("    // plandsl-disable-next-line feasibility -- \n", (string?)edit["newText"]);
        Assert.Equal((int)critical["range"]!["start"]!["line"]!, (int)edit["range"]!["start"]!["line"]!);

        // plandsl.lint.json beside the catalog turns the rule off: the findings go.
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_workspace.CatalogPath)!, "plandsl.lint.json"), "{ \"rules\": { \"feasibility\": \"off\" } }");
        client.ClearNotifications();
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 3 }, contentChanges = new[] { new { text = text + "\n" } } });
        var quiet = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == _workspace.CatalogUri && (int?)p["version"] == 3);
        Assert.DoesNotContain(quiet["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "PD0830");
        await StopAsync(client);
    }

    [Fact]
    public async Task Diagnostics_carry_related_locations()
    {
        await using var client = await StartAsync();
        client.ClearNotifications();
        var text = TestWorkspace.Catalog.Replace("  email \"E-mail\"", "  email \"E-mail\"\n  phone \"Phone again\"");
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 2 }, contentChanges = new[] { new { text } } });
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == _workspace.CatalogUri && p["diagnostics"]!.AsArray().Count > 0);
        var duplicate = published["diagnostics"]!.AsArray().First(d => (string?)d!["code"] == "PD0102")!;
        var related = duplicate["relatedInformation"]!.AsArray();
        Assert.NotEmpty(related);
        Assert.Equal(_workspace.CatalogUri, (string?)related[0]!["location"]!["uri"]);
        await StopAsync(client);
    }

    [Fact]
    public async Task Completion_lists_names_values_and_time_zones_in_context()
    {
        await using var client = await StartAsync();
        async Task<List<string>> Labels(string text, string marker, int offset)
        {
            await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 2 }, contentChanges = new[] { new { text } } });
            var (line, character) = TestWorkspace.Find(text, marker);
            var result = await client.RequestAsync("textDocument/completion", At(_workspace.CatalogUri, (line, character + offset)));
            Assert.Null(result["error"]);
            return result["result"]!["items"]!.AsArray().Select(i => (string)i!["label"]!).ToList();
        }

        var extends = await Labels(TestWorkspace.Catalog, "extends basic", "extends ".Length);
        Assert.Contains("basic", extends);
        Assert.Contains("premium", extends);

        var hours = await Labels(TestWorkspace.Catalog, "hours: office_hours", "hours: ".Length);
        Assert.Contains("office_hours", hours);
        Assert.Contains("always", hours);

        var zoneText = TestWorkspace.Catalog.Replace("timezone: \"Europe/Warsaw\"", "timezone: \"Eur");
        var zones = await Labels(zoneText, "timezone: \"Eur", "timezone: \"".Length);
        Assert.Contains("Europe/Warsaw", zones);

        var severity = await Labels(TestWorkspace.Catalog, "| major    | 8 h", 2);
        Assert.Contains("critical", severity);
        Assert.Contains("minor", severity);

        var value = await Labels(TestWorkspace.Catalog, "remote_support: no", "remote_support: ".Length);
        Assert.Contains("yes", value);
        Assert.Contains("no", value);

        var planKeys = await Labels(TestWorkspace.Catalog.Replace("  devices: 5", "  "), "hours: office_hours", 0);
        Assert.Contains("devices", planKeys);
        Assert.Contains("uptime target:", planKeys);

        var topLevel = await Labels(TestWorkspace.Catalog + "\nzz_pl", "zz_pl", 5);
        Assert.Contains("plan", topLevel);
        await StopAsync(client);
    }

    [Fact]
    public async Task Hover_on_a_plan_shows_its_effective_targets_with_inherited_rows_marked()
    {
        await using var client = await StartAsync();
        var hover = await client.RequestAsync("textDocument/hover", At(_workspace.CatalogUri, TestWorkspace.Find(TestWorkspace.Catalog, "premium")));
        var text = (string)hover["result"]!["contents"]!["value"]!;
        Assert.Contains("| critical | 30 min on office_hours", text);
        Assert.Contains("major *(inherited)*", text);
        Assert.Contains("minor *(inherited)*", text);
        Assert.Contains("remote_support yes", text);

        var calendar = await client.RequestAsync("textDocument/hover", At(_workspace.CatalogUri, TestWorkspace.Find(TestWorkspace.Catalog, "office_hours")));
        Assert.Contains("| Mon | 08:00-17:00 |", (string)calendar["result"]!["contents"]!["value"]!);

        var (line, character) = TestWorkspace.Find(TestWorkspace.Catalog, "2 days");
        var duration = await client.RequestAsync("textDocument/hover", At(_workspace.CatalogUri, (line, character + 1)));
        Assert.Contains("48 h", (string)duration["result"]!["contents"]!["value"]!);
        await StopAsync(client);
    }

    [Fact]
    public async Task Definition_jumps_to_the_declaration_in_the_imported_file()
    {
        await using var client = await StartAsync();
        var definition = await client.RequestAsync("textDocument/definition", At(_workspace.CatalogUri, TestWorkspace.Find(TestWorkspace.Catalog, "office_hours")));
        var location = definition["result"]!.AsArray().Single()!;
        Assert.Equal(_workspace.SharedUri, (string?)location["uri"]);
        Assert.Equal(0, (int)location["range"]!["start"]!["line"]!);
        Assert.Equal("calendar ".Length, (int)location["range"]!["start"]!["character"]!);

        var references = await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = _workspace.CatalogUri },
            position = Pos(TestWorkspace.Find(TestWorkspace.Catalog, "basic").Line, TestWorkspace.Find(TestWorkspace.Catalog, "basic").Character),
            context = new { includeDeclaration = true },
        });
        Assert.Equal(2, references["result"]!.AsArray().Count);
        await StopAsync(client);
    }

    [Fact]
    public async Task Rename_returns_edits_in_both_files()
    {
        await using var client = await StartAsync();
        var rename = await client.RequestAsync("textDocument/rename", new
        {
            textDocument = new { uri = _workspace.CatalogUri },
            position = Pos(TestWorkspace.Find(TestWorkspace.Catalog, "office_hours").Line, TestWorkspace.Find(TestWorkspace.Catalog, "office_hours").Character + 2),
            newName = "business_hours",
        });
        var changes = rename["result"]!["changes"]!.AsObject();
        Assert.Equal(2, changes.Count);
        Assert.Single(changes[_workspace.SharedUri]!.AsArray());
        Assert.Single(changes[_workspace.CatalogUri]!.AsArray());
        Assert.All(changes.SelectMany(c => c.Value!.AsArray()), e => Assert.Equal("business_hours", (string?)e!["newText"]));

        var bad = await client.RequestAsync("textDocument/rename", new
        {
            textDocument = new { uri = _workspace.CatalogUri },
            position = Pos(TestWorkspace.Find(TestWorkspace.Catalog, "office_hours").Line, TestWorkspace.Find(TestWorkspace.Catalog, "office_hours").Character),
            newName = "not a name",
        });
        Assert.Equal(-32602, (int)bad["error"]!["code"]!);
        await StopAsync(client);
    }

    [Fact]
    public async Task Formatting_returns_edits_when_the_formatter_is_there()
    {
        await using var client = await StartAsync();
        var messy = TestWorkspace.Catalog.Replace("  hours: office_hours", "hours:    office_hours");
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 2 }, contentChanges = new[] { new { text = messy } } });
        var result = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = _workspace.CatalogUri }, options = new { tabSize = 2, insertSpaces = true } });
        var edits = result["result"]!.AsArray();
        var formatterExists = Type.GetType("PlanDsl.Compiler.Formatting.PlanFormatter, PlanDsl.Compiler") is not null;
        if (formatterExists)
        {
            Assert.NotEmpty(edits);
            Assert.Contains("  hours: office_hours", (string?)edits[0]!["newText"]);
        }
        else Assert.Empty(edits);
        await StopAsync(client);
    }

    [Fact]
    public async Task Outline_tokens_folding_hints_and_the_missing_severity_row()
    {
        await using var client = await StartAsync();
        var doc = new { textDocument = new { uri = _workspace.CatalogUri } };
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", doc))["result"]!.AsArray();
        Assert.Contains(symbols, s => (string?)s!["name"] == "premium");
        var workspaceSymbols = (await client.RequestAsync("workspace/symbol", new { query = "office" }))["result"]!.AsArray();
        Assert.Contains(workspaceSymbols, s => (string?)s!["name"] == "office_hours" && ((string)s["location"]!["uri"]!).EndsWith("hours.plan"));

        var tokens = (await client.RequestAsync("textDocument/semanticTokens/full", doc))["result"]!["data"]!.AsArray();
        Assert.True(tokens.Count > 50 && tokens.Count % 5 == 0);

        var folding = (await client.RequestAsync("textDocument/foldingRange", doc))["result"]!.AsArray();
        var planLine = TestWorkspace.Find(TestWorkspace.Catalog, "plan basic").Line;
        Assert.Contains(folding, f => (int)f!["startLine"]! == planLine);

        var hints = (await client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri = _workspace.CatalogUri }, range = new { start = Pos(0, 0), end = Pos(200, 0) } }))["result"]!.AsArray();
        var premiumLine = TestWorkspace.Find(TestWorkspace.Catalog, "plan premium").Line;
        Assert.Contains(hints, h => (int)h!["position"]!["line"]! == premiumLine && ((string)h["label"]!).Contains("major, minor"));

        var withoutMinor = TestWorkspace.Catalog.Replace("    | minor    | 2 days   | -          |\n", "");
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 2 }, contentChanges = new[] { new { text = withoutMinor } } });
        var (line, _) = TestWorkspace.Find(withoutMinor, "| major    | 8 h");
        var actions = (await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = _workspace.CatalogUri }, range = new { start = Pos(line, 0), end = Pos(line, 0) }, context = new { diagnostics = Array.Empty<object>() } }))["result"]!.AsArray();
        var add = actions.Single(a => (string?)a!["title"] == "Add the missing row for severity 'minor'")!;
        var newText = (string)add["edit"]!["changes"]![_workspace.CatalogUri]![0]!["newText"]!;
        Assert.Equal("\n    | minor | - | - |", newText);
        await StopAsync(client);
    }

    [Fact]
    public async Task Malformed_messages_wrong_params_and_unknown_methods_get_errors_and_the_server_keeps_running()
    {
        await using var client = await StartAsync();
        await client.SendRawAsync("{ this is not json");
        var parseError = await client.ResponseTo("null");
        Assert.Equal(-32700, (int)parseError["error"]!["code"]!);

        var wrongParams = await client.RequestAsync("textDocument/hover", new { textDocument = 5, position = "here" });
        Assert.Equal(-32602, (int)wrongParams["error"]!["code"]!);

        var unknownDocument = await client.RequestAsync("textDocument/hover", At("file:///nowhere/x.plan", (0, 0)));
        Assert.Equal(-32602, (int)unknownDocument["error"]!["code"]!);

        var unknown = await client.RequestAsync("plandsl/noSuchMethod", new { });
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);

        // Still answering.
        var hover = await client.RequestAsync("textDocument/hover", At(_workspace.CatalogUri, TestWorkspace.Find(TestWorkspace.Catalog, "premium")));
        Assert.NotNull(hover["result"]);
        await StopAsync(client);
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid_and_exit_ends_the_process()
    {
        await using var client = await StartAsync(open: false);
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.Null(shutdown["error"]);
        var after = await client.RequestAsync("textDocument/hover", At(_workspace.CatalogUri, (0, 0)));
        Assert.Equal(-32600, (int)after["error"]!["code"]!);
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = await StartAsync(open: false);
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_with_RequestCancelled_and_the_server_keeps_running()
    {
        await using var client = await StartAsync();
        // workspace/symbol waits for the pending analysis (150 ms debounce), so the cancel arrives while it waits.
        var text = TestWorkspace.Catalog + "\n// edited\n";
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = _workspace.CatalogUri, version = 2 }, contentChanges = new[] { new { text } } });
        var (id, response) = await client.SendRequestAsync("workspace/symbol", new { query = "" });
        await client.NotifyAsync("$/cancelRequest", new { id });
        var cancelled = await response.WaitAsync(LspClient.Timeout);
        Assert.Equal(-32800, (int)cancelled["error"]!["code"]!);

        var symbols = await client.RequestAsync("workspace/symbol", new { query = "premium" });
        Assert.NotEmpty(symbols["result"]!.AsArray());
        await StopAsync(client);
    }
}
