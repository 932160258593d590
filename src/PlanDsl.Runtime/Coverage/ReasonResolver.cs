using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Coverage;

/// <summary>
/// The reason a rule gives, spelt out: a work item (title; notes as the text), a work group (its title),
/// an obligation (title and text), or the rule's own text. A rule without a reason that tests the
/// ticket's work (the plan's work lists) gives the ticket's work item as its reason.
/// </summary>
internal static class ReasonResolver
{
    public static CoverageReason? For(ResolvedCatalog catalog, CoverageRule rule, TicketFacts facts, string language)
    {
        string Text(LocalizedText t) => t.Get(language, catalog.DefaultLanguage);
        var outcome = rule.Outcome;
        if (outcome.ReasonRef is { } id)
        {
            if (catalog.WorkItems.FirstOrDefault(w => w.Id == id) is { } item) return Item(item, Text);
            if (catalog.Obligations.FirstOrDefault(o => o.Id == id) is { } obligation)
                return new CoverageReason(CoverageReasonKind.Obligation, id, Text(obligation.Title), obligation.Text.IsEmpty ? null : Text(obligation.Text));
            if (catalog.WorkItems.FirstOrDefault(w => w.Group == id) is { } member)
                return new CoverageReason(CoverageReasonKind.WorkGroup, id, Text(member.GroupTitle), null);
        }
        if (!outcome.ReasonText.IsEmpty) return new CoverageReason(CoverageReasonKind.RuleText, null, Text(outcome.ReasonText), null);
        if (ConditionEvaluator.Mentions(rule.Condition, "work") && facts.TryGet("work", out var work)
            && catalog.WorkItems.FirstOrDefault(w => w.Id == work.Text) is { } ticketItem)
            return Item(ticketItem, Text);
        return null;
    }

    private static CoverageReason Item(WorkItemModel item, Func<LocalizedText, string> text) =>
        new(CoverageReasonKind.WorkItem, item.Id, text(item.Title), item.Notes.Length == 0 ? null : string.Join(" ", item.Notes.Select(text)));
}
