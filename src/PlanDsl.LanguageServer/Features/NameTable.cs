using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.LanguageServer.Workspace;

namespace PlanDsl.LanguageServer.Features;

/// <summary>The names declared in a set of files, by kind, with the typed entries (entitlements, attributes).</summary>
public sealed class NameTable
{
    private readonly List<SymbolDeclaration> _declarations;

    public NameTable(IEnumerable<SyntaxInfo> files)
    {
        var list = files.ToList();
        _declarations = list.SelectMany(f => f.Index.Declarations).ToList();
        Entitlements = list.SelectMany(f => f.Unit.Declarations.OfType<EntitlementsSyntax>()).SelectMany(e => e.Entries).ToList();
        Attributes = list.SelectMany(f => f.Unit.Declarations.OfType<AttributesSyntax>()).SelectMany(e => e.Entries).ToList();
    }

    public IReadOnlyList<TypedEntrySyntax> Entitlements { get; }

    public IReadOnlyList<TypedEntrySyntax> Attributes { get; }

    public IEnumerable<string> Of(string kind) => _declarations.Where(d => d.Kind == kind).Select(d => d.Name);

    /// <summary>Declared calendars and the built-in 'always'.</summary>
    public IEnumerable<string> Calendars => Of("calendar").Append("always");
}
