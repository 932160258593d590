using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.LanguageServer.Workspace;

/// <summary>A declared name: a plan, calendar, severity, channel, entitlement …</summary>
public sealed record SymbolDeclaration(string Name, string Kind, SourceSpan NameSpan, SourceSpan FullSpan, string? Container, string? Detail);

/// <summary>
/// The names of one file, from its syntax tree: what it declares and every name written in it (a
/// reference or a declaration). References are by name within a catalog: PlanDsl names are global
/// to a catalog.
/// </summary>
public sealed class SymbolIndex
{
    public SymbolIndex(IReadOnlyList<SymbolDeclaration> declarations, IReadOnlyList<NameSyntax> names)
    {
        Declarations = declarations;
        Names = names;
    }

    public IReadOnlyList<SymbolDeclaration> Declarations { get; }

    /// <summary>Every name in the file, in source order.</summary>
    public IReadOnlyList<NameSyntax> Names { get; }

    public NameSyntax? NameAt(Protocol.Position position) =>
        Names.FirstOrDefault(n => PositionMap.Contains(n.Span, position));

    public static SymbolIndex Build(CompilationUnitSyntax unit)
    {
        var declarations = new List<SymbolDeclaration>();
        foreach (var declaration in unit.Declarations) Declare(declaration, declarations);
        var names = new List<NameSyntax>();
        var seen = new HashSet<SourceSpan>();
        Walk(unit, names, seen);
        names.Sort((a, b) => a.Span.Line != b.Span.Line ? a.Span.Line.CompareTo(b.Span.Line) : a.Span.Column.CompareTo(b.Span.Column));
        return new SymbolIndex(declarations, names);
    }

    private static void Declare(DeclarationSyntax declaration, List<SymbolDeclaration> list)
    {
        void Add(NameSyntax name, string kind, SourceSpan full, string? container = null, TextSyntax? title = null) =>
            list.Add(new SymbolDeclaration(name.Text, kind, name.Span, full, container, Title(title)));

        switch (declaration)
        {
            case CatalogSyntax c: Add(c.Name, "catalog", c.Span, null, c.Title); break;
            case CalendarSyntax c: Add(c.Name, "calendar", c.Span, null, c.Title); break;
            case HolidaySetSyntax h: Add(h.Name, "holidays", h.Span, null, h.Title); break;
            case SeveritiesSyntax s:
                foreach (var e in s.Entries) Add(e.Name, "severity", e.Span, "severities", e.Title);
                break;
            case NamedListSyntax n:
                var kind = n.Kind switch { NamedListKind.Kinds => "kind", NamedListKind.Channels => "channel", _ => "obligation" };
                foreach (var e in n.Entries) Add(e.Name, kind, e.Span, kind + "s", e.Title);
                break;
            case WorkGroupSyntax w:
                Add(w.Name, "work group", w.Span, null, w.Title);
                foreach (var e in w.Entries) Add(e.Name, "work item", e.Span, w.Name.Text, e.Title);
                break;
            case AttributesSyntax a:
                foreach (var e in a.Entries) TypedEntry(e, "attribute", list);
                break;
            case EntitlementsSyntax en:
                var groups = new HashSet<string>(StringComparer.Ordinal);
                foreach (var e in en.Entries)
                {
                    if (e.Group is { } g && groups.Add(g.Text)) Add(g, "entitlement group", e.Span, "entitlements", e.GroupTitle);
                    TypedEntry(e, "entitlement", list);
                }
                break;
            case PlanSyntax p: Add(p.Name, "plan", p.Span, null, p.Title); break;
        }
    }

    private static void TypedEntry(TypedEntrySyntax e, string kind, List<SymbolDeclaration> list)
    {
        list.Add(new SymbolDeclaration(e.Name.Text, kind, e.Name.Span, e.Span, e.Group?.Text ?? kind + "s", Title(e.Title)));
        foreach (var member in e.Type.Members)
            list.Add(new SymbolDeclaration(member.Name.Text, "value of " + e.Name.Text, member.Name.Span, member.Name.Span, e.Name.Text, Title(member.Title)));
    }

    public static string? Title(TextSyntax? text) => text is null || text.Parts.Length == 0 ? null : text.Parts[0].Text;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Collects every <see cref="NameSyntax"/> under a node, whatever record holds it.</summary>
    private static void Walk(object node, List<NameSyntax> names, HashSet<SourceSpan> seen)
    {
        if (node is NameSyntax name)
        {
            if (!name.Span.IsNone && seen.Add(name.Span)) names.Add(name);
            return;
        }
        var properties = Properties.GetOrAdd(node.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsWalkable(p.PropertyType))
            .ToArray());
        foreach (var property in properties)
        {
            var value = property.GetValue(node);
            if (value is null) continue;
            if (value is string) continue;
            if (value is IEnumerable items)
            {
                foreach (var item in items)
                    if (item is not null && IsWalkable(item.GetType())) Walk(item, names, seen);
            }
            else Walk(value, names, seen);
        }
    }

    private static bool IsWalkable(Type type)
    {
        if (type == typeof(string) || type == typeof(SourceFile) || type == typeof(SourceSpan)) return false;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
            return IsWalkable(type.GetGenericArguments()[0]);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.Namespace == typeof(NameSyntax).Namespace && !underlying.IsEnum && underlying != typeof(TextPart) && underlying != typeof(TextSyntax);
    }
}
