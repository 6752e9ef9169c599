using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Account.Mail;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Account.Pages;

/// <summary>A new password for a signed-in member who knows the current one. Every other session ends; this browser
/// stays signed in.</summary>
[Authorize(AuthenticationSchemes = AccountPages.CookieScheme)]
public sealed class ChangePasswordModel(
    UserManager<Member> users, SignInManager<Member> signIn, MemberSessions sessions, SecurityMailQueue mail, PasswordCheck passwords) : PageModel
{
    [BindProperty(Name = "current")] public string? Current { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(Name = "repeat")] public string? Repeat { get; set; }
    public PageMessage? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var member = await users.GetUserAsync(User);
        if (member is null) return Challenge(AccountPages.CookieScheme);

        if (string.IsNullOrEmpty(Current)) ModelState.AddModelError("current", "Vul je huidige wachtwoord in.");
        if (AccountInput.NewPasswordProblem(Password, Repeat, member) is { } problem) ModelState.AddModelError(problem == AccountInput.MismatchMessage ? "repeat" : "password", problem);
        if (ModelState.IsValid)
        {
            var (refusal, wrong) = await passwords.RecheckAsync(HttpContext, member, Current);
            if (refusal is not null)
            {
                Message = PageMessage.Error(refusal);
                return Page();
            }
            if (wrong is not null) ModelState.AddModelError("current", wrong);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        member.PasswordHash = users.PasswordHasher.HashPassword(member, Password!);
        await sessions.EndAllAsync(member, cancellationToken);
        await signIn.RefreshSignInAsync(member);
        mail.Enqueue(SecurityMails.PasswordChanged(member));
        Message = PageMessage.Ok("Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.");
        return Page();
    }
}
