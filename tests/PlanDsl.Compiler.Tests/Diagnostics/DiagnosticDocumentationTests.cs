using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Tests.Infrastructure;

namespace PlanDsl.Compiler.Tests.Diagnostics;

/// <summary>The language reference lists every diagnostic code with its title.</summary>
public class DiagnosticDocumentationTests
{
    [Fact]
    public void Every_code_is_listed_in_the_language_reference()
    {
        // The analyses' codes (PD08xx) are listed in docs/analysis.md, the rest in the language reference.
        var reference = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/language.md")) + File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/analysis.md"));

        var missing = DiagnosticCodes.All.Where(d => !reference.Contains($"| {d.Code} | {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} | {d.Title} |")).Select(d => d.Code).ToList();

        Assert.Empty(missing);
    }
}
