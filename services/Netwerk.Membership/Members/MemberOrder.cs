using Netwerk.ServiceDefaults.Pagination;

namespace Netwerk.Membership.Members;

/// <summary>The order lists of members page in: by registration, the first to register first.</summary>
internal static class MemberOrder
{
    public static readonly KeysetOrder<Member> ByRegistration = KeysetOrder<Member>.Ascending(m => m.RegisteredAt, m => m.Id);
}
