namespace Netwerk.Membership.Decisions;

public sealed record RejectRequest(string? Reason);
