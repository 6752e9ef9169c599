namespace Netwerk.Membership.Members;

/// <summary>Field lengths, shared by validation and the database columns so the two cannot disagree.</summary>
public static class MemberLimits
{
    public const int Email = 254;
    public const int DisplayName = 100;
    public const int OrganisationName = 200;
    public const int JobTitle = 100;
    public const int Region = 100;
    public const int RejectionReason = 1000;
    public const int PasswordMinimum = 10;
    public const int PasswordMaximum = 128;
}
