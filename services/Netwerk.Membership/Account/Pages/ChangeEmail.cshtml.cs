using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Account.Mail;
using Netwerk.Membership.Data;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.Membership.Account.Pages;

/// <summary>Asks for a new address and sends a link to it; nothing changes until that link is used
/// (<see cref="ConfirmEmailChangeModel"/>). An address another member already has gets no mail, and the page says
/// the same as for any other, so it tells nobody which addresses are in use.</summary>
[Authorize(AuthenticationSchemes = AccountPages.CookieScheme)]
public sealed class ChangeEmailModel(
    UserManager<Member> users, MembershipDbContext db, AccountLinks links, SecurityMailQueue mail, RedisRateLimiter limiter, PasswordCheck passwords) : PageModel
{
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    public string? CurrentEmail { get; private set; }
    public bool Sent { get; private set; }
    public PageMessage? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var member = await users.GetUserAsync(User);
        if (member is null) return Challenge(AccountPages.CookieScheme);
        CurrentEmail = member.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var member = await users.GetUserAsync(User);
        if (member is null) return Challenge(AccountPages.CookieScheme);
        CurrentEmail = member.Email;
        if (await limiter.RefusedAsync(RateLimits.AccountMail, HttpContext) is { } wait)
        {
            Message = PageMessage.Error($"Er zijn te veel links gevraagd. Probeer het {wait} opnieuw.");
            return Page();
        }

        var newEmail = Email?.Trim();
        if (!AccountInput.IsEmailAddress(newEmail)) ModelState.AddModelError("email", "Vul een geldig e-mailadres in, zoals naam@school.nl.");
        else if (users.NormalizeEmail(newEmail) == member.NormalizedEmail) ModelState.AddModelError("email", "Dit is al je e-mailadres.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError("password", "Vul je wachtwoord in.");
        else
        {
            var (refusal, wrong) = await passwords.RecheckAsync(HttpContext, member, Password);
            if (refusal is not null)
            {
                Message = PageMessage.Error(refusal);
                return Page();
            }
            if (wrong is not null) ModelState.AddModelError("password", wrong);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (await users.FindByEmailAsync(newEmail!) is null)
        {
            var link = await links.ReplaceAsync(member.Id, AccountLinkPurpose.ChangeEmail, newEmail, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            mail.Enqueue(SecurityMails.ConfirmNewAddress(member, newEmail!, link));
        }
        Sent = true;
        Message = PageMessage.Ok($"We hebben een link gestuurd naar {newEmail}. Je e-mailadres verandert zodra je die link opent; hij werkt 24 uur.");
        return Page();
    }
}
