using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Account.Pages;

/// <summary>A third-party client's first sign-in of a member: what it asks for, in words, and the member's choice.
/// Allowing stores a permanent authorization for the member, client and scopes (asked once); either way the member
/// goes back to `/connect/authorize`, which checks the request again and answers the client.</summary>
[Authorize(AuthenticationSchemes = AccountPages.CookieScheme)]
public sealed class ConsentModel(
    UserManager<Member> users, IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations) : PageModel
{
    private static readonly Dictionary<string, string> ScopeWords = new()
    {
        [Scopes.OpenId] = "wie je bent: je account bij Netwerk",
        [Scopes.Profile] = "je naam",
        [Scopes.Email] = "je e-mailadres",
        [Scopes.Roles] = "je rol in het netwerk (lid, moderator of beheerder)",
        [IdentitySetup.ApiScope] = "namens jou Netwerk gebruiken: documenten, bijeenkomsten en meldingen die jij ook ziet",
        [Scopes.OfflineAccess] = "dit alles ook als je even niet bent ingelogd",
    };

    public string ApplicationName { get; private set; } = "";
    public IReadOnlyList<string> ScopeDescriptions { get; private set; } = [];
    public IReadOnlyList<(string Name, string Value)> Hidden { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ApplicationAsync() is not { } application) return BadRequest();
        ApplicationName = await applications.GetLocalizedDisplayNameAsync(application) ?? "Een toepassing";
        ScopeDescriptions = [.. RequestedScopes().Select(scope => ScopeWords.GetValueOrDefault(scope, scope))];
        Hidden = [.. Request.Query.Select(p => (p.Key, p.Value.ToString()))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "besluit")] string? decision)
    {
        var member = await users.GetUserAsync(User);
        if (member is null) return Challenge(AccountPages.CookieScheme);
        if (await ApplicationAsync() is not { } application) return BadRequest();

        var parameters = Request.Form.Where(p => p.Key is not ("besluit" or "__RequestVerificationToken"))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())).ToList();
        if (decision != "toestaan")
        {
            parameters.Add(new(AuthorizationEndpoint.ConsentDeclinedParameter, "declined"));
            return Redirect("/connect/authorize" + QueryString.Create(parameters).Value);
        }

        // Only scopes the client may ask for at all; OpenIddict checks the request itself again at /connect/authorize.
        var scopes = new List<string>();
        foreach (var scope in RequestedScopes())
        {
            if (scope is Scopes.OpenId or Scopes.OfflineAccess || await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope))
            {
                scopes.Add(scope);
            }
        }
        var principal = MemberPrincipal.Create(member, await users.GetRolesAsync(member), scopes);
        await authorizations.CreateAsync(principal, member.Id.ToString(), (await applications.GetIdAsync(application))!,
            AuthorizationTypes.Permanent, [.. scopes]);
        return Redirect("/connect/authorize" + QueryString.Create(parameters).Value);
    }

    private async Task<object?> ApplicationAsync()
    {
        var clientId = RequestParameters.Value(Request, Parameters.ClientId);
        var application = string.IsNullOrEmpty(clientId) ? null : await applications.FindByClientIdAsync(clientId);
        return application is not null && await applications.GetConsentTypeAsync(application) == ConsentTypes.Explicit ? application : null;
    }

    private IEnumerable<string> RequestedScopes()
    {
        return RequestParameters.Value(Request, Parameters.Scope).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct();
    }
}
