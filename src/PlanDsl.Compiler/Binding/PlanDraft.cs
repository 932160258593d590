using PlanDsl.Compiler.Syntax;
using PlanDsl.Compiler.Syntax.Tree;
using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Binding;

/// <summary>A target row as a plan states it: metrics not stated are null; the calendar may come later from the plan's hours.</summary>
internal sealed record TargetRowDraft(string? Severity, string? Kind, TargetValue?[] Metrics, SourceSpan Span);

/// <summary>A row of a credit ladder as written for one plan: its threshold, its credit (null for '-') and where the credit cell is.</summary>
internal sealed record CreditRowDraft(decimal Threshold, decimal? Credit, SourceSpan Span);

/// <summary>
/// What one plan declaration (one version) states itself, before inheritance: the flattener merges
/// drafts along <c>extends</c> and versions into <see cref="PlanVersion"/>s.
/// </summary>
internal sealed class PlanDraft
{
    public PlanDraft(PlanSyntax syntax) => Syntax = syntax;

    public PlanSyntax Syntax { get; }
    public string Id => Syntax.Name.Text;
    public NameSyntax? Extends => Syntax.Extends;
    public LocalDate? Effective { get; set; }

    /// <summary><c>published:</c> — when this version's terms were made known (read by the version analysis only).</summary>
    public LocalDate? Published { get; set; }

    public LocalizedText? Title { get; set; }
    public LocalizedText? Description { get; set; }
    public List<LocalizedText> Notes { get; } = new();
    public List<LocalizedText> Assumptions { get; } = new();
    public string? Hours { get; set; }
    public decimal? UptimeTarget { get; set; }
    public SortedDictionary<string, ChannelAccess> Channels { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, EntitlementValue> Entitlements { get; } = new(StringComparer.Ordinal);
    public List<PriceModel> Prices { get; } = new();
    public List<TargetRowDraft> Targets { get; } = new();
    public CreditLadder? Credits { get; set; }
    public SourceSpan CreditsSpan { get; set; }
    public List<string> Included { get; } = new();
    public List<string> Excluded { get; } = new();
    public List<string> Billable { get; } = new();
    public List<CoverageRule> Rules { get; } = new();
    public SourceSpan? TargetsWithoutCalendar { get; set; }

    /// <summary>Where this version states each entitlement (the key), for analyses that point at it.</summary>
    public Dictionary<string, SourceSpan> EntitlementSpans { get; } = new(StringComparer.Ordinal);

    /// <summary>Where this version states each channel.</summary>
    public Dictionary<string, SourceSpan> ChannelSpans { get; } = new(StringComparer.Ordinal);

    /// <summary>The rows of the ladder this version states, '-' cells included, highest threshold first.</summary>
    public List<CreditRowDraft> CreditRows { get; set; } = new();

    /// <summary>Where the stated ladder's <c>cap:</c> value is, or none.</summary>
    public SourceSpan CreditCapSpan { get; set; }

    /// <summary>Where this version states <c>uptime target:</c>, or none.</summary>
    public SourceSpan UptimeTargetSpan { get; set; }

    /// <summary>Where this version states its work lists (<c>included</c>, <c>excluded</c>, <c>billable</c>: the first line of each).</summary>
    public Dictionary<string, SourceSpan> WorkListSpans { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The metrics this version's flattened targets say explicitly there is none of ('-' written here or
    /// inherited), as opposed to metrics never written. Filled by the flattener.
    /// </summary>
    public HashSet<(string? Severity, string? Kind, Metric Metric)> ExplicitNoTargets { get; } = new();

    /// <summary>Where this version states each price.</summary>
    public Dictionary<string, SourceSpan> PriceSpans { get; } = new(StringComparer.Ordinal);

    /// <summary>Where this version says <c>outside hours: tickets wait</c>, if it does.</summary>
    public SourceSpan? TicketsWait { get; set; }

    /// <summary>The entitlements this version says it lowers or removes (<c>lowers: devices</c>), each where it is named.</summary>
    public Dictionary<string, SourceSpan> Lowers { get; } = new(StringComparer.Ordinal);
}
