using System.Net.Mail;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Membership.Registrations;

internal static class RegistrationValidator
{
    public static FieldErrors Validate(RegisterMemberRequest request)
    {
        var errors = new FieldErrors();
        var email = request.Email?.Trim() ?? "";
        errors.Require(IsEmail(email), "email", "Enter a valid e-mail address.");

        var password = request.Password ?? "";
        errors.Require(password.Length is >= MemberLimits.PasswordMinimum and <= MemberLimits.PasswordMaximum, "password",
            $"The password must be {MemberLimits.PasswordMinimum} to {MemberLimits.PasswordMaximum} characters long.");
        errors.Require(password.Any(char.IsLetter) && password.Any(c => !char.IsLetter(c)), "password",
            "The password must contain letters and at least one digit or symbol.");
        errors.Require(!GuessablePasswords.IsGuessable(password, email, request.DisplayName), "password",
            "The password is too easy to guess: a common word with digits around it, a keyboard row, or the e-mail address or name in it.");

        ProfileRules.Check(errors, request.DisplayName, request.Organisation, request.JobTitle, request.Sector, request.Region,
            allRequired: true);
        return errors;
    }

    private static bool IsEmail(string email) =>
        email.Length is > 3 and <= MemberLimits.Email
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.');
}
