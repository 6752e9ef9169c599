namespace Netwerk.Notifications.Discussions;

/// <summary>A need's steps as members read them.</summary>
internal static class NeedStatusNames
{
    public static string Dutch(string status) => status switch
    {
        "new" => "nieuw",
        "under-review" => "in behandeling",
        "planned" => "gepland",
        "done" => "gerealiseerd",
        "declined" => "afgewezen",
        _ => status,
    };
}
