using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PlanDsl.Compiler.Emit;
using PlanDsl.Runtime.Compiled;

namespace PlanDsl.Compiler.Tests.Emit;

/// <summary>Plan text is never code: every string in the generated C# is a literal token, and comes back unchanged.</summary>
public sealed class InjectionTests
{
    private const string Nasty = "\"); System.IO.File.Delete(\"x";

    private static readonly string[] Texts =
    {
        Nasty, "*/ throw null; /*", "\\\" + Environment.Exit(1) + \\\"", "{0} {{ }} $\"{x}\" @\"y\" \"\"\" raw", "line\\u000Abreak \\\\ back",
    };

    private static string Catalog(string title) => $$"""
        catalog evil "{{Escape(title)}}" { timezone: "UTC" }
        calendar office "{{Escape(title)}}" { hours: Mon-Fri 09:00-17:00 }
        attributes { product "{{Escape(title)}}": text }
        plan basic "{{Escape(title)}}" {
          hours: office
          description: "{{Escape(title)}}"
          targets {
            | response |
            | 2 h      |
          }
          coverage {
            when product = "{{Escape(title)}}" -> included "{{Escape(title)}}"
          }
        }
        """;

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    [Fact]
    public void A_plan_title_that_looks_like_code_stays_a_string()
    {
        foreach (var text in Texts)
        {
            var catalog = EmitTestKit.Catalog(Catalog(text));
            Assert.Equal(text, catalog.Plans[0].Current.Title.Get("en"));
            var assembly = CatalogEmitter.Emit(catalog, "sha256:x", withSource: true);
            var path = CatalogEmitter.Write(assembly, EmitTestKit.NewFolder());
            using var loaded = PlanCatalog.Load(path);
            var model = loaded.Catalog.Model;
            Assert.Equal(text, model.Plans[0].Current.Title.Get("en"));
            Assert.Equal(text, model.Plans[0].Current.Description.Get("en"));
            Assert.Equal(text, model.Calendars.Single(c => c.Id == "office").Title.Get("en"));
            var coverage = loaded.Catalog.Coverage("basic", new Dictionary<string, object?> { ["product"] = text });
            Assert.Equal(Runtime.Coverage.CoverageVerdict.Included, coverage.Verdict);
            Assert.Equal(text, coverage.Reason!.Title);

            // In the generated C#, the text occurs only inside string literals.
            var tree = CSharpSyntaxTree.ParseText(assembly.Source!);
            Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            var root = tree.GetRoot();
            Assert.DoesNotContain(root.DescendantNodes().OfType<InvocationExpressionSyntax>(), i => i.Expression.ToString().Contains("Delete", StringComparison.Ordinal) || i.Expression.ToString().Contains("Exit", StringComparison.Ordinal));
            Assert.Contains(root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)), t => t.ValueText == text);
            Assert.DoesNotContain(root.DescendantTrivia(), t => t.IsKind(SyntaxKind.MultiLineCommentTrivia));
        }
    }
}
