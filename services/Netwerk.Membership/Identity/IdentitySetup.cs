using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

internal static class IdentitySetup
{
    public const string ApiScope = "api";
    public const string WebhooksScope = "webhooks";

    /// <summary>ASP.NET Core Identity for passwords, lockout and security stamps; OpenIddict as the OAuth 2.0 /
    /// OpenID Connect server (token endpoint, discovery, JWKS) and to validate its own tokens locally.</summary>
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
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<MembershipDbContext>();

        var issuer = new Uri(builder.Configuration["Identity:Issuer"] ?? "http://localhost:5080/");
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<MembershipDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer);
                server.SetTokenEndpointUris("connect/token");
                server.AllowPasswordFlow().AllowClientCredentialsFlow().AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.OfflineAccess, ApiScope, WebhooksScope);
                server.SetAccessTokenLifetime(AccessTokenLifetime(builder.Configuration));
                server.SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                // Plain signed JWTs, so every service can validate them with the published keys alone.
                server.DisableAccessTokenEncryption();
                AddKeys(server, builder);
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
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

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorization(options => options.AddNetwerkPolicies());
        builder.Services.AddSingleton<RevokedSubjects>();
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
