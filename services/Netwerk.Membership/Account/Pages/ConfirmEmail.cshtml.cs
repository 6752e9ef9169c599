using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Data;

namespace Netwerk.Membership.Account.Pages;

/// <summary>The page of the link sent at registration. Opening it shows a button and changes nothing (mail scanners
/// open links too); the button confirms the address once.</summary>
public sealed class ConfirmEmailModel(MembershipDbContext db, AccountLinks links) : PageModel
{
    [BindProperty(Name = "code", SupportsGet = true)] public string? Code { get; set; }
    public bool Usable { get; private set; } = true;
    public bool Done { get; private set; }
    public PageMessage? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await links.FindUsableAsync(Code, AccountLinkPurpose.ConfirmEmail, cancellationToken) is null) Unusable();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await links.RedeemAsync(Code, AccountLinkPurpose.ConfirmEmail, cancellationToken) is not { } link)
        {
            Unusable();
            return Page();
        }
        await db.Members.Where(m => m.Id == link.MemberId).ExecuteUpdateAsync(m => m.SetProperty(x => x.EmailConfirmed, true), cancellationToken);
        Done = true;
        Message = PageMessage.Ok("Bedankt, je e-mailadres is bevestigd. Je krijgt bericht zodra een beheerder je aanmelding heeft goedgekeurd.");
        return Page();
    }

    private void Unusable()
    {
        Usable = false;
        Message = PageMessage.Error("Deze link werkt niet meer: hij is al gebruikt of verlopen. Is je adres al bevestigd? Dan hoef je niets te doen.");
        Response.StatusCode = StatusCodes.Status410Gone;
    }
}
