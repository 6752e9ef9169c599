using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.Membership.Account.Pages;

/// <summary>The sign-in page, where `/connect/authorize` sends a visitor without a session. One message for every
/// failure (unknown address, wrong password, locked out), so the page does not tell whether an address is known;
/// only after the right password does it say that a registration is still waiting or was not approved.</summary>
public sealed class SignInModel(SignInManager<Member> signIn, UserManager<Member> users, RedisRateLimiter limiter) : PageModel
{
    internal const string WrongCredentials =
        "Het e-mailadres of het wachtwoord klopt niet. Na vijf mislukte pogingen kun je een kwartier niet inloggen; vraag dan zo nodig een nieuw wachtwoord aan.";

    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(Name = "terug", SupportsGet = true)] public string? ReturnUrl { get; set; }
    public PageMessage? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await limiter.RetryAfterAsync(RateLimits.Login, HttpContext) is { } wait)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            return Refused(StatusCodes.Status429TooManyRequests, $"Te veel pogingen vanaf dit adres. Probeer het over {Math.Ceiling(wait.TotalSeconds)} seconden opnieuw.");
        }
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError("email", "Vul je e-mailadres in.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError("password", "Vul je wachtwoord in.");
        if (!ModelState.IsValid) return Refused(StatusCodes.Status400BadRequest, "Vul beide velden in.");

        var member = Email!.Length <= MemberLimits.Email ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (member is null)
        {
            // As long as checking a password would take, so the answer's timing does not tell either.
            users.PasswordHasher.VerifyHashedPassword(null!, TimingHash.Value, Password!);
            return Refused(StatusCodes.Status400BadRequest, WrongCredentials);
        }
        var checkedPassword = await signIn.CheckPasswordSignInAsync(member, Password!, lockoutOnFailure: true);
        if (!checkedPassword.Succeeded) return Refused(StatusCodes.Status400BadRequest, WrongCredentials);

        switch (member.Status)
        {
            case MemberStatus.Pending:
                return Refused(StatusCodes.Status403Forbidden, "Je aanmelding wacht nog op goedkeuring door een beheerder. Je krijgt een e-mail zodra je bent toegelaten.");
            case MemberStatus.Active:
                break;
            default:
                return Refused(StatusCodes.Status403Forbidden, "Met dit account kun je niet inloggen. Je aanmelding is niet goedgekeurd.");
        }

        await signIn.SignInAsync(member, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/account");
    }

    private PageResult Refused(int status, string message)
    {
        Message = PageMessage.Error(message);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>A hash to check a password against when the address is unknown.</summary>
    private static readonly Lazy<string> TimingHash = new(() =>
        new PasswordHasher<Member>().HashPassword(null!, Guid.NewGuid().ToString()));
}
