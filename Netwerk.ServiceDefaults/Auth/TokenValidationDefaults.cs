using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Netwerk.ServiceDefaults.Auth;

public static class TokenValidationDefaults
{
    /// <summary>Validates the membership service's JWT access tokens in this process (defence in depth: services
    /// check tokens themselves, not only the gateway). `Identity:Issuer` is the public issuer the tokens carry;
    /// the signing keys come from membership's discovery document, fetched through service discovery.</summary>
    public static IHostApplicationBuilder AddNetwerkTokenValidation(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Issuer"] ?? "http://localhost:5080/";
        var metadata = builder.Configuration["Identity:MetadataAddress"] ?? "http://membership/.well-known/openid-configuration";

        builder.Services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                options.MetadataAddress = metadata;
                options.RequireHttpsMetadata = false;
                options.Backchannel = clients.CreateClient(JwtBearerDefaults.AuthenticationScheme);
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidateAudience = false,
                    NameClaimType = NetwerkPolicies.SubjectClaim,
                    RoleClaimType = NetwerkPolicies.RoleClaim,
                };
            });
        builder.Services.AddAuthorization(options => options.AddNetwerkPolicies());
        return builder;
    }
}
