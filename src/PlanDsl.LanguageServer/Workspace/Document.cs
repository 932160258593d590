using System.Text.RegularExpressions;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;

namespace PlanDsl.LanguageServer.Workspace;

/// <summary>
/// One .plan file as the server sees it: the editor's text when open, else the text on disk. The
/// syntax tree and symbol index are built on first use, once per version.
/// </summary>
public sealed partial class Document
{
    private readonly Lazy<SyntaxInfo> _syntax;
    private readonly Lazy<LineIndex> _lines;
    private readonly Lazy<ParsedFile> _parsed;
    private readonly SyntaxInfo? _previous;
    private readonly ParsedFile? _previousParse;

    public Document(string path, string text, int version, bool isOpen, SyntaxInfo? previous = null, ParsedFile? previousParse = null)
    {
        _previous = previous;
        _previousParse = previousParse;
        Path = path;
        Text = text;
        Version = version;
        IsOpen = isOpen;
        Uri = DocumentUris.ToUri(path);
        _lines = new Lazy<LineIndex>(() => new LineIndex(Text));
        _syntax = new Lazy<SyntaxInfo>(BuildSyntax);
        _parsed = new Lazy<ParsedFile>(Parse);
        HasCatalog = CatalogPattern().IsMatch(text);
        Imports = ImportPattern().Matches(text).Select(m => m.Groups[1].Value).ToArray();
    }

    public string Path { get; }
    public string Uri { get; }
    public string Text { get; }
    public int Version { get; }
    public bool IsOpen { get; }

    /// <summary>A quick look, without parsing: does the file declare a catalog?</summary>
    public bool HasCatalog { get; }

    /// <summary>A quick look, without parsing: the import paths as written.</summary>
    public IReadOnlyList<string> Imports { get; }

    public LineIndex Lines => _lines.Value;

    public bool IsSyntaxBuilt => _syntax.IsValueCreated;

    public SyntaxInfo Syntax => _syntax.Value;

    /// <summary>This version's syntax when built, else the last one built of an earlier version (for fast completion while typing).</summary>
    public SyntaxInfo BestSyntax => _syntax.IsValueCreated || _previous is null ? _syntax.Value : _previous;

    /// <summary>What a later version may fall back on.</summary>
    public SyntaxInfo? LatestBuilt => _syntax.IsValueCreated ? _syntax.Value : _previous;

    public SourceFile ToSource() => new(Path, Text);

    /// <summary>This version's syntax tree and syntax diagnostics: re-parsed from the last version parsed, only where the text changed.</summary>
    public ParsedFile Parsed => _parsed.Value;

    /// <summary>What a later version re-parses from.</summary>
    public ParsedFile? LatestParsed => _parsed.IsValueCreated ? _parsed.Value : _previousParse;

    private ParsedFile Parse() =>
        _previousParse is null ? ParsedFile.Parse(ToSource()) : IncrementalParser.Reparse(_previousParse, ToSource());

    private SyntaxInfo BuildSyntax()
    {
        var unit = Parsed.Unit;
        return new SyntaxInfo(unit, SymbolIndex.Build(unit));
    }

    [GeneratedRegex(@"^[ \t]*catalog[ \t]+\w", RegexOptions.Multiline)]
    private static partial Regex CatalogPattern();

    [GeneratedRegex(@"^[ \t]*import[ \t]+""([^""]*)""", RegexOptions.Multiline)]
    private static partial Regex ImportPattern();
}

public sealed record SyntaxInfo(CompilationUnitSyntax Unit, SymbolIndex Index);
