using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Membership.Account.Pages;

/// <summary>The sign-in page, where `/connect/authorize` sends a visitor without a session. One message for every
/// failure (unknown address, wrong password), so the page does not tell whether an address is known;
/// only after the right password does it say that a registration is still waiting or was not approved.</summary>
public sealed class SignInModel(SignInManager<Member> signIn, PasswordCheck passwords) : PageModel
{
    internal const string WrongCredentials =
        "Het e-mailadres of het wachtwoord klopt niet. Na vijf mislukte pogingen kun je het hier een kwartier niet opnieuw proberen; vraag dan zo nodig een nieuw wachtwoord aan.";

    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(Name = "terug", SupportsGet = true)] public string? ReturnUrl { get; set; }
    public PageMessage? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError("email", "Vul je e-mailadres in.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError("password", "Vul je wachtwoord in.");
        if (!ModelState.IsValid) return Refused(StatusCodes.Status400BadRequest, "Vul beide velden in.");

        // Known or not: one message (and one answer time, PasswordCheck sees to that).
        var (outcome, member, retryAfter) = await passwords.CheckAsync(HttpContext, Email!.Trim(), Password);
        if (outcome == PasswordCheckOutcome.TooManyAttempts)
        {
            return Refused(StatusCodes.Status429TooManyRequests, $"Te veel pogingen achter elkaar. Probeer het {AccountRateLimits.Refuse(HttpContext, retryAfter)} opnieuw.");
        }
        if (outcome != PasswordCheckOutcome.Succeeded) return Refused(StatusCodes.Status400BadRequest, WrongCredentials);

        switch (member!.Status)
        {
            case MemberStatus.Pending:
                return Refused(StatusCodes.Status403Forbidden, "Je aanmelding wacht nog op goedkeuring door een beheerder. Je krijgt een e-mail zodra je bent toegelaten.");
            case MemberStatus.Active:
                break;
            default:
                return Refused(StatusCodes.Status403Forbidden, "Met dit account kun je niet inloggen. Je aanmelding is niet goedgekeurd.");
        }

        await signIn.SignInAsync(member, isPersistent: false);
        return LocalRedirect(LocalPath.OrElse(ReturnUrl, "/account"));
    }

    private PageResult Refused(int status, string message)
    {
        Message = PageMessage.Error(message);
        Response.StatusCode = status;
        return Page();
    }
}
