namespace Netwerk.Membership.Members;

/// <summary>Who other members may see: active members who consented to the directory. The directory lists them, and
/// the organisations list counts only them, so a school whose only member chose not to be listed is not listed.</summary>
internal static class DirectoryListing
{
    public static IQueryable<Member> InDirectory(this IQueryable<Member> members) =>
        members.Where(m => m.Status == MemberStatus.Active && m.ConsentDirectory);
}
