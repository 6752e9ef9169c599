using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Account.Pages;

/// <summary>Where a member lands after signing in without a client to go back to: who is signed in, and the
/// account's other pages.</summary>
[Authorize(AuthenticationSchemes = AccountPages.CookieScheme)]
public sealed class AccountIndexModel(UserManager<Member> users) : PageModel
{
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public bool EmailConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } member) return Challenge(AccountPages.CookieScheme);
        (Name, Email, EmailConfirmed) = (member.DisplayName, member.Email!, member.EmailConfirmed);
        return Page();
    }
}
