using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Security;
using Netwerk.Web.Api;

namespace Netwerk.Web.SignIn;

/// <summary>Members sign in with the authorization code flow and PKCE against membership, as the confidential client
/// `netwerk-web-app` (WEB.md): the OpenID Connect handler of ASP.NET Core, talking to membership through the gateway.
/// The session is an HttpOnly, SameSite=Lax cookie (Secure and `__Host-` outside Development) whose tokens stay in Redis
/// (<see cref="RedisTicketStore"/>); the access token is renewed with the refresh token (<see cref="TokenRenewal"/>).</summary>
internal static class MemberSignIn
{
    public const string CookieName = "netwerk_web";
    /// <summary>The web app's client at membership.</summary>
    public const string ClientId = WebAppClient.Id;

    public static void AddMemberSignIn(this IHostApplicationBuilder builder)
    {
        var gateway = GatewayAddress(builder.Configuration);
        var secret = ClientSecret(builder.Configuration, builder.Environment);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RedisTicketStore>();
        builder.Services.AddSingleton<TokenRenewal>();
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                // As long as the refresh token: signing in every two weeks is often enough.
                options.UseNetwerkSessionCookie(CookieName, TimeSpan.FromDays(14), builder.Environment);
                options.LoginPath = "/inloggen";
                // A member on an administrator's page gets 403 and the Dutch page for it at the same address, not a
                // redirect elsewhere.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect(options =>
            {
                // Discovery through the gateway: the web app calls nothing but the public API.
                options.MetadataAddress = new Uri(gateway, ".well-known/openid-configuration").ToString();
                options.RequireHttpsMetadata = false;
                options.ClientId = ClientId;
                options.ClientSecret = secret;
                options.ResponseType = "code";
                // The code comes back in the query of a redirect: a form post would need membership's page to run a
                // script, and its pages run none.
                options.ResponseMode = "query";
                options.UsePkce = true;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "offline_access", "api" }) options.Scope.Add(scope);
                options.SaveTokens = true;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
                // The sign-in's own cookies (correlation, nonce) follow the session cookie's rules: the code comes back
                // to the same site in a top-level redirect (Lax is enough), and Secure outside Development; there, the
                // default (Secure always) would fail the sign-in of a browser on plain http anywhere but localhost.
                foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax;
                    cookie.Harden(builder.Environment);
                }
                // A callback that cannot finish (opened again with Back, a made-up code or state, a code already used)
                // is no server error: the member reads in Dutch that signing in did not work and can start again. A rate
                // limit met on the way keeps its own page (429).
                options.Events.OnRemoteFailure = context =>
                {
                    if (context.Failure.CauseOf<RateLimitedException>() is not null) return Task.CompletedTask;
                    context.HandleResponse();
                    context.Response.Redirect(SignInEndpoints.FailedPath);
                    return Task.CompletedTask;
                };
                options.CallbackPath = "/signin-oidc";
                options.SignedOutCallbackPath = "/signout-callback-oidc";
            });
        // Discovery, the code exchange and userinfo go through the gateway as the visitor's (VisitorForwarding); a 429
        // on the way becomes the Dutch page that says when to try again, not "Er ging iets mis".
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) => options.Backchannel = clients.CreateClient(GatewayApiNames.SignIn));
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<RedisTicketStore, TokenRenewal>((options, store, renewal) =>
            {
                options.SessionStore = store;
                options.Events.OnValidatePrincipal = renewal.RenewWhenDueAsync;
            });
        // Userinfo's `role` is a list; each value becomes a role claim.
        builder.Services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
            options.ClaimActions.MapJsonKey("role", "role"));
        builder.Services.AddWebPolicies();
    }

    /// <summary>`Identity:ClientSecret` (the AppHost parameter `web-app-secret`); Development has the documented default,
    /// elsewhere the web app refuses to start without it.</summary>
    public static string ClientSecret(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["Identity:ClientSecret"] is { Length: > 0 } secret ? secret
        : environment.IsDevelopment() ? WebAppClient.DevelopmentSecret
        : throw new InvalidOperationException("Identity:ClientSecret is required outside Development (AppHost parameter web-app-secret).");

    /// <summary>The gateway's public address (`Gateway:Address`), which the AppHost sets.</summary>
    public static Uri GatewayAddress(IConfiguration configuration) =>
        new((configuration["Gateway:Address"] ?? DevelopmentGateway.Address).TrimEnd('/') + "/");
}
