using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.Email;

/// <summary>Links in e-mail that turn off one category's mail for one member without logging in: the member and
/// category are signed (HMAC-SHA256), so a link cannot be altered to unsubscribe someone else.</summary>
public sealed class UnsubscribeLinks(IOptions<EmailOptions> options, PublicLinks links, IHostEnvironment environment)
{
    public const string Path = "api/notifications/unsubscribe";

    private readonly byte[] _key = KeyFrom(options.Value, environment);

    public string For(Guid memberId, string category) =>
        links.To($"{Path}?member={memberId}&category={Uri.EscapeDataString(category)}&token={Token(memberId, category)}");

    public bool IsValid(Guid memberId, string category, string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Token(memberId, category)), Encoding.ASCII.GetBytes(token));

    private string Token(Guid memberId, string category) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{memberId:N}:{category}")));

    private static byte[] KeyFrom(EmailOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrEmpty(options.UnsubscribeKey)) return Encoding.UTF8.GetBytes(options.UnsubscribeKey);
        if (environment.IsDevelopment()) return Encoding.UTF8.GetBytes("netwerk-development-unsubscribe-key");
        throw new InvalidOperationException("Email:UnsubscribeKey is required: it signs the unsubscribe links in e-mail.");
    }
}
