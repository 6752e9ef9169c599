using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.ServiceDefaults.Auth;

public static class TokenValidationDefaults
{
    /// <summary>The `typ` header of membership's access tokens.</summary>
    public const string AccessTokenType = "at+jwt";

    /// <summary>Validates the membership service's JWT access tokens in this process (defence in depth: services
    /// check tokens themselves, not only the gateway): the bearer scheme on <see cref="AddNetwerkTokenParameters"/>,
    /// a revocation check on every request, and Netwerk's authorization policies.</summary>
    public static IHostApplicationBuilder AddNetwerkTokenValidation(this IHostApplicationBuilder builder)
    {
        builder.AddNetwerkTokenParameters();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RevokedSubjects>();
        builder.Services.AddHostedService<RedisConnectionAtStartup>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure(options =>
            options.Events = new JwtBearerEvents
            {
                // A signature proves who issued the token, not that its member still exists.
                OnTokenValidated = async context =>
                {
                    if (context.Principal?.FindFirst(NetwerkPolicies.SubjectClaim)?.Value is not { } subject) return;
                    var revoked = context.HttpContext.RequestServices.GetRequiredService<RevokedSubjects>();
                    if (await revoked.IsRevokedAsync(subject, RevokedSubjects.IssuedAt(context.SecurityToken)))
                    {
                        context.Fail("The member's sessions were ended (signed out, new password, or left the network).");
                    }
                },
            });
        builder.Services.AddAuthorization(options => options.AddNetwerkPolicies());
        return builder;
    }

    /// <summary>What a valid access token is, as the bearer scheme's <see cref="JwtBearerOptions"/>: `Identity:Issuer`
    /// is the public issuer the tokens carry; the signing keys come from membership's key set
    /// (`Identity:KeysAddress`), fetched through service discovery and refreshed by the handler when an unknown key id
    /// appears; valid tokens are remembered (<see cref="RememberingTokenHandler"/>). Without the scheme itself, which
    /// the services add on top and the gateway does without (<see cref="EdgeTokenValidator"/>).</summary>
    public static IHostApplicationBuilder AddNetwerkTokenParameters(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Issuer"] ?? DevelopmentGateway.Address;
        var keys = builder.Configuration["Identity:KeysAddress"] ?? "http://membership/.well-known/jwks";

        builder.Services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                options.RequireHttpsMetadata = false;
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(keys,
                    new SigningKeysRetriever(issuer),
                    new HttpDocumentRetriever(clients.CreateClient(JwtBearerDefaults.AuthenticationScheme)) { RequireHttps = false });
                options.MapInboundClaims = false;
                // Nothing reads the token back from the authentication properties; storing it cost every request.
                options.SaveToken = false;
                // Token lifetimes are checked on the real clock, so the handler remembers on it too.
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new RememberingTokenHandler(TimeProvider.System));
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidateAudience = false,
                    // Only access tokens grant access (RFC 9068): an identity token is signed with the same keys but
                    // says who signed in to a client, not what its bearer may do.
                    ValidTypes = [AccessTokenType],
                    // Machines of one platform keep their clocks close; five minutes (the default) is generous.
                    ClockSkew = builder.Configuration.GetValue("Identity:ClockSkew", TimeSpan.FromMinutes(1)),
                    NameClaimType = NetwerkPolicies.SubjectClaim,
                    RoleClaimType = NetwerkPolicies.RoleClaim,
                };
            });
        return builder;
    }

    /// <summary>The gateway's check at the edge: <see cref="EdgeTokenValidator"/> on the token parameters, with the
    /// revocations from a <see cref="RevocationMirror"/> in memory instead of a question to Redis per request (the
    /// services behind the gateway ask Redis themselves).</summary>
    public static IHostApplicationBuilder AddEdgeTokenValidation(this IHostApplicationBuilder builder)
    {
        builder.AddNetwerkTokenParameters();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RevocationMirror>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RevocationMirror>());
        builder.Services.AddSingleton<EdgeTokenValidator>();
        return builder;
    }
}
