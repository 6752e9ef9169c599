using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Http;
using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.Membership.Identity;

/// <summary>How checking an e-mail address and password ended, for the token endpoint's password grant, the sign-in
/// page and the account pages that ask for the password again; each says it in its own words.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>No such address, or the wrong password: the caller cannot tell which.</summary>
    WrongCredentials,
    /// <summary>Too many passwords tried from this address, or too many wrong ones for this account from this address:
    /// wait <see cref="PasswordCheckResult.RetryAfter"/>. Known address or not, the same answer.</summary>
    TooManyAttempts,
    /// <summary>The right password; the member's <see cref="Member.Status"/> decides what follows.</summary>
    Succeeded,
}

public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, Member? Member, TimeSpan RetryAfter = default);

/// <summary>Checks a member's password, the one way every password is checked. Guessing is limited per address
/// (<see cref="RateLimits.Login"/>: every attempt) and per account and address (<see cref="RateLimits.FailedPasswords"/>:
/// five wrong passwords, then that address waits a quarter of an hour for that account). Not per account alone:
/// whoever knows an address could then keep its owner out from anywhere; the owner's right password from their own
/// address always works. The account and address are counted whether the account exists or not, and every answer
/// costs one password hash (against a stand-in for an unknown or held-back address), so neither the answer nor the
/// time it takes tells whether an address is known.</summary>
public sealed class PasswordCheck(UserManager<Member> users, RedisRateLimiter limiter)
{
    private static readonly Lazy<string> StandInHash = new(() => new PasswordHasher<Member>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<PasswordCheckResult> CheckAsync(HttpContext context, string? email, string? password)
    {
        if (await limiter.RetryAfterAsync(RateLimits.Login, context) is { } fromHere) return new(PasswordCheckOutcome.TooManyAttempts, null, fromHere);

        var address = email is { Length: > 0 and <= MemberLimits.Email } ? email.Trim() : null;
        var attempts = address is not null ? AttemptsPartition(address, context) : null;
        if (attempts is not null && await limiter.UsedUpAsync(RateLimits.FailedPasswords, attempts) is { } wait)
        {
            HashAnyway(password);
            return new(PasswordCheckOutcome.TooManyAttempts, null, wait);
        }

        var member = address is not null ? await users.FindByEmailAsync(address) : null;
        var right = member is not null ? await users.CheckPasswordAsync(member, password ?? "") : HashAnyway(password);
        if (attempts is null) return new(PasswordCheckOutcome.WrongCredentials, null);
        if (!right)
        {
            await limiter.RetryAfterAsync(RateLimits.FailedPasswords, attempts);
            return new(PasswordCheckOutcome.WrongCredentials, null);
        }
        await limiter.ForgetAsync(RateLimits.FailedPasswords, attempts);
        return new(PasswordCheckOutcome.Succeeded, member);
    }

    /// <summary>The work a password check costs, with nothing to compare: always false.</summary>
    private bool HashAnyway(string? password)
    {
        users.PasswordHasher.VerifyHashedPassword(null!, StandInHash.Value, password ?? "");
        return false;
    }

    /// <summary>The count of wrong passwords for one account from one address, named by a hash of the normalised
    /// e-mail address: no e-mail addresses in Redis keys.</summary>
    private string AttemptsPartition(string address, HttpContext context) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(users.NormalizeEmail(address) ?? address))) + ":" + ClientAddress.Of(context);
}
