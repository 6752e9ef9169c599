namespace Netwerk.Membership.Organisations;

public sealed record OrganisationSummary(string Name, string? Brin, int MembersCount);
