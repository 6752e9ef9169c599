using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Netwerk.Membership.Account.Pages;

/// <summary>Asks before signing out: `/connect/endsession` without an `id_token_hint` comes here, and the button
/// posts the client's parameters (`post_logout_redirect_uri`, `state`, …) back to it with an antiforgery token.</summary>
public sealed class SignOutModel : PageModel
{
    private static readonly HashSet<string> Passed = ["client_id", "post_logout_redirect_uri", "state", "ui_locales", "id_token_hint"];

    public IReadOnlyList<(string Name, string Value)> Parameters { get; private set; } = [];

    public void OnGet() =>
        Parameters = [.. Request.Query.Where(p => Passed.Contains(p.Key)).Select(p => (p.Key, p.Value.ToString()))];
}
