using System.Net.Mail;
using System.Text.RegularExpressions;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Membership.Registrations;

internal static partial class RegistrationValidator
{
    /// <summary>Two digits and two letters for a school, optionally two digits for one of its locations (API.md).</summary>
    [GeneratedRegex("^[0-9]{2}[A-Z]{2}([0-9]{2})?$")]
    private static partial Regex Brin();

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

        RequireText(errors, "displayName", request.DisplayName, MemberLimits.DisplayName, minimum: 2);
        RequireText(errors, "organisation.name", request.Organisation?.Name, MemberLimits.OrganisationName, minimum: 2);
        var brin = request.Organisation?.Brin?.Trim();
        errors.Require(string.IsNullOrEmpty(brin) || Brin().IsMatch(brin.ToUpperInvariant()), "organisation.brin",
            "A BRIN is two digits and two letters, optionally followed by two digits (12AB or 12AB03).");
        RequireText(errors, "jobTitle", request.JobTitle, MemberLimits.JobTitle, minimum: 2);
        errors.Require(request.Sector is not null && Sector.All.Contains(request.Sector), "sector",
            "The sector is one of: po, vo, po-vo.");
        errors.Require((request.Region?.Length ?? 0) <= MemberLimits.Region, "region",
            $"The region is at most {MemberLimits.Region} characters.");
        return errors;
    }

    private static void RequireText(FieldErrors errors, string field, string? value, int maximum, int minimum)
    {
        var length = value?.Trim().Length ?? 0;
        errors.Require(length >= minimum && length <= maximum, field, $"Required, {minimum} to {maximum} characters.");
    }

    private static bool IsEmail(string email) =>
        email.Length is > 3 and <= MemberLimits.Email
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.');
}
