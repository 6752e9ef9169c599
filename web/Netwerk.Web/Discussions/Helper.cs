namespace Netwerk.Web.Discussions;

/// <summary>A colleague who can likely help with a question (`GET /api/discussions/{id}/helpers`), and why.</summary>
public sealed record Helper(Guid MemberId, string DisplayName, int Answers, bool SharesTheme)
{
    public string Why => (Answers, SharesTheme) switch
    {
        ( > 0, true) => $"gaf {Answers} gewaardeerd{(Answers == 1 ? "" : "e")} antwoord{(Answers == 1 ? "" : "en")} op vergelijkbare vragen en werkt aan dit thema",
        ( > 0, false) => $"gaf {Answers} gewaardeerd{(Answers == 1 ? "" : "e")} antwoord{(Answers == 1 ? "" : "en")} op vergelijkbare vragen",
        _ => "werkt aan dit thema",
    };
}
