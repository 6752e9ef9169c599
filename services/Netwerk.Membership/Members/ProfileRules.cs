using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Netwerk.Membership.Registrations;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Membership.Members;

/// <summary>The rules for the profile fields a member gives, the same at registration (all required) and when
/// the member changes them later (only those sent are checked).</summary>
internal static partial class ProfileRules
{
    /// <summary>Two digits and two letters for a school, optionally two digits for one of its locations (API.md).</summary>
    [GeneratedRegex("^[0-9]{2}[A-Z]{2}([0-9]{2})?$")]
    private static partial Regex Brin();

    public static void Check(FieldErrors errors, string? displayName, OrganisationInput? organisation, string? jobTitle,
        string? sector, string? region, bool allRequired)
    {
        if (allRequired || displayName is not null)
        {
            RequireText(errors, "displayName", displayName, MemberLimits.DisplayName);
        }
        if (allRequired || organisation is not null)
        {
            RequireText(errors, "organisation.name", organisation?.Name, MemberLimits.OrganisationName);
            var brin = organisation?.Brin?.Trim();
            errors.Require(string.IsNullOrEmpty(brin) || Brin().IsMatch(brin.ToUpperInvariant()), "organisation.brin",
                "A BRIN is two digits and two letters, optionally followed by two digits (12AB or 12AB03).");
        }
        if (allRequired || jobTitle is not null)
        {
            RequireText(errors, "jobTitle", jobTitle, MemberLimits.JobTitle);
        }
        if (allRequired || sector is not null)
        {
            errors.Require(sector is not null && Sector.All.Contains(sector), "sector", "The sector is one of: po, vo, po-vo.");
        }
        errors.Require((region?.Length ?? 0) <= MemberLimits.Region, "region", $"The region is at most {MemberLimits.Region} characters.");
        errors.Require(!HasInvisibleCharacters(region), "region", InvisibleCharacters);
    }

    private const string InvisibleCharacters = "Control and formatting characters (such as a right-to-left override) are not allowed.";

    /// <summary>Control characters (Cc: an escape sequence, a NUL) and formatting characters (Cf: a right-to-left
    /// override that reverses what follows, a zero-width space): invisible, they would make a name read otherwise than
    /// it is, to administrators and in the directory.</summary>
    private static bool HasInvisibleCharacters(string? value) =>
        value is not null && value.EnumerateRunes().Any(rune => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format);

    public static string? NormalizeBrin(string? brin) => string.IsNullOrWhiteSpace(brin) ? null : brin.Trim().ToUpperInvariant();

    private static void RequireText(FieldErrors errors, string field, string? value, int maximum)
    {
        var length = value?.Trim().Length ?? 0;
        errors.Require(length >= 2 && length <= maximum, field, $"Required, 2 to {maximum} characters.");
        errors.Require(!HasInvisibleCharacters(value), field, InvisibleCharacters);
    }
}
