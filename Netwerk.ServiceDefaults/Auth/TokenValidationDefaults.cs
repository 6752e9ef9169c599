using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Netwerk.ServiceDefaults.Auth;

public static class TokenValidationDefaults
{
    /// <summary>Validates the membership service's JWT access tokens in this process (defence in depth: services
    /// check tokens themselves, not only the gateway). `Identity:Issuer` is the public issuer the tokens carry;
    /// the signing keys come from membership's key set (`Identity:KeysAddress`), fetched through service discovery
    /// and refreshed by the JWT handler when an unknown key id appears.</summary>
    public static IHostApplicationBuilder AddNetwerkTokenValidation(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Issuer"] ?? "http://localhost:5080/";
        var keys = builder.Configuration["Identity:KeysAddress"] ?? "http://membership/.well-known/jwks";

        builder.Services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme);
        builder.Services.AddSingleton<RevokedSubjects>();
        builder.Services.AddHostedService<RedisConnectionAtStartup>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                options.RequireHttpsMetadata = false;
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(keys,
                    new SigningKeysRetriever(issuer),
                    new HttpDocumentRetriever(clients.CreateClient(JwtBearerDefaults.AuthenticationScheme)) { RequireHttps = false });
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents
                {
                    // A signature proves who issued the token, not that its member still exists.
                    OnTokenValidated = async context =>
                    {
                        var subject = context.Principal?.FindFirst(NetwerkPolicies.SubjectClaim)?.Value;
                        var revoked = context.HttpContext.RequestServices.GetRequiredService<RevokedSubjects>();
                        if (subject is not null && await revoked.IsRevokedAsync(subject)) context.Fail("This member has left the network.");
                    },
                };
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidateAudience = false,
                    // Machines of one platform keep their clocks close; five minutes (the default) is generous.
                    ClockSkew = builder.Configuration.GetValue("Identity:ClockSkew", TimeSpan.FromMinutes(1)),
                    NameClaimType = NetwerkPolicies.SubjectClaim,
                    RoleClaimType = NetwerkPolicies.RoleClaim,
                };
            });
        builder.Services.AddAuthorization(options => options.AddNetwerkPolicies());
        return builder;
    }
}
