using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Generated;

namespace PlanDsl.Compiler.Syntax;

/// <summary>The ANTLR parse tree of one file (possibly partial after errors) and its syntax diagnostics.</summary>
public sealed record ParseResult(SourceFile File, PlanDslParser.CompilationUnitContext Tree, IReadOnlyList<Diagnostic> Diagnostics);
