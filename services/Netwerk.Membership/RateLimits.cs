namespace Netwerk.Membership;

/// <summary>Names of the membership service's rate limits (configuration section `RateLimits:{name}`).</summary>
internal static class RateLimits
{
    public const string Registration = "registration";
    public const string Login = "login";
    /// <summary>Links by e-mail (forgotten password, a new address): each sends mail to someone.</summary>
    public const string AccountMail = "account-mail";
}
