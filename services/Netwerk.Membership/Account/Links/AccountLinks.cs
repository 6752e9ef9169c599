using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Data;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Membership.Account.Links;

/// <summary>Makes and redeems the links of <see cref="AccountLink"/>. The secret (256 random bits) exists only in
/// the link that is mailed; redeeming marks the link used in the same statement that checks it, so two clicks at once
/// end in one effect.</summary>
public sealed class AccountLinks(MembershipDbContext db, PublicLinks links, TimeProvider clock)
{
    /// <summary>How long a link works. A reset is the shortest: it is what an attacker with the mailbox wants.</summary>
    public static TimeSpan Lifetime(AccountLinkPurpose purpose) => purpose switch
    {
        AccountLinkPurpose.ResetPassword => TimeSpan.FromHours(1),
        AccountLinkPurpose.ChangeEmail => TimeSpan.FromHours(24),
        _ => TimeSpan.FromDays(7),
    };

    /// <summary>The page each link opens; the secret travels in the query (`Referrer-Policy: no-referrer` keeps it
    /// from other sites, and the page only acts on a form post, so a mail scanner's visit changes nothing).</summary>
    private static string PagePath(AccountLinkPurpose purpose) => purpose switch
    {
        AccountLinkPurpose.ResetPassword => "account/wachtwoord-herstellen",
        AccountLinkPurpose.ChangeEmail => "account/e-mailadres-wijzigen/bevestigen",
        _ => "account/e-mailadres-bevestigen",
    };

    /// <summary>A new link in place of the member's earlier unused ones of the same purpose, which stop working: only
    /// the newest mail counts. See <see cref="Issue"/>.</summary>
    public async Task<string> ReplaceAsync(Guid memberId, AccountLinkPurpose purpose, string? newEmail, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        await db.AccountLinks.Where(l => l.MemberId == memberId && l.Purpose == purpose && l.UsedAt == null)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.UsedAt, now), cancellationToken);
        return Issue(memberId, purpose, newEmail);
    }

    /// <summary>Adds a new link to the context (saved by the caller, with whatever else changes) and returns its
    /// address. For a member who has none yet (a registration); otherwise <see cref="ReplaceAsync"/>.</summary>
    public string Issue(Guid memberId, AccountLinkPurpose purpose, string? newEmail)
    {
        var now = clock.Now();
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.AccountLinks.Add(new AccountLink
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            Purpose = purpose,
            SecretHash = Hash(secret),
            NewEmail = newEmail,
            CreatedAt = now,
            ExpiresAt = now + Lifetime(purpose),
        });
        return links.To($"{PagePath(purpose)}?code={secret}");
    }

    /// <summary>The link the secret belongs to if it may still be used, without using it (to show the page).</summary>
    public Task<AccountLink?> FindUsableAsync(string? secret, AccountLinkPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100) return Task.FromResult<AccountLink?>(null);
        var hash = Hash(secret);
        var now = clock.Now();
        return db.AccountLinks.AsNoTracking()
            .SingleOrDefaultAsync(l => l.SecretHash == hash && l.Purpose == purpose && l.UsedAt == null && l.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Uses the link: null when it is unknown, used, expired or of another purpose. Call inside the
    /// transaction that makes its effect, so that a failure leaves the link usable.</summary>
    public async Task<AccountLink?> RedeemAsync(string? secret, AccountLinkPurpose purpose, CancellationToken cancellationToken)
    {
        if (await FindUsableAsync(secret, purpose, cancellationToken) is not { } link) return null;
        var now = clock.Now();
        var used = await db.AccountLinks.Where(l => l.Id == link.Id && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.UsedAt, now), cancellationToken);
        return used == 1 ? link : null;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));
}
