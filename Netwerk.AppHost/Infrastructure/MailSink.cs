using Microsoft.Extensions.Configuration;

namespace Netwerk.AppHost.Infrastructure;

/// <summary>In Development, mail goes to a local SMTP sink (smtp4dev, a .NET tool of this repository) instead of
/// out into the world: every message the platform sends can be read in its web page, linked from the dashboard.</summary>
internal static class MailSink
{
    public static void AddFor(IDistributedApplicationBuilder builder, params IResourceBuilder<ProjectResource>[] senders)
    {
        if (!builder.Configuration.GetValue("Netwerk:MailSink", true)) return;
        var ports = builder.Configuration.GetSection("Netwerk:Ports");
        var smtpPort = ports.GetValue("Smtp", 52525);
        var database = Path.Combine(StateDirectory.Resolve(builder), "mail.db");

        var mail = builder.AddExecutable("mail", "dotnet", builder.AppHostDirectory,
                "tool", "run", "smtp4dev", $"--smtpport={smtpPort}", "--imapport=", "--pop3port=", "--bindaddress=127.0.0.1",
                $"--db={database}", "--messagestokeep=500")
            .WithHttpEndpoint(port: ports.GetValue<int?>("MailUi") ?? 5081, name: "http", isProxied: false)
            .WithUrlForEndpoint("http", url => url.DisplayText = "Sent mail");
        mail.WithArgs(context => context.Args.Add($"--urls={mail.GetEndpoint("http").Url}"));

        foreach (var sender in senders)
        {
            sender.WithEnvironment("Email__SmtpHost", "127.0.0.1")
                .WithEnvironment("Email__SmtpPort", smtpPort.ToString())
                .WithEnvironment("Email__UseTls", "false");
        }
    }
}
