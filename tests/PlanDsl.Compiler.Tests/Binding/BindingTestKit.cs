using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Tests.Binding;

/// <summary>
/// Compiles small inline catalogs for the binding tests and asserts on what comes out: the resolved
/// catalog of a clean compilation, or one exact diagnostic (code, line, column) of a bad one.
/// </summary>
internal static class BindingTestKit
{
    public static CompilationResult Compile(string text, string path = "x.plan") =>
        Workspace.CompileSources(new SourceFile(path, text));

    public static CompilationResult Compile(params SourceFile[] files) => Workspace.CompileSources(files);

    /// <summary>The one catalog of a compilation that reports no error (warnings are allowed).</summary>
    public static ResolvedCatalog Catalog(string text) => CatalogOf(Compile(text));

    public static ResolvedCatalog CatalogOf(CompilationResult result)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToMsBuildString()).ToList();
        Assert.True(errors.Count == 0, "unexpected errors:\n" + string.Join("\n", errors));
        return Assert.Single(result.Catalogs);
    }

    /// <summary>The current (latest) version of a plan of a clean catalog.</summary>
    public static PlanVersion Plan(this ResolvedCatalog catalog, string id)
    {
        var plan = catalog.FindPlan(id);
        Assert.NotNull(plan);
        return plan!.Current;
    }

    /// <summary>Asserts that the compilation reports a diagnostic with this code at this line and column, and returns it.</summary>
    public static Diagnostic Reports(this CompilationResult result, string code, int line, int column)
    {
        var found = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Span.Line == line && d.Span.Column == column);
        Assert.True(found is not null,
            $"expected {code} at ({line},{column}); got:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToMsBuildString())));
        return found!;
    }

    /// <summary>Compiles and asserts the diagnostic; the catalog of a compilation with an error is not returned.</summary>
    public static Diagnostic Reports(string text, string code, int line, int column)
    {
        var result = Compile(text);
        var diagnostic = result.Reports(code, line, column);
        if (diagnostic.IsError) Assert.Empty(result.Catalogs);
        return diagnostic;
    }

    /// <summary>Asserts that the only diagnostics of the compilation are of these codes (no error slipped in besides them).</summary>
    public static void OnlyCodes(this CompilationResult result, params string[] codes) =>
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Code, codes));

    public static LocalizedText Text(params (string Language, string Text)[] parts) =>
        parts.Aggregate(LocalizedText.Empty, (t, p) => new LocalizedText(t.Translations.Add(p.Language, p.Text)));

    public static TargetValue Due(NodaTime.Duration elapsed, string calendar) => new(Commitment.Due, DurationSpec.Of(elapsed), calendar);

    public static NodaTime.Duration Hours(double h) => NodaTime.Duration.FromMinutes((long)(h * 60));

    public static NodaTime.Duration Minutes(long m) => NodaTime.Duration.FromMinutes(m);

    /// <summary>A catalog header with severities and a business-hours calendar, for plan-level tests.</summary>
    public const string Header = """
        catalog c "C" {
          currency: EUR
        }
        calendar office "Office" { hours: Mon-Fri 09:00-17:00 }
        severities most urgent first {
          critical = 1 "Critical" { aliases: "Sev 1", "Blocker" }
          major = 2 "Major"
          minor = 3 "Minor"
        }
        """;
}
