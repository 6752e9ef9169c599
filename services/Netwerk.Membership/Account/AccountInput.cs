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

    /// <summary>The Dutch message for a new password that does not do, or null; with the member when known, whose
    /// address and name may not be in it (<see cref="GuessablePasswords"/>).</summary>
    public static string? NewPasswordProblem(string? password, string? repeated, Member? member = null) =>
        password is not { Length: >= MemberLimits.PasswordMinimum and <= MemberLimits.PasswordMaximum }
            ? $"Kies een wachtwoord van {MemberLimits.PasswordMinimum} tot {MemberLimits.PasswordMaximum} tekens."
            : GuessablePasswords.IsGuessable(password, member?.Email, member?.DisplayName) ? GuessableMessage
            : password != repeated ? MismatchMessage : null;

    public const string MismatchMessage = "De twee wachtwoorden zijn niet gelijk.";

    private const string GuessableMessage =
        "Dit wachtwoord is te makkelijk te raden. Kies geen bekend woord met cijfers erachter, geen rij van het toetsenbord en niet je naam of e-mailadres.";

    /// <summary>The signed-in member's password asked again (to change the password or the address), checked as every
    /// password is (<see cref="PasswordCheck"/>). Both null when it is right; else what the page says: above the form
    /// when too many were tried (the answer is then a 429 with `Retry-After`), or at the password's field.</summary>
    public static async Task<(string? Refusal, string? FieldProblem)> RecheckAsync(this PasswordCheck passwords, HttpContext context, Member member,
        string? password)
    {
        var check = await passwords.CheckAsync(context, member.Email, password);
        return check.Outcome switch
        {
            PasswordCheckOutcome.Succeeded => (null, null),
            PasswordCheckOutcome.TooManyAttempts => ($"Te veel pogingen. Probeer het {AccountRateLimits.Refuse(context, check.RetryAfter)} opnieuw.", null),
            _ => (null, "Je huidige wachtwoord klopt niet."),
        };
    }
}
