namespace Netwerk.Contracts.Audit;

/// <summary>An administrator, moderator or partner changed something that others answer to: raised by the service
/// that made the change, in the transaction of the change, and kept by membership's audit log. Names are as they were
/// at the time, so the log still reads true after a member renamed themselves.</summary>
/// <param name="ActorId">The member who acted; null for a partner's client.</param>
/// <param name="ActorName">The member's display name, or the partner's client id.</param>
/// <param name="ClientId">The OAuth client the request came through (the web app, a script, a partner).</param>
/// <param name="ClientAddress">The address the gateway saw the request come from.</param>
/// <param name="Service">The service that made the change.</param>
/// <param name="Action">What was done, as `thing.verb` (`registration.approved`, `event.cancelled`).</param>
/// <param name="TargetType">The kind of thing it was done to (`member`, `event`, `thread`, `webhook`, `message`).</param>
/// <param name="TargetId">Its id, as the API names it.</param>
/// <param name="TargetName">Its name at the time, for a reader of the log.</param>
/// <param name="Detail">What else says what happened (a reason, the new roles, a status).</param>
public sealed record AuditEntryRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    string ActorName,
    string? ClientId,
    string? ClientAddress,
    string Service,
    string Action,
    string TargetType,
    string TargetId,
    string? TargetName,
    string? Detail) : IIntegrationEvent;
