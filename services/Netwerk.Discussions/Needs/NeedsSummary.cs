namespace Netwerk.Discussions.Needs;

/// <summary>One need as the summary shows it: what, on which theme, from which sector, how far, how many want it; no
/// names, no ids.</summary>
public sealed record SummarisedNeed(string Title, string? Theme, string? Sector, string Status, string? StatusNote, SmallCount Votes);

/// <summary>Needs of one theme, sector and status together.</summary>
public sealed record NeedsCount(string? Theme, string? Sector, string Status, SmallCount Needs, SmallCount Votes);

/// <summary>`GET /api/discussions/needs/summary`: the network's needs for its members and partners, counted by theme,
/// sector and status, and each need with its votes and status note, the most wanted first.</summary>
public sealed record NeedsSummary(SmallCount TotalNeeds, SmallCount TotalVotes, IReadOnlyList<NeedsCount> Counts, IReadOnlyList<SummarisedNeed> Needs);
