using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Account.Mail;
using Netwerk.Membership.Data;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;
using Npgsql;

namespace Netwerk.Membership.Account.Pages;

/// <summary>The page of the link sent to a new address. Confirming makes it the member's address and user name,
/// tells the old address, tells the other services (`MemberEmailChanged`: notifications mails the new address), and
/// ends the member's sessions, since the address is what they sign in with.</summary>
public sealed class ConfirmEmailChangeModel(
    UserManager<Member> users, MembershipDbContext db, AccountLinks links, MemberSessions sessions, SecurityMailQueue mail, TimeProvider clock)
    : PageModel
{
    [BindProperty(Name = "code", SupportsGet = true)] public string? Code { get; set; }
    public string? NewEmail { get; private set; }
    public bool Done { get; private set; }
    public PageMessage? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NewEmail = (await links.FindUsableAsync(Code, AccountLinkPurpose.ChangeEmail, cancellationToken))?.NewEmail;
        if (NewEmail is null) Unusable();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Member? member;
        string oldEmail;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var link = await links.RedeemAsync(Code, AccountLinkPurpose.ChangeEmail, cancellationToken);
            member = link is null ? null : await users.FindByIdAsync(link.MemberId.ToString());
            if (member is null || link!.NewEmail is null || member.Status is not (MemberStatus.Active or MemberStatus.Pending))
            {
                Unusable();
                return Page();
            }
            oldEmail = member.Email!;
            var now = clock.Now();
            member.Email = member.UserName = link.NewEmail;
            member.NormalizedEmail = member.NormalizedUserName = users.NormalizeEmail(link.NewEmail);
            member.EmailConfirmed = true;
            member.SecurityStamp = Guid.NewGuid().ToString("N");
            // Notifications keeps the address of approved members only; a pending member's goes with MemberApproved.
            if (member.Status == MemberStatus.Active)
            {
                db.AddIntegrationEvent(new MemberEmailChanged(Guid.CreateVersion7(now), now, member.Id, link.NewEmail));
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.AnyCause(e => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }))
            {
                NewEmail = link.NewEmail;
                Message = PageMessage.Error("Dit e-mailadres is inmiddels in gebruik bij een ander account. Kies een ander adres.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
            await transaction.CommitAsync(cancellationToken);
            NewEmail = link.NewEmail;
        }
        await sessions.RevokeTokensAsync(member.Id, cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        mail.Enqueue(SecurityMails.AddressChanged(oldEmail, member, NewEmail!));
        Done = true;
        Message = PageMessage.Ok($"Je e-mailadres is gewijzigd in {NewEmail}. Log opnieuw in met dit adres.");
        return Page();
    }

    private void Unusable()
    {
        Message = PageMessage.Error("Deze link werkt niet meer: hij is al gebruikt of langer dan 24 uur geleden verstuurd.");
        Response.StatusCode = StatusCodes.Status410Gone;
    }
}
