using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.Compiler.Binding;

/// <summary>
/// Checks a block's members against what the declaration allows — unknown properties and sections
/// (with "did you mean"), properties given twice, tables or rules where none belong — and hands out
/// the known ones by key.
/// </summary>
internal sealed class BlockReader
{
    private readonly Dictionary<string, List<PropertySyntax>> _properties = new(StringComparer.Ordinal);
    private readonly List<PropertySyntax> _unknownProperties = new();

    private BlockReader() { }

    public List<SectionSyntax> Sections { get; } = new();
    public List<TableSyntax> Tables { get; } = new();
    public List<RuleSyntax> Rules { get; } = new();

    /// <summary>Properties whose key is not one of the allowed keys, when <c>keepUnknown</c> was set (plan entitlements).</summary>
    public IReadOnlyList<PropertySyntax> UnknownProperties => _unknownProperties;

    public static BlockReader Read(
        BlockSyntax? block, string owner, DiagnosticBag diagnostics,
        IReadOnlyCollection<string> properties, IReadOnlyCollection<string>? repeatable = null,
        IReadOnlyCollection<string>? sections = null, bool tables = false, bool rules = false, bool keepUnknown = false)
    {
        var reader = new BlockReader();
        if (block is null) return reader;
        foreach (var member in block.Members)
        {
            switch (member)
            {
                case PropertySyntax p when properties.Contains(p.KeyText):
                    if (reader._properties.TryGetValue(p.KeyText, out var list))
                    {
                        if (repeatable?.Contains(p.KeyText) == true) list.Add(p);
                        else diagnostics.Report(DiagnosticCodes.DuplicateProperty, p.KeySpan, new[] { new RelatedLocation(list[0].Span, "first given here") }, p.KeyText, owner);
                    }
                    else reader._properties[p.KeyText] = new List<PropertySyntax> { p };
                    break;
                case PropertySyntax p when keepUnknown:
                    reader._unknownProperties.Add(p);
                    break;
                case PropertySyntax p:
                    diagnostics.Report(DiagnosticCodes.UnknownProperty, p.KeySpan, p.KeyText, owner, NameSuggester.DidYouMean(p.KeyText, properties));
                    break;
                case SectionSyntax s when sections?.Contains(s.NameText) == true:
                    reader.Sections.Add(s);
                    break;
                case SectionSyntax s:
                    diagnostics.Report(DiagnosticCodes.UnknownSection, s.Words[0].Span, s.NameText, owner, NameSuggester.DidYouMean(s.NameText, sections ?? Array.Empty<string>()));
                    break;
                case TableSyntax t when tables:
                    reader.Tables.Add(t);
                    break;
                case TableSyntax t:
                    diagnostics.Report(DiagnosticCodes.TableNotAllowed, t.Span, owner);
                    break;
                case RuleSyntax r when rules:
                    reader.Rules.Add(r);
                    break;
                case RuleSyntax r:
                    diagnostics.Report(DiagnosticCodes.UnknownSection, r.Span, "when", owner, "; rules belong in a 'coverage' block");
                    break;
            }
        }
        return reader;
    }

    public PropertySyntax? Get(string key) => _properties.TryGetValue(key, out var list) ? list[0] : null;

    public IReadOnlyList<PropertySyntax> All(string key) => _properties.TryGetValue(key, out var list) ? list : Array.Empty<PropertySyntax>();

    /// <summary>The single value of a property, reporting PD0407 when there are several.</summary>
    public ValueSyntax? Single(string key, DiagnosticBag diagnostics)
    {
        if (Get(key) is not { } p) return null;
        if (p.Values.Length > 1) diagnostics.Report(DiagnosticCodes.TooManyValues, p.Values[1].Span, key);
        if (p.Values.Length == 0) diagnostics.Report(DiagnosticCodes.WrongValue, p.KeySpan, key, "a value", "");
        return p.Values.FirstOrDefault();
    }
}
