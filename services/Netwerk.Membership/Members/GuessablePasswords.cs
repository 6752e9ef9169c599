namespace Netwerk.Membership.Members;

/// <summary>Passwords that the first guesses of anyone trying would find: a common word (in Dutch or English, or the
/// name of this network or its field) with digits or symbols around it ("Welkom2026!", "wachtwoord1"), a keyboard row,
/// one character repeated, only digits, or the member's own e-mail address or name in it. Length alone does not make
/// "Password12" safe. Checked at registration, at a reset and when changing the password.</summary>
public static class GuessablePasswords
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "password", "passwort", "paswoord", "wachtwoord", "welkom", "welcome", "hallo", "hello", "geheim", "secret",
        "letmein", "changeme", "wijzigen", "admin", "administrator", "beheer", "beheerder", "gebruiker", "user", "login",
        "inloggen", "test", "testen", "netwerk", "network", "informatie", "informatiemanagement", "school", "scholen",
        "onderwijs", "leerling", "leerlingen", "docent", "leraar", "juf", "meester", "basisschool", "ict", "iloveyou",
        "monkey", "dragon", "sunshine", "princess", "football", "voetbal", "ajax", "feyenoord", "psv", "nederland",
        "holland", "amsterdam", "rotterdam", "utrecht", "zomer", "winter", "lente", "herfst", "summer", "spring",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    };

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qwertzuiop", "1234567890", "abcdefghijklmnopqrstuvwxyz"];

    public static bool IsGuessable(string password, string? email = null, string? displayName = null)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim().Trim(TrimmedAround);
        if (core.Length < 4 || core.All(char.IsDigit) || core.Distinct().Count() <= 2) return true;
        if (CommonWords.Contains(core)) return true;
        if (KeyboardRows.Any(row => row.Contains(core, StringComparison.Ordinal))) return true;
        return PersonalParts(email, displayName).Any(part => lower.Contains(part, StringComparison.Ordinal));
    }

    /// <summary>Digits and symbols people put before or after a word to pass a rule.</summary>
    private static readonly char[] TrimmedAround = "0123456789!@#$%^&*()-_=+[]{};:'\",.<>/?\\|`~ ".ToCharArray();

    /// <summary>The address, its part before the @, and each word of the name of four or more letters.</summary>
    private static IEnumerable<string> PersonalParts(string? email, string? displayName)
    {
        if (email?.Trim().ToLowerInvariant() is { Length: > 0 } address)
        {
            yield return address;
            if (address.Split('@')[0] is { Length: >= 4 } local) yield return local;
        }
        foreach (var word in (displayName ?? "").ToLowerInvariant().Split(' ', '-', '.', '\''))
        {
            if (word.Length >= 4) yield return word;
        }
    }
}
