namespace Netwerk.Membership.Audit;

/// <summary>`Audit:Retention` (how long entries are kept; two years unless configured) and `Audit:PurgeInterval`.</summary>
public sealed class AuditOptions
{
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(730);
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);
}
