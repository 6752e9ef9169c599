namespace Netwerk.Web.Admin;

/// <summary>The platform's services as the administration pages name them: by the name the API uses in
/// `/api/operations/{service}/` and in the audit log, and in Dutch.</summary>
public static class NetwerkServices
{
    public static readonly IReadOnlyList<(string Service, string Dutch)> All =
    [
        ("membership", "Leden"), ("documents", "Documenten"), ("events", "Bijeenkomsten"), ("discussions", "Discussies"),
        ("notifications", "Meldingen en webhooks"),
    ];

    public static string Dutch(string service) => All.FirstOrDefault(s => s.Service == service).Dutch ?? service;
}
