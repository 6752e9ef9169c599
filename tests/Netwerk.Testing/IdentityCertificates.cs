using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Netwerk.Testing;

/// <summary>Membership's signing and encryption certificates for a run outside Development (a bench run, a test of the
/// production settings), which requires both as base64 PKCS#12: self-signed, made at the start, gone with the run.</summary>
public static class IdentityCertificates
{
    public static (string Signing, string Encryption) Create() => (Certificate("Netwerk test signing", X509KeyUsageFlags.DigitalSignature),
        Certificate("Netwerk test encryption", X509KeyUsageFlags.KeyEncipherment));

    private static string Certificate(string name, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    }
}
