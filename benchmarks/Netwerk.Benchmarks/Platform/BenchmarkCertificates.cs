using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Netwerk.Benchmarks.Platform;

/// <summary>Membership's signing and encryption certificates for a bench run (in Production mode it requires both,
/// base64 PKCS#12): self-signed, made at the start, gone with the run.</summary>
internal static class BenchmarkCertificates
{
    public static (string Signing, string Encryption) Create() => (Certificate("Netwerk bench signing", X509KeyUsageFlags.DigitalSignature),
        Certificate("Netwerk bench encryption", X509KeyUsageFlags.KeyEncipherment));

    private static string Certificate(string name, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    }
}
