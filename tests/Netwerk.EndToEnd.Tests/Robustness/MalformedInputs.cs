using System.Text;
using System.Text.Json.Nodes;

namespace Netwerk.EndToEnd.Tests.Robustness;

/// <summary>The fixed set of bad inputs the robustness suite sends: for path and query values, and for bodies, made
/// from what an operation's OpenAPI description says it takes. Every one must get an answer below 500.</summary>
internal static class MalformedInputs
{
    /// <summary>Bytes that are no UTF-8 (a lone surrogate's encoding), percent-encoded.</summary>
    private const string InvalidUtf8 = "%ED%A0%80";

    public static readonly string Huge = new('x', 100_000);

    /// <summary>Values for a path segment or a query value, already URL-encoded.</summary>
    public static IReadOnlyList<string> Values { get; } =
    [
        "abc", "-1", "0", "99999999999999999999", "1e309", "true", "%00", "a%00b", InvalidUtf8, "%FF%FE", Uri.EscapeDataString("\u202Eexe.txt"),
        "00000000-0000-0000-0000-000000000000", "not-a-uuid", "!!!notacursor", new string('9', 2_000), Uri.EscapeDataString("'; DROP TABLE x; --"),
    ];

    /// <summary>JSON bodies that no endpoint should accept as they are, or not choke on: named after what they try.</summary>
    public static IEnumerable<(string Name, string Json)> JsonBodies(IReadOnlyList<string> properties)
    {
        var first = properties.Count > 0 ? properties[0] : "title";
        yield return ("duplicate key", $$"""{"{{first}}": "a", "{{first}}": "b"}""");
        yield return ("lone surrogate", $$"""{"{{first}}": "a\ud800b"}""");
        yield return ("lone low surrogate key", """{"\udc00": 1}""");
        yield return ("NUL", $$"""{"{{first}}": "a\u0000b"}""");
        yield return ("not an object", "[1, 2, 3]");
        yield return ("a bare string", "\"tekst\"");
        yield return ("cut off", $$"""{"{{first}}": """);
        yield return ("nested deep", new string('[', 500) + new string(']', 500));
        foreach (var property in properties.Take(6))
        {
            yield return ($"{property}: a number", new JsonObject { [property] = 12345 }.ToJsonString());
            yield return ($"{property}: an object", new JsonObject { [property] = new JsonObject { ["a"] = new JsonArray(1, 2) } }.ToJsonString());
            yield return ($"{property}: false", new JsonObject { [property] = false }.ToJsonString());
            yield return ($"{property}: huge", new JsonObject { [property] = Huge }.ToJsonString());
            yield return ($"{property}: a bad id", new JsonObject { [property] = "not-a-uuid" }.ToJsonString());
            yield return ($"{property}: a bad time", new JsonObject { [property] = "gisteren" }.ToJsonString());
        }
    }

    /// <summary>Multipart bodies for uploads: a broken envelope, a part too large for its field, a name with tricks.</summary>
    public static IEnumerable<(string Name, HttpContent Content)> MultipartBodies()
    {
        yield return ("boundary that never comes", Raw("--nergens\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc", "multipart/form-data; boundary=anders"));
        yield return ("no boundary", Raw("abc", "multipart/form-data"));
        var huge = new MultipartFormDataContent { { new StringContent(Huge), "title" }, { new ByteArrayContent([0x25, 0x50, 0x44, 0x46]), "file", "x.pdf" } };
        yield return ("huge field", huge);
        var tricky = new MultipartFormDataContent { { new ByteArrayContent("tekst"u8.ToArray()), "file", "..\\..\\\u202Etxt.exe" }, { new StringContent("\0"), "title" } };
        yield return ("tricky names", tricky);
    }

    /// <summary>Form bodies for the OAuth endpoints.</summary>
    public static IEnumerable<(string Name, HttpContent Content)> FormBodies()
    {
        yield return ("NUL user", Raw("grant_type=password&client_id=netwerk-web&username=%00&password=x", "application/x-www-form-urlencoded"));
        yield return ("grant twice", Raw("grant_type=password&grant_type=client_credentials", "application/x-www-form-urlencoded"));
        yield return ("bad escape", Raw("grant_type=%zz&username=%", "application/x-www-form-urlencoded"));
        yield return ("invalid UTF-8", Raw($"grant_type=password&username={InvalidUtf8}", "application/x-www-form-urlencoded"));
        yield return ("huge", Raw($"grant_type=password&username={Huge}", "application/x-www-form-urlencoded"));
    }

    /// <summary>A body over the gateway's limit for its kind, sent as browsers send one: with its length, no Expect.</summary>
    public static HttpContent Oversized(string mediaType) => Raw(new string('x', 2 * 1024 * 1024), mediaType);

    public static HttpContent Raw(string body, string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }
}
