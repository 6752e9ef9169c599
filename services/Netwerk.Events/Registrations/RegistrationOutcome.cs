namespace Netwerk.Events.Registrations;

/// <summary>What became of one registration request.</summary>
internal sealed record RegistrationOutcome(RegistrationOutcome.Kinds Kind, RegistrationView? Registration = null, string? ClosedReason = null)
{
    public enum Kinds { Created, Existing, EventNotFound, Closed }
}
