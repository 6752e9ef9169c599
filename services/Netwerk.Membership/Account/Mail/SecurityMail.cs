namespace Netwerk.Membership.Account.Mail;

/// <summary>One message about a member's account: a link to confirm or reset, or word that something changed. Lives
/// only in memory until it is sent (<see cref="SecurityMailQueue"/>).</summary>
public sealed record SecurityMail(string ToAddress, string? ToName, string Subject, string Text);
