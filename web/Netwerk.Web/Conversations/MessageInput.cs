namespace Netwerk.Web.Conversations;

/// <summary>The forms of *Berichten*: a new conversation's subject and first message, or a message in one.</summary>
public sealed class MessageInput
{
    public string? Subject { get; set; }
    public string? Body { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>
    {
        ["memberIds"] = "Je kunt alleen collega's schrijven die in het ledenoverzicht staan.",
        ["subject"] = "Geef een onderwerp van ten hoogste 200 tekens.",
        ["body"] = "Schrijf je bericht (ten hoogste 5000 tekens).",
    };
}
