using PlanDsl.Cli.Commands;

namespace PlanDsl.Compiler.Tests.Emit;

/// <summary>
/// <c>plandsl check</c> and <c>plandsl build</c> report the same diagnostics for the same catalogs: every rule
/// is the compiler's, none is build's own (issue 11, item 3).
/// </summary>
public sealed class CheckBuildAgreementTests
{
    private static string[] Errors(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error PD", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Catalog_ids_that_differ_only_in_case_fail_check_and_build_alike()
    {
        var plans = EmitTestKit.PlanFolder(
            ("acme/catalog.plan", "catalog acme \"Acme\" { }\n"),
            ("acme-eu/catalog.plan", "catalog Acme \"Acme Europe\" { }\n"));
        var checkOutput = new StringWriter();
        var buildOutput = new StringWriter();

        var checkExit = CheckCommand.Run(new[] { "." }, dump: false, checkOutput, plans);
        var buildExit = BuildCommand.Run(new[] { "." }, "out", emitSource: false, buildOutput, TextWriter.Null, plans);

        Assert.Equal(1, checkExit);
        Assert.Equal(1, buildExit);
        var expected = "acme/catalog.plan(1,9): error PD0213: catalog 'acme' is already declared as 'Acme': catalog ids must differ in more than letter case, since the files built from a catalog are named after its id";
        Assert.Equal(new[] { expected }, Errors(checkOutput.ToString()));
        Assert.Equal(new[] { expected }, Errors(buildOutput.ToString()));
        Assert.False(Directory.Exists(Path.Combine(plans, "out")), "the build wrote files although it failed");
    }

    [Fact]
    public void Catalog_ids_that_differ_in_more_than_case_build()
    {
        var plans = EmitTestKit.PlanFolder(
            ("acme/catalog.plan", "catalog acme \"Acme\" { }\n"),
            ("acme-eu/catalog.plan", "catalog acme_eu \"Acme Europe\" { }\n"));
        Assert.Equal(0, CheckCommand.Run(new[] { "." }, dump: false, TextWriter.Null, plans));
        Assert.Equal(0, BuildCommand.Run(new[] { "." }, "out", emitSource: false, TextWriter.Null, TextWriter.Null, plans));
        Assert.Equal(new[] { "acme.Plans.dll", "acme_eu.Plans.dll" },
            Directory.GetFiles(Path.Combine(plans, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
