using System.Collections.Immutable;
using PlanDsl.Compiler.Lowering;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>Hands the bound plan drafts to the lowering stage.</summary>
internal sealed partial class CatalogBinder
{
    private ImmutableArray<PlanModel> FlattenPlans(ImmutableArray<CoverageRule> catalogRules)
    {
        var context = new CatalogContext(_language, _tiers, _severityList.Select(s => s.Id).ToImmutableArray(), _kinds.Names.ToImmutableArray(),
            _channels.Names.ToImmutableArray(), _entitlements.Names.ToImmutableArray(), catalogRules);
        return new PlanFlattener(_plans, context, _diagnostics, _ruleSpans).Flatten();
    }
}
