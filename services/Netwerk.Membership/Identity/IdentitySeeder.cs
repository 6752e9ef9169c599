using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Time;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

/// <summary>What must exist for anyone to sign in: the roles, the clients (<see cref="NetwerkClients"/>), the
/// administrator and the demo partner from the AppHost parameters (API.md). Idempotent: runs at every start.</summary>
internal static class IdentitySeeder
{
    public static async Task SeedIdentityAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in NetwerkRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role));
        }

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        await EnsureClientAsync(applications, NetwerkClients.Scripts());
        var issuer = new Uri(app.Configuration["Identity:Issuer"] ?? DevelopmentGateway.Address);
        var partnerSecret = Required(app, "Seed:PartnerDemoSecret");
        var webAppSecret = Required(app, $"Identity:Clients:{NetwerkClients.WebAppClientId}:Secret");
        foreach (var (clientId, registration) in NetwerkClients.Configured(app.Configuration, app.Environment, webAppSecret, partnerSecret, issuer))
        {
            await EnsureClientAsync(applications, NetwerkClients.Describe(clientId, registration));
        }

        await EnsureAdministratorAsync(services.GetRequiredService<UserManager<Member>>(),
            Required(app, "Seed:AdminEmail"), Required(app, "Seed:AdminPassword"),
            services.GetRequiredService<TimeProvider>());
    }

    private static async Task EnsureClientAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!);
        if (existing is null) await applications.CreateAsync(descriptor);
        else await applications.UpdateAsync(existing, descriptor); // a changed secret parameter takes effect
    }

    private static async Task EnsureAdministratorAsync(UserManager<Member> users, string email, string password, TimeProvider clock)
    {
        if (await users.FindByEmailAsync(email) is not null) return;
        var administrator = new Member
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Beheerder Netwerk",
            OrganisationName = "Netwerk Informatiemanagement po/vo",
            JobTitle = "Beheerder",
            Sector = Sector.Both,
            Status = MemberStatus.Active,
            RegisteredAt = clock.Now(),
        };
        var created = await users.CreateAsync(administrator, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Seeding the administrator failed: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRolesAsync(administrator, NetwerkRoles.All);
    }

    /// <summary>Development has documented defaults (API.md); elsewhere a missing value stops the start.</summary>
    private static string Required(WebApplication app, string key) =>
        app.Configuration[key] is { Length: > 0 } value ? value
        : app.Environment.IsDevelopment() ? DevelopmentDefaults[key]
        : throw new InvalidOperationException($"{key} is required outside Development (AppHost parameter).");

    private static readonly Dictionary<string, string> DevelopmentDefaults = new()
    {
        ["Seed:AdminEmail"] = "beheer@netwerk.example",
        ["Seed:AdminPassword"] = "Netwerk-beheer-2026",
        ["Seed:PartnerDemoSecret"] = "partner-demo-geheim-2026",
        [$"Identity:Clients:{NetwerkClients.WebAppClientId}:Secret"] = WebAppClient.DevelopmentSecret,
    };
}
