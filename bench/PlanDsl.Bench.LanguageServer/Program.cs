using System.Diagnostics;
using BenchmarkDotNet.Running;
using PlanDsl.Bench.LanguageServer;
using PlanDsl.Compiler.Syntax;

if (args.Length > 0 && args[0] == "--profile")
{
    // Where the time of one analysis goes: parse, syntax tree, whole compile.
    var text = CatalogGenerator.Generate();
    var file = new SourceFile("/bench/catalog.plan", text);
    for (var round = 0; round < 5; round++)
    {
        var sw = Stopwatch.StartNew();
        var parse = PlanParser.Parse(file);
        var parseMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        SyntaxTreeBuilder.Build(parse);
        var treeMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var result = PlanDsl.Compiler.Workspace.CompileSources(file);
        var compileMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var lexer = new PlanDsl.Compiler.Syntax.Generated.PlanDslLexer(new Antlr4.Runtime.AntlrInputStream(text));
        var tokens = new Antlr4.Runtime.CommonTokenStream(lexer);
        tokens.Fill();
        var lexMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var sll = new PlanDsl.Compiler.Syntax.Generated.PlanDslParser(tokens);
        sll.RemoveErrorListeners();
        sll.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.SLL;
        sll.compilationUnit();
        var sllMs = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"lex {lexMs:F1} ms, SLL parse {sllMs:F1} ms, SLL errors {sll.NumberOfSyntaxErrors}");
        // What the server does on an edit: re-parse the changed plan, then bind the whole catalog.
        var previous = ParsedFile.Parse(file);
        var edited = new SourceFile(file.Path, CatalogGenerator.Generate(devices: 6 + round));
        sw.Restart();
        var reparsed = IncrementalParser.Reparse(previous, edited);
        var reparseMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        PlanDsl.Compiler.Workspace.CompileParsed(new[] { reparsed });
        var bindMs = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"after an edit: incremental re-parse {reparseMs:F2} ms, bind and analyse {bindMs:F1} ms");
        var description = "  description: \"Generated plan number 0.\"\n";
        var withLine = new SourceFile(file.Path, text.Replace(description, description + "\n", StringComparison.Ordinal));
        var lineMs = double.MaxValue;
        for (var again = 0; again < 5; again++)
        {
            sw.Restart();
            IncrementalParser.Reparse(previous, withLine);
            lineMs = Math.Min(lineMs, sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"a line added: incremental re-parse {lineMs:F2} ms (best of 5)");
        var broken = new SourceFile(file.Path, text.Replace("  description: \"Generated plan number 0.\"", "  description \"Generated plan number 0.\"", StringComparison.Ordinal));
        sw.Restart();
        var withError = IncrementalParser.Reparse(previous, broken);
        var brokenMs = sw.Elapsed.TotalMilliseconds;
        for (var again = 0; again < 5; again++)
        {
            sw.Restart();
            IncrementalParser.Reparse(previous, broken);
            brokenMs = Math.Min(brokenMs, sw.Elapsed.TotalMilliseconds);
        }
        sw.Restart();
        var brokenResult = PlanDsl.Compiler.Workspace.CompileParsed(new[] { withError });
        var brokenBindMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var fixedAgain = IncrementalParser.Reparse(withError, file);
        var fixedMs = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"a syntax error typed: re-parse {brokenMs:F2} ms, bind {brokenBindMs:F1} ms ({brokenResult.Diagnostics.Count} diagnostics: {brokenResult.Diagnostics.FirstOrDefault()}); fixed: re-parse {fixedMs:F2} ms");
        Console.WriteLine($"lines {text.Split('\n').Length}: parse {parseMs:F1} ms, tree {treeMs:F1} ms, compile {compileMs:F1} ms, {result.Diagnostics.Count} diagnostics {string.Join(", ", result.Diagnostics.GroupBy(d => d.Code).Select(g => $"{g.Count()} {g.Key}"))}");
    }
    // What each analysis costs: the compile with only that rule on, less the compile with all off.
    var rules = PlanDsl.Compiler.Analysis.CatalogChecks.RuleIds.ToList();
    string WithOnly(string? on) => text.Replace("  outside hours: tickets wait\n",
        "  outside hours: tickets wait\n  lint {\n" + string.Concat(rules.Where(r => r != on).Select(r => "    " + r.Replace('-', ' ') + ": off\n")) + "  }\n", StringComparison.Ordinal);
    double Best(string source)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            PlanDsl.Compiler.Workspace.CompileSources(new SourceFile(file.Path, source));
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }
    var none = Best(WithOnly(null));
    Console.WriteLine($"compile with every analysis off: {none:F1} ms (best of 5); each analysis on its own adds:");
    foreach (var rule in rules) Console.WriteLine($"  {rule}: {Best(WithOnly(rule)) - none:F1} ms");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LanguageServerBenchmarks).Assembly).Run(args);
