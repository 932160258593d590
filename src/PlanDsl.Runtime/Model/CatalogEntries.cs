using System.Collections.Immutable;

namespace PlanDsl.Runtime.Model;

/// <summary>A severity level. <see cref="Rank"/> 0 is the most urgent, as the catalog declares.</summary>
public sealed record SeverityModel(string Id, int? Number, int Rank, LocalizedText Title, LocalizedText Definition, ImmutableArray<string> Aliases);

/// <summary>A kind of request whose targets may differ (deployment vs failure).</summary>
public sealed record KindModel(string Id, LocalizedText Title, LocalizedText Definition);

/// <summary>A way to reach support (phone, chat, e-mail, portal …).</summary>
public sealed record ChannelModel(string Id, LocalizedText Title, LocalizedText Definition);

/// <summary>A piece of work that plans include, exclude or bill, in a group.</summary>
public sealed record WorkItemModel(string Id, string Group, LocalizedText GroupTitle, LocalizedText Title, ImmutableArray<LocalizedText> Notes);

/// <summary>The customer's side of the agreement.</summary>
public sealed record ObligationModel(string Id, LocalizedText Title, LocalizedText Text);

/// <summary>A term and its definition, as the vendor's glossary gives it.</summary>
public sealed record GlossaryEntry(LocalizedText Term, LocalizedText Definition);
