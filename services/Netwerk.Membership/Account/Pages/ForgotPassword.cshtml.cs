using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Account.Links;
using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.Membership.Account.Pages;

/// <summary>Sends a reset link. The answer is the same whether or not the address is known, and comes as fast: the
/// address is only queued while the visitor waits (<see cref="ResetLinkRequests"/> looks it up afterwards).</summary>
public sealed class ForgotPasswordModel(ResetLinkRequests resets, RedisRateLimiter limiter) : PageModel
{
    [BindProperty(Name = "email")] public string? Email { get; set; }
    public bool Sent { get; private set; }
    public PageMessage? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await limiter.RefusedAsync(RateLimits.AccountMail, HttpContext) is { } wait)
        {
            Message = PageMessage.Error($"Er zijn vanaf dit adres te veel links gevraagd. Probeer het {wait} opnieuw.");
            return Page();
        }
        if (!AccountInput.IsEmailAddress(Email))
        {
            ModelState.AddModelError("email", "Vul een geldig e-mailadres in, zoals naam@school.nl.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        resets.Enqueue(Email!.Trim());
        Sent = true;
        Message = PageMessage.Ok("Als dit e-mailadres bij ons bekend is, krijg je binnen enkele minuten een e-mail met een link. De link werkt één uur.");
        return Page();
    }
}
