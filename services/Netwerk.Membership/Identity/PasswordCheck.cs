using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Identity;

/// <summary>How checking an e-mail address and password ended, for the token endpoint's password grant and the
/// sign-in page alike; each says it in its own words.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>No such address, or the wrong password: the caller cannot tell which.</summary>
    WrongCredentials,
    /// <summary>Five wrong passwords in a row: 15 minutes without signing in, the right password too.</summary>
    LockedOut,
    /// <summary>The right password; the member's <see cref="Member.Status"/> decides what follows.</summary>
    Succeeded,
}

/// <summary>Checks a member's password with Identity's lockout: a wrong one counts towards the lockout, a right one
/// resets the count. An unknown address takes as long as a known one (a password is checked against a hash all the
/// same), so the time an answer takes tells nobody whether an address exists.</summary>
public sealed class PasswordCheck(UserManager<Member> users)
{
    private static readonly Lazy<string> TimingHash = new(() => new PasswordHasher<Member>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<(PasswordCheckOutcome Outcome, Member? Member)> CheckAsync(string? email, string? password)
    {
        var member = email is { Length: > 0 and <= MemberLimits.Email } ? await users.FindByEmailAsync(email) : null;
        if (member is null)
        {
            users.PasswordHasher.VerifyHashedPassword(null!, TimingHash.Value, password ?? "");
            return (PasswordCheckOutcome.WrongCredentials, null);
        }
        if (await users.IsLockedOutAsync(member)) return (PasswordCheckOutcome.LockedOut, member);
        if (!await users.CheckPasswordAsync(member, password ?? ""))
        {
            await users.AccessFailedAsync(member);
            return (PasswordCheckOutcome.WrongCredentials, member);
        }
        await users.ResetAccessFailedCountAsync(member);
        return (PasswordCheckOutcome.Succeeded, member);
    }
}
