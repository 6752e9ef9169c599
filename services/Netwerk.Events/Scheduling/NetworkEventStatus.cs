namespace Netwerk.Events.Scheduling;

public static class NetworkEventStatus
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
}
