namespace Netwerk.Events.Registrations;

public static class RegistrationStatus
{
    public const string Confirmed = "confirmed";
    public const string Waitlisted = "waitlisted";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Confirmed, Waitlisted, Cancelled];
}
