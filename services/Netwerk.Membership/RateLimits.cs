namespace Netwerk.Membership;

/// <summary>Names of the membership service's rate limits (configuration section `RateLimits:{name}`).</summary>
internal static class RateLimits
{
    public const string Registration = "registration";
    public const string Login = "login";
}
