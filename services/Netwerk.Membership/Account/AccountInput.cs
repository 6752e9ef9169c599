using System.Net.Mail;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Account;

/// <summary>The checks the account forms share, with their Dutch messages.</summary>
public static class AccountInput
{
    public static bool IsEmailAddress(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= MemberLimits.Email
        && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && value.Contains('.');

    /// <summary>The Dutch message for a new password that does not do, or null.</summary>
    public static string? NewPasswordProblem(string? password, string? repeated) =>
        password is not { Length: >= MemberLimits.PasswordMinimum and <= MemberLimits.PasswordMaximum }
            ? $"Kies een wachtwoord van {MemberLimits.PasswordMinimum} tot {MemberLimits.PasswordMaximum} tekens."
            : password != repeated ? "De twee wachtwoorden zijn niet gelijk." : null;

    /// <summary>What a page that asks for the current password again says when the check failed; null when it passed.</summary>
    public static string? CurrentPasswordProblem(PasswordCheckOutcome outcome) => outcome switch
    {
        PasswordCheckOutcome.Succeeded => null,
        PasswordCheckOutcome.LockedOut => "Je hebt vijf keer een verkeerd wachtwoord ingevuld. Probeer het over een kwartier opnieuw.",
        _ => "Je huidige wachtwoord klopt niet.",
    };
}
