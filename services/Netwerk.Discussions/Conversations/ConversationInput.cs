using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Conversations;

/// <summary>`POST /api/conversations`: whom to write to, about what, and the first message.</summary>
public sealed record ConversationInput(IReadOnlyList<Guid>? MemberIds, string? Subject, string? Body)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        errors.Require(MemberIds is { Count: >= 1 and <= ConversationConfiguration.MaximumRecipients } && MemberIds.All(id => id != Guid.Empty),
            "memberIds", $"1 to {ConversationConfiguration.MaximumRecipients} members.");
        errors.Require(Subject?.Trim() is { Length: >= 1 and <= ConversationConfiguration.SubjectLength }, "subject",
            $"Required, at most {ConversationConfiguration.SubjectLength} characters.");
        MessageInput.CheckBody(Body, errors);
        return errors;
    }
}

/// <summary>`POST /api/conversations/{id}/messages`.</summary>
public sealed record MessageInput(string? Body)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        CheckBody(Body, errors);
        return errors;
    }

    public static void CheckBody(string? body, FieldErrors errors) =>
        errors.Require(body?.Trim() is { Length: >= 1 and <= ConversationConfiguration.MessageLength }, "body",
            $"Required, at most {ConversationConfiguration.MessageLength} characters.");
}
