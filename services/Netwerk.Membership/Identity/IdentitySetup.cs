using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Security;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

internal static class IdentitySetup
{
    public const string ApiScope = "api";
    public const string WebhooksScope = "webhooks";

    /// <summary>ASP.NET Core Identity for passwords, lockout, security stamps and the sign-in cookie of the account
    /// pages; OpenIddict as the OAuth 2.0 / OpenID Connect server (authorization code with PKCE, token, userinfo, end
    /// session, revocation, introspection, discovery, JWKS) and to validate its own tokens locally.</summary>
    public static void AddMembershipIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentityCore<Member>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = "";
                // Registration validates passwords itself, with messages clients can show; Identity only stores them.
                options.Password.RequiredLength = MemberLimits.PasswordMinimum;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // No lockout of the account itself: anyone who knows an address could keep its owner out.
                // PasswordCheck limits wrong passwords per account and address instead.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<MembershipDbContext>()
            .AddSignInManager();
        builder.Services.AddScoped<ISecurityStampValidator, SecurityStampValidator<Member>>();
        // The sign-in cookie is checked against the member's security stamp on every request: a new password, a
        // sign-out everywhere or leaving the network ends every browser's session at once, not after a while.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        // The sign-in cookie and the forms' antiforgery tokens.
        builder.AddRedisDataProtectionKeys("membership");

        var issuer = new Uri(builder.Configuration["Identity:Issuer"] ?? DevelopmentGateway.Address);
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<MembershipDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer);
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect");
                server.AllowAuthorizationCodeFlow().AllowPasswordFlow().AllowClientCredentialsFlow().AllowRefreshTokenFlow();
                // RFC 9700: every code flow carries PKCE, and only with S256 (a plain challenge is the verifier itself).
                server.RequireProofKeyForCodeExchange();
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, ApiScope, WebhooksScope);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.EmailVerified, Claims.Role);
                server.SetAccessTokenLifetime(AccessTokenLifetime(builder.Configuration));
                server.SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                server.SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2));
                // Plain signed JWTs, so every service can validate them with the published keys alone.
                server.DisableAccessTokenEncryption();
                AddKeys(server, builder);
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Errors of the authorization and end session endpoints that cannot go back to a client (an unknown
                    // client, a redirect_uri that is not registered) become a page of ours instead of a bare status.
                    .EnableStatusCodePagesIntegration()
                    // TLS ends in front of the platform (the gateway or the cluster's ingress).
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // Every request checks the token's entry, so a revoked token (a member who left) stops at once.
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            // All of Identity's cookies, though only the application cookie is used: signing out (the security stamp
            // validator does) clears each of them.
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options => AccountCookie.Configure(options, builder.Environment)));
        builder.Services.AddAntiforgery(options => options.Cookie.Harden(builder.Environment));
        builder.Services.AddAuthorization(options => options.AddNetwerkPolicies());
        builder.Services.AddSingleton<RevokedSubjects>();
        builder.Services.AddScoped<MemberSessions>();
        builder.Services.AddScoped<PasswordCheck>();
        builder.Services.AddOAuthErrorProblemDetails();
    }

    /// <summary>`Identity:AccessTokenLifetime`, 30 minutes unless configured.</summary>
    public static TimeSpan AccessTokenLifetime(IConfiguration configuration) =>
        configuration.GetValue("Identity:AccessTokenLifetime", TimeSpan.FromMinutes(30));

    /// <summary>Development keys live in the user's certificate store and so survive restarts; elsewhere the
    /// keys come from configuration (base64 PKCS#12) and the service refuses to start without them.</summary>
    private static void AddKeys(OpenIddictServerBuilder server, IHostApplicationBuilder builder)
    {
        var signing = builder.Configuration["Identity:SigningCertificate"];
        var encryption = builder.Configuration["Identity:EncryptionCertificate"];
        if (!string.IsNullOrEmpty(signing) && !string.IsNullOrEmpty(encryption))
        {
            server.AddSigningCertificate(X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(signing), null));
            server.AddEncryptionCertificate(X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(encryption), null));
            return;
        }
        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("Identity:SigningCertificate and Identity:EncryptionCertificate are required outside Development.");
        }
        server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
    }
}
