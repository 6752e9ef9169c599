namespace Netwerk.Web.Discussions;

/// <summary>The form *Stel een vraag*: what the member writes, as the API takes it.</summary>
public sealed class ThreadInput
{
    public string? Kind { get; set; } = "question";
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Theme { get; set; }
    public string? Tags { get; set; }
    public string? GroupId { get; set; }
    /// <summary>The document or event the question is about, when it was asked from that page (a checkbox the member
    /// may clear).</summary>
    public string? DocumentId { get; set; }
    public string? EventId { get; set; }

    /// <summary>The Dutch message beside each field the API refused.</summary>
    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>
    {
        ["kind"] = "Kies wat voor bericht het is.",
        ["title"] = "Geef een titel van 5 tot 200 tekens.",
        ["body"] = "Schrijf een toelichting (ten hoogste 20.000 tekens).",
        ["theme"] = "Kies een thema uit de lijst.",
        ["tags"] = "Gebruik ten hoogste 10 trefwoorden van elk ten hoogste 40 tekens.",
        ["groupId"] = "Kies een werkgroep waarvan je lid bent.",
        ["documentIds"] = "Dit document kun je niet (meer) zien; haal het vinkje weg.",
        ["eventIds"] = "Deze bijeenkomst is niet bekend; haal het vinkje weg.",
    };

    public object ToRequest() => new
    {
        kind = Kind,
        title = Title,
        body = Body,
        theme = string.IsNullOrWhiteSpace(Theme) ? null : Theme,
        tags = (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        groupId = Guid.TryParse(GroupId, out var group) ? group : (Guid?)null,
        documentIds = Guid.TryParse(DocumentId, out var document) ? new[] { document } : [],
        eventIds = Guid.TryParse(EventId, out var networkEvent) ? new[] { networkEvent } : [],
    };
}

/// <summary>A reply, a report's reason, or a need's new step and note.</summary>
public sealed class PostInput
{
    public string? Body { get; set; }
    public string? Status { get; set; }
    public string? ReplyId { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>
    {
        ["body"] = "Schrijf je reactie (ten hoogste 20.000 tekens).",
        ["reason"] = "Schrijf in 3 tot 1000 tekens waarom je dit meldt.",
        ["status"] = "Kies een stap uit de lijst.",
        ["note"] = "Schrijf een toelichting voor de leden (ten hoogste 2000 tekens).",
    };
}
