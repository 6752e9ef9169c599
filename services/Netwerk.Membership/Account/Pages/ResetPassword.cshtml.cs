using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Account.Mail;
using Netwerk.Membership.Data;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Account.Pages;

/// <summary>The page of a reset link: a new password, after which every session of the member ends (sign-in
/// cookies, refresh tokens, access tokens). The link works once: the first of two posts at once wins.</summary>
public sealed class ResetPasswordModel(
    UserManager<Member> users, MembershipDbContext db, AccountLinks links, MemberSessions sessions, SecurityMailQueue mail) : PageModel
{
    internal const string LinkUnusable = "Deze link werkt niet meer: hij is al gebruikt, of langer dan een uur geleden verstuurd.";

    [BindProperty(Name = "code", SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(Name = "repeat")] public string? Repeat { get; set; }
    public bool Usable { get; private set; } = true;
    public bool Done { get; private set; }
    public PageMessage? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await links.FindUsableAsync(Code, AccountLinkPurpose.ResetPassword, cancellationToken) is null) Unusable();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (AccountInput.NewPasswordProblem(Password, Repeat) is { } problem)
        {
            ModelState.AddModelError(problem == AccountInput.MismatchMessage ? "repeat" : "password", problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Member? member;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var link = await links.RedeemAsync(Code, AccountLinkPurpose.ResetPassword, cancellationToken);
            member = link is null ? null : await users.FindByIdAsync(link.MemberId.ToString());
            if (member is null || member.Status is not (MemberStatus.Active or MemberStatus.Pending))
            {
                Unusable();
                return Page();
            }
            // Now that the member is known: the address and name may not be in the password either.
            if (AccountInput.NewPasswordProblem(Password, Repeat, member) is { } guessable)
            {
                // Not committed: the link stays usable for a better password.
                ModelState.AddModelError("password", guessable);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            member.PasswordHash = users.PasswordHasher.HashPassword(member, Password!);
            // The link came to the address, so the address is the member's.
            member.EmailConfirmed = true;
            // A new stamp saves the member and ends every sign-in cookie and refresh; the tokens stop once committed.
            await users.UpdateSecurityStampAsync(member);
            await transaction.CommitAsync(cancellationToken);
        }
        await sessions.RevokeTokensAsync(member.Id, cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        mail.Enqueue(SecurityMails.PasswordChanged(member));
        Done = true;
        Message = PageMessage.Ok("Je wachtwoord is gewijzigd. Je bent overal uitgelogd; log in met je nieuwe wachtwoord.");
        return Page();
    }

    private void Unusable()
    {
        Usable = false;
        Message = PageMessage.Error(LinkUnusable);
        Response.StatusCode = StatusCodes.Status410Gone;
    }
}
