namespace Netwerk.Web.Admin.Registrations;

/// <summary>What the approve and reject forms post: a reason when rejecting; for an address that was never confirmed,
/// that the administrator approves it all the same.</summary>
public sealed class DecisionInput
{
    public string? Reason { get; set; }
    public bool Unconfirmed { get; set; }
}
