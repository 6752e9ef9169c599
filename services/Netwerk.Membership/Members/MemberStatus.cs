namespace Netwerk.Membership.Members;

public enum MemberStatus
{
    /// <summary>Registered, waiting for an administrator.</summary>
    Pending,
    Active,
    Rejected,
    Erased,
}
