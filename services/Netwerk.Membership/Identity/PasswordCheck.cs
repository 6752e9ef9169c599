using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.Membership.Identity;

/// <summary>How checking an e-mail address and password ended, for the token endpoint's password grant, the sign-in
/// page and the account pages that ask for the password again; each says it in its own words.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>No such address, or the wrong password: the caller cannot tell which.</summary>
    WrongCredentials,
    /// <summary>Five wrong passwords in a row: 15 minutes without signing in, the right password too.</summary>
    LockedOut,
    /// <summary>Too many passwords tried from this address or for this account: nothing was checked; wait
    /// <see cref="PasswordCheckResult.RetryAfter"/>.</summary>
    TooManyAttempts,
    /// <summary>The right password; the member's <see cref="Member.Status"/> decides what follows.</summary>
    Succeeded,
}

public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, Member? Member, TimeSpan RetryAfter = default);

/// <summary>Checks a member's password, the one way every password is checked. Guessing is limited first, per address
/// and per account (<see cref="RateLimits.Login"/>, <see cref="RateLimits.LoginAccount"/>: spread over many addresses
/// it still meets the account's limit); then Identity's lockout: a wrong password counts towards it, a right one
/// resets the count. An unknown address takes as long as a known one (a password is checked against a hash all the
/// same), so the time an answer takes tells nobody whether an address exists.</summary>
public sealed class PasswordCheck(UserManager<Member> users, RedisRateLimiter limiter)
{
    private static readonly Lazy<string> TimingHash = new(() => new PasswordHasher<Member>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<PasswordCheckResult> CheckAsync(HttpContext context, string? email, string? password)
    {
        var address = email is { Length: > 0 and <= MemberLimits.Email } ? email.Trim() : null;
        if (await limiter.RetryAfterAsync(RateLimits.Login, context) is { } fromHere) return new(PasswordCheckOutcome.TooManyAttempts, null, fromHere);
        if (address is not null && await limiter.RetryAfterAsync(RateLimits.LoginAccount, AccountPartition(address)) is { } forAccount)
        {
            return new(PasswordCheckOutcome.TooManyAttempts, null, forAccount);
        }

        var member = address is not null ? await users.FindByEmailAsync(address) : null;
        if (member is null)
        {
            users.PasswordHasher.VerifyHashedPassword(null!, TimingHash.Value, password ?? "");
            return new(PasswordCheckOutcome.WrongCredentials, null);
        }
        if (await users.IsLockedOutAsync(member)) return new(PasswordCheckOutcome.LockedOut, member);
        if (!await users.CheckPasswordAsync(member, password ?? ""))
        {
            await users.AccessFailedAsync(member);
            return new(PasswordCheckOutcome.WrongCredentials, member);
        }
        await users.ResetAccessFailedCountAsync(member);
        return new(PasswordCheckOutcome.Succeeded, member);
    }

    /// <summary>The account's counter in Redis, named by a hash of the normalised address: no addresses in Redis keys.</summary>
    private string AccountPartition(string address) =>
        "account:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(users.NormalizeEmail(address) ?? address)));
}
