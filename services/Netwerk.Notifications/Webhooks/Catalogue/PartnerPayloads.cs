namespace Netwerk.Notifications.Webhooks.Catalogue;

// The `data` of each webhook type: what partners may know (EVENTS.md). The catalogue's JSON Schemas are generated
// from these records, so the documentation cannot drift from what is sent.

/// <summary>`member.approved`. Name and e-mail are present only when the member consented to sharing them with partners.</summary>
public sealed record MemberApprovedData(Guid MemberId, string OrganisationName, string? Brin, string Sector, string? Region, string? DisplayName, string? Email);

/// <summary>`member.left`: the id only; partners remove what they hold on the member.</summary>
public sealed record MemberLeftData(Guid MemberId);

/// <summary>`group.created`.</summary>
public sealed record GroupCreatedData(Guid GroupId, string Name);

/// <summary>`document.published`, `document.updated`, `document.deleted`: public documents only.</summary>
public sealed record DocumentData(Guid Id, string Title, IReadOnlyList<string> Tags, string? Theme, string Url);

/// <summary>`event.scheduled`, `event.updated`, `event.cancelled`.</summary>
public sealed record NetworkEventData(Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, string? Location,
    int? Capacity, string Url);

/// <summary>`event.registrations.changed`: counts, never names.</summary>
public sealed record RegistrationsChangedData(Guid EventId, int? Capacity, int ConfirmedCount, int WaitlistCount);

/// <summary>`need.created`, `need.status-changed`: network-wide needs only; <see cref="Sector"/> is the author's
/// school's, <see cref="AuthorName"/> present only when the author consented to sharing with partners.</summary>
public sealed record NeedData(Guid Id, string Title, string? Theme, IReadOnlyList<string> Tags, string? Sector, string Status, string? Note,
    int VoteCount, string Url, string? AuthorName);

/// <summary>`question.answered`: network-wide questions only, no names.</summary>
public sealed record QuestionAnsweredData(Guid ThreadId, string Title, string? Theme, IReadOnlyList<string> Tags, string Url);

/// <summary>`webhook.test`.</summary>
public sealed record TestMessageData(string Message);
