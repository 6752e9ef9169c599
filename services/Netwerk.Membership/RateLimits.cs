namespace Netwerk.Membership;

/// <summary>Names of the membership service's rate limits (configuration section `RateLimits:{name}`).</summary>
internal static class RateLimits
{
    public const string Registration = "registration";
    /// <summary>Passwords checked from one address: the password grant, the sign-in page, changing the password or
    /// the e-mail address (<see cref="Identity.PasswordCheck"/>).</summary>
    public const string Login = "login";
    /// <summary>Wrong passwords for one account from one address (<see cref="Identity.PasswordCheck"/>): the account's
    /// owner, elsewhere, is not kept out by someone else's guesses.</summary>
    public const string FailedPasswords = "failed-passwords";
    /// <summary>Tokens for a code, a refresh token or client credentials, per client and member: no password is
    /// guessed there (the client is authenticated, the code or refresh token is single-use), so the whole network
    /// may sign in at once; one member's client renewing in a loop may not.</summary>
    public const string Tokens = "tokens";
    /// <summary>Links by e-mail (forgotten password, a new address): each sends mail to someone.</summary>
    public const string AccountMail = "account-mail";
}
