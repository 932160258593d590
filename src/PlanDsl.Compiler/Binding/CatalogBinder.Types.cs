using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Typed declarations: ticket attributes (with the built-in ones) and entitlements.</summary>
internal sealed partial class CatalogBinder
{
    private static readonly string[] TypeNames = { "yes/no", "count", "number", "text", "duration", "date", "money", "percent", "list" };

    private readonly SymbolTable<AttributeModel> _attributes = new("attribute");
    private readonly SymbolTable<EntitlementModel> _entitlements = new("entitlement");

    private void BindAttributes()
    {
        Choice("severity", "Severity", _severityList.Select(s => new ChoiceMember(s.Id, s.Title)));
        Choice("kind", "Request kind", _kinds.Values.Select(k => new ChoiceMember(k.Id, k.Title)));
        Choice("channel", "Channel", _channels.Values.Select(c => new ChoiceMember(c.Id, c.Title)));
        Choice("work", "Work", _workItems.Values.Select(w => new ChoiceMember(w.Id, w.Title)));
        foreach (var entry in All<AttributesSyntax>().SelectMany(a => a.Entries))
        {
            BlockReader.Read(entry.Body, $"attribute '{entry.Name.Text}'", _diagnostics, new[] { "definition" });
            if (ReadType(entry.Type, forEntitlement: false) is { } type)
                _attributes.Declare(entry.Name, new AttributeModel(entry.Name.Text, _text.Bind(entry.Title), type, false), _diagnostics);
        }
    }

    private void Choice(string id, string title, IEnumerable<ChoiceMember> members) =>
        _attributes.Declare(new NameSyntax(id, SourceSpan.None),
            new AttributeModel(id, LocalizedText.Of("en", title), new TypeSpec(ValueTypeKind.Choice, null, members.ToImmutableArray()), true), _diagnostics);

    private void BindEntitlements()
    {
        foreach (var entry in All<EntitlementsSyntax>().SelectMany(e => e.Entries))
        {
            var props = BlockReader.Read(entry.Body, $"entitlement '{entry.Name.Text}'", _diagnostics, new[] { "definition", "note" }, repeatable: new[] { "note" });
            if (PlanProperties.Contains(entry.Name.Text))
            {
                _diagnostics.Report(DiagnosticCodes.NameClash, entry.Name.Span, entry.Name.Text);
                continue;
            }
            if (ReadType(entry.Type, forEntitlement: true) is not { } type) continue;
            _entitlements.Declare(entry.Name, new EntitlementModel(entry.Name.Text, _text.Bind(entry.Title), type, entry.Group?.Text,
                _text.Bind(entry.GroupTitle), Definition(props), Texts(props.All("note"))), _diagnostics);
        }
    }

    private TypeSpec? ReadType(TypeSyntax type, bool forEntitlement)
    {
        switch (type.Kind)
        {
            case TypeSyntaxKind.YesNo:
                return TypeSpec.Of(ValueTypeKind.YesNo);
            case TypeSyntaxKind.Choice:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var m in type.Members.Where(m => !seen.Add(m.Name.Text)))
                    _diagnostics.Report(DiagnosticCodes.DuplicateName, m.Name.Span, "member", m.Name.Text);
                return new TypeSpec(ValueTypeKind.Choice, null, type.Members.DistinctBy(m => m.Name.Text).Select(m => new ChoiceMember(m.Name.Text, _text.Bind(m.Title))).ToImmutableArray());
        }
        var name = type.Name!;
        ValueTypeKind? kind = name.Text switch
        {
            "count" => ValueTypeKind.Count,
            "number" => ValueTypeKind.Number,
            "text" => ValueTypeKind.Text,
            "duration" => ValueTypeKind.Duration,
            "date" => ValueTypeKind.Date,
            "money" => ValueTypeKind.Money,
            "percent" => ValueTypeKind.Percent,
            "list" => ValueTypeKind.List,
            _ => null,
        };
        var allowed = forEntitlement ? new[] { "count", "text", "duration", "money", "percent", "list" } : new[] { "number", "text", "duration", "date", "money" };
        if (kind is null || !allowed.Contains(name.Text))
        {
            _diagnostics.Report(DiagnosticCodes.UnknownName, name.Span, "type", name.Text,
                NameSuggester.DidYouMean(name.Text, allowed) is { Length: > 0 } s ? s : $" (types: yes/no, {string.Join(", ", allowed)}, one of …)");
            return null;
        }
        if (type.Per is { } per)
        {
            if (kind != ValueTypeKind.Count || per.Text is not ("day" or "week" or "month" or "year"))
            {
                _diagnostics.Report(DiagnosticCodes.UnknownUnit, per.Span, per.Text, " (a quota is 'count per day', 'week', 'month' or 'year')");
                return null;
            }
            return new TypeSpec(ValueTypeKind.Quota, per.Text, ImmutableArray<ChoiceMember>.Empty);
        }
        return TypeSpec.Of(kind.Value);
    }
}
