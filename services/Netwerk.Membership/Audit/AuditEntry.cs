namespace Netwerk.Membership.Audit;

/// <summary>One line of the audit log: who did what to what, when and from where (see
/// <see cref="Contracts.Audit.AuditEntryRecorded"/>). Written once by <see cref="AuditEntryRecorder"/>, read by
/// administrators, removed only by <see cref="AuditRetention"/> when older than the kept period.</summary>
public sealed class AuditEntry
{
    // The columns' lengths: the table's, the recorder's cuts and the API's filters all read them here.
    public const int NameLength = 200;
    public const int ClientIdLength = 200;
    public const int AddressLength = 64;
    public const int ServiceLength = 40;
    public const int ActionLength = 80;
    public const int TargetTypeLength = 40;
    public const int TargetIdLength = 200;
    public const int TargetNameLength = 300;
    public const int DetailLength = 2000;

    public Guid Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorId { get; set; }
    public required string ActorName { get; set; }
    public string? ClientId { get; set; }
    public string? ClientAddress { get; set; }
    public required string Service { get; set; }
    public required string Action { get; set; }
    public required string TargetType { get; set; }
    public required string TargetId { get; set; }
    public string? TargetName { get; set; }
    public string? Detail { get; set; }
}
