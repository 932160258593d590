using System.Text;
using PlanDsl.Compiler;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Fuzzing;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Fuzzing.Tests;

/// <summary>What each target counts as a finding, and that the targets pass on inputs the toolchain handles.</summary>
public sealed class TargetTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static Diagnostic Error(string code) => new(code, DiagnosticSeverity.Error, "message", SourceSpan.None, Array.Empty<RelatedLocation>());

    [Fact]
    public void An_internal_error_diagnostic_is_a_finding_other_errors_are_not()
    {
        var internalError = new CompilationResult(Array.Empty<ResolvedCatalog>(), new[] { Error("PD0001"), Error("PD0009") }, 1);
        var plainErrors = new CompilationResult(Array.Empty<ResolvedCatalog>(), new[] { Error("PD0001"), Error("PD0101") }, 1);

        var finding = Assert.Throws<FuzzFinding>(() => FrontEndTarget.ThrowOnInternalError(internalError, "compile"));
        Assert.Contains("PD0009", finding.Message);
        FrontEndTarget.ThrowOnInternalError(plainErrors, "compile");
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(2, "plandsl: error: opened: required in ticket\n")]
    public void A_command_that_answers_or_refuses_with_exit_2_is_fine(int exit, string error) =>
        JsonInputTarget.Expect("eval", (_, e) => { e.Write(error); return exit; });

    [Theory]
    [InlineData(1, "plandsl: error: x\n")]
    [InlineData(2, "Unhandled exception. System.Exception: x\n")]
    [InlineData(2, "plandsl: error: x\n   at PlanDsl.Cli.Program.Main()\n")]
    [InlineData(0, "plandsl: error: x\n")]
    public void Another_exit_code_a_missing_prefix_or_a_stack_trace_is_a_finding(int exit, string error) =>
        Assert.Throws<FuzzFinding>(() => JsonInputTarget.Expect("eval", (_, e) => { e.Write(error); return exit; }));

    [Theory]
    [InlineData("""{"severity": "blocker", "opened": "2026-10-05T10:00:00+03:00", "attributes": {"cause": "bug", "latest_version": true}}""")]
    [InlineData("""{"outages": [{"start": "2026-10-05T09:00:00+02:00", "end": "2026-10-05T11:00:00+02:00"}]}""")]
    [InlineData("""{"month": "2026-10", "units": {"OCI": 3}}""")]
    [InlineData("""{"severity": """)]
    [InlineData("""[1, 2]""")]
    [InlineData("")]
    public void The_json_target_passes_answered_and_refused_inputs(string json) =>
        new JsonInputTarget().Run(Bytes(json));

    [Fact]
    public void The_frontend_target_passes_a_seed_catalog_with_its_import_as_one_input()
    {
        var catalog = File.ReadAllText(Path.Combine(RepoRoot.Path, "plans", "oktawave", "catalog.plan"));
        var shared = File.ReadAllText(Path.Combine(RepoRoot.Path, "plans", "shared", "polish-holidays.plan"));
        var input = $"//@file oktawave/catalog.plan\n{catalog}\n//@file shared/polish-holidays.plan\n{shared}";

        var result = Workspace.CompileSources(PlanInput.Files(Bytes(input)));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        new FrontEndTarget().Run(Bytes(input));
    }

    [Fact]
    public void The_build_target_builds_loads_and_compares_a_catalog_that_checks_clean()
    {
        var text = """
            catalog fuzz { timezone: "Europe/Warsaw" }

            severities most urgent first {
              s1 "S1"
              s2 "S2"
            }

            calendar office { hours: Mon-Fri 09:00-17:00 }

            plan p {
              hours: office
              uptime target: 99.9%
              targets {
                | severity | response | resolution      |
                | s1       | 4 h      | 2 business days |
                | s2       | 1 day    | 1 week          |
              }
            }
            """;
        Assert.False(Workspace.CompileSources(new SourceFile("main.plan", text)).HasErrors);

        new BuildTarget().Run(Bytes(text));
    }

    [Fact]
    public void The_build_target_passes_input_with_errors_without_building()
    {
        new BuildTarget().Run(Bytes("catalog x { \n plan"));
    }
}
