using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Account.Mail;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Mail;
using Netwerk.ServiceDefaults.Security;

namespace Netwerk.Membership.Account;

/// <summary>Membership's own pages under `/account/` (Razor Pages, in Dutch): sign in and out, a forgotten or
/// changed password, confirming and changing the e-mail address, consent. Server-rendered forms that work without
/// JavaScript, antiforgery on every post, no script at all, and the look of Netwerk.Theme.</summary>
internal static class AccountPages
{
    public const string CookieScheme = "Identity.Application";

    public static void AddAccountPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Account/Pages");
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.AddScoped<AccountLinks>();
        builder.Services.AddSingleton<SecurityMailQueue>();
        builder.Services.AddHostedService<SecurityMailSender>();
        builder.Services.AddSingleton<ResetLinkRequests>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ResetLinkRequests>());
        builder.Services.AddOptions<SmtpSettings>().BindConfiguration("Email");
    }

    public static void MapAccountPages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets().WithMetadata(ContentSecurityPolicy.AccountPage);
    }
}
