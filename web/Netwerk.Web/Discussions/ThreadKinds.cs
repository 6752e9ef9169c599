namespace Netwerk.Web.Discussions;

/// <summary>The kinds of threads and a need's steps, as the API names them and a member reads them.</summary>
public static class ThreadKinds
{
    public static readonly IReadOnlyList<(string Value, string Text)> All = [("question", "Vraag"), ("discussion", "Discussie"), ("need", "Behoefte")];

    public static readonly IReadOnlyList<(string Value, string Text)> Statuses =
    [
        ("new", "Nieuw"), ("under-review", "In behandeling"), ("planned", "Gepland"), ("done", "Gerealiseerd"), ("declined", "Afgewezen"),
    ];

    public static string Dutch(string kind) => All.FirstOrDefault(k => k.Value == kind).Text ?? kind;

    public static string StatusDutch(string? status) => status is null ? "" : Statuses.FirstOrDefault(s => s.Value == status).Text ?? status;
}
