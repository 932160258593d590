using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Severities, request kinds, channels, obligations, work items and the glossary.</summary>
internal sealed partial class CatalogBinder
{
    private readonly List<SeverityModel> _severityList = new();
    private readonly SymbolTable<SeverityModel> _severities = new("severity");
    private readonly SymbolTable<KindModel> _kinds = new("request kind");
    private readonly SymbolTable<ChannelModel> _channels = new("channel");
    private readonly SymbolTable<ObligationModel> _obligations = new("obligation");
    private readonly SymbolTable<WorkItemModel> _workItems = new("work item");
    private readonly SymbolTable<ImmutableArray<string>> _workGroups = new("work group");

    private void BindSeverities()
    {
        var declarations = All<SeveritiesSyntax>().ToList();
        foreach (var extra in declarations.Skip(1))
            _diagnostics.Report(DiagnosticCodes.DuplicateName, extra.Span, new[] { new RelatedLocation(declarations[0].Span, "first declared here") }, "block", "severities");
        if (declarations.Count == 0) return;
        var block = declarations[0];
        if (!block.OrderStated) _diagnostics.Report(DiagnosticCodes.SeverityOrderMissing, block.Span);
        var numbers = new Dictionary<int, string>();
        foreach (var entry in block.Entries)
        {
            var props = BlockReader.Read(entry.Body, $"severity '{entry.Name.Text}'", _diagnostics, new[] { "aliases", "definition" });
            var aliases = props.Get("aliases")?.Values.Select(v => v is TextValueSyntax t ? t.Text.Parts[0].Text : ValueReader.Describe(v)).ToImmutableArray() ?? ImmutableArray<string>.Empty;
            if (entry.Number is { } n && entry.NumberSpan is { } numberSpan)
            {
                if (numbers.TryGetValue(n, out var other)) _diagnostics.Report(DiagnosticCodes.SeverityNumberRepeated, numberSpan, n, other);
                else numbers[n] = entry.Name.Text;
            }
            var model = new SeverityModel(entry.Name.Text, entry.Number, _severityList.Count, _text.Bind(entry.Title),
                props.Single("definition", _diagnostics) is { } def ? TextOf(def, "definition") : LocalizedText.Empty, aliases);
            if (_severities.Declare(entry.Name, model, _diagnostics)) _severityList.Add(model);
        }
        CheckSeverityAliases();
    }

    private void CheckSeverityAliases()
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in _severityList)
        foreach (var name in s.Aliases.Append(s.Id))
        {
            if (owners.TryGetValue(name, out var other) && other != s.Id)
                _diagnostics.Report(DiagnosticCodes.AmbiguousSeverity, _severities.SpanOf(s.Id), name, other, s.Id);
            else owners[name] = s.Id;
        }
    }

    private void BindNamedLists()
    {
        foreach (var list in All<NamedListSyntax>().Where(l => l.Entries.IsEmpty))
            _diagnostics.Report(DiagnosticCodes.EmptyDeclaration, list.Span, "block", list.Kind.ToString().ToLowerInvariant());
        foreach (var list in All<NamedListSyntax>())
        foreach (var entry in list.Entries)
        {
            switch (list.Kind)
            {
                case NamedListKind.Kinds:
                    var kindProps = BlockReader.Read(entry.Body, $"kind '{entry.Name.Text}'", _diagnostics, new[] { "definition" });
                    _kinds.Declare(entry.Name, new KindModel(entry.Name.Text, _text.Bind(entry.Title), Definition(kindProps)), _diagnostics);
                    break;
                case NamedListKind.Channels:
                    var channelProps = BlockReader.Read(entry.Body, $"channel '{entry.Name.Text}'", _diagnostics, new[] { "definition" });
                    _channels.Declare(entry.Name, new ChannelModel(entry.Name.Text, _text.Bind(entry.Title), Definition(channelProps)), _diagnostics);
                    break;
                default:
                    var obligationProps = BlockReader.Read(entry.Body, $"obligation '{entry.Name.Text}'", _diagnostics, new[] { "text" });
                    var text = obligationProps.Single("text", _diagnostics) is { } t ? TextOf(t, "text") : LocalizedText.Empty;
                    _obligations.Declare(entry.Name, new ObligationModel(entry.Name.Text, _text.Bind(entry.Title), text), _diagnostics);
                    break;
            }
        }
    }

    private LocalizedText Definition(BlockReader props) =>
        props.Single("definition", _diagnostics) is { } def ? TextOf(def, "definition") : LocalizedText.Empty;

    private void BindWork()
    {
        foreach (var group in All<WorkGroupSyntax>())
        {
            if (group.Entries.IsEmpty) _diagnostics.Report(DiagnosticCodes.EmptyDeclaration, group.Name.Span, "work group", group.Name.Text);
            var groupTitle = _text.Bind(group.Title);
            var members = new List<string>();
            foreach (var entry in group.Entries)
            {
                var props = BlockReader.Read(entry.Body, $"work item '{entry.Name.Text}'", _diagnostics, new[] { "note" }, repeatable: new[] { "note" });
                var item = new WorkItemModel(entry.Name.Text, group.Name.Text, groupTitle, _text.Bind(entry.Title), Texts(props.All("note")));
                if (_workItems.Declare(entry.Name, item, _diagnostics)) members.Add(entry.Name.Text);
            }
            if (_workItems.Contains(group.Name.Text))
                _diagnostics.Report(DiagnosticCodes.DuplicateName, group.Name.Span, "work item", group.Name.Text);
            else _workGroups.Declare(group.Name, members.ToImmutableArray(), _diagnostics);
        }
    }

    /// <summary>Work item names or group names → work item ids, in order, without repeats.</summary>
    private ImmutableArray<string> ResolveWork(IEnumerable<ValueSyntax> values, string what)
    {
        var items = new List<string>();
        foreach (var value in values)
        {
            if (NameOf(value, what, "a work item or work group name") is not { } name) continue;
            if (_workGroups.TryGet(name.Text, out var members)) items.AddRange(members);
            else if (_workItems.Resolve(name, _diagnostics, out _, _workGroups.Names)) items.Add(name.Text);
        }
        return items.Distinct().ToImmutableArray();
    }

    private ImmutableArray<GlossaryEntry> BindGlossary() => All<GlossarySyntax>()
        .SelectMany(g => g.Entries)
        .Select(e => new GlossaryEntry(_text.Bind(e.Term), _text.Bind(e.Definition)))
        .ToImmutableArray();
}
